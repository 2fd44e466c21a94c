/** A trie node: the next node per character, and the word that ends here (the words are unique). */
type Node = Map<string, Node> & { id?: number };

/**
 * Which of a list of distinct words occur anywhere in a text, in one pass over the text: a trie
 * of the words walked from each position. Gives the index of each word found, once per place
 * it is found. (The stance lexicon's phrases each need one of a few words; testing 1,400 words
 * with `includes` on every statement was the analysis' largest cost.)
 */
export function substringFinder(words: readonly string[]): (text: string) => number[] {
  const root: Node = new Map();
  words.forEach((word, id) => {
    let node = root;
    // (By UTF-16 unit, as the text is walked: a word outside the BMP is still found.)
    for (const c of word.split('')) node = node.get(c) ?? node.set(c, new Map()).get(c)!;
    node.id = id;
  });
  return (text) => {
    const found: number[] = [];
    for (let i = 0; i < text.length; i++) {
      for (let j = i, node = root.get(text[i]!); node; node = node.get(text[++j]!)) if (node.id !== undefined) found.push(node.id);
    }
    return found;
  };
}
