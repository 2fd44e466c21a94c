/**
 * Which of a list of distinct words occur anywhere in a text, in one pass over the text: a trie
 * of the words walked from each position. Gives the index of each word found, once per place
 * it is found. (The stance lexicon's phrases each need one of a few words; testing 1,400 words
 * with `includes` on every statement was the analysis' largest cost.)
 *
 * The trie is one flat table, node × letter of the words' alphabet → next node: a `Map` per node,
 * keyed by one-character strings, made the walk three times slower.
 */
export function substringFinder(words: readonly string[]): (text: string) => number[] {
  // By UTF-16 unit, as the text is walked: a word outside the BMP is still found.
  const all = words.join('');
  const column = new Int16Array(65536).fill(-1);
  let letters = 0;
  for (let i = 0; i < all.length; i++) if (column[all.charCodeAt(i)]! < 0) column[all.charCodeAt(i)] = letters++;
  const next = new Int32Array((all.length + 1) * letters);
  const ends = new Int32Array(all.length + 1).fill(-1);
  let size = 1;
  words.forEach((word, id) => {
    let node = 0;
    for (let i = 0; i < word.length; i++) node = next[node * letters + column[word.charCodeAt(i)]!] ||= size++;
    ends[node] = id;
  });
  return (text) => {
    const found: number[] = [];
    for (let i = 0; i < text.length; i++) {
      for (let j = i, node = 0, c: number; j < text.length && (c = column[text.charCodeAt(j)]!) >= 0 && (node = next[node * letters + c]!); j++) if (ends[node]! >= 0) found.push(ends[node]!);
    }
    return found;
  };
}
