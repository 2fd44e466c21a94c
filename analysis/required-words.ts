/**
 * Words one of which every match of a regular expression must contain, read from its source:
 * a cheap `includes` test that lets the stance scorer skip, for a statement, the hundreds of
 * phrase patterns that cannot match it (the phrase table was about a quarter of the analysis time).
 *
 * Conservative by construction: a sequence contributes only what it cannot match without (a
 * letter run outside any optional part, or a group that is itself required), an alternation the
 * union of its branches, and anything not understood gives no words, so the pattern always runs.
 */

type Words = string[] | null;

/** Words in nearly every statement: a set that needs one of them filters nothing. */
const COMMON = new Set('the and for not you are was our its his her they their that this with can will would has have had any all one who but from been into than then them what when which were also out more only some such very could should must may might does did said says there here over about just even every each other not'.split(' '));

interface Cursor {
  src: string;
  i: number;
}

/** Lower-case words, one of which is in every match of `re` (null when none can be told). */
export function requiredWords(re: RegExp): Words {
  if (re.flags.includes('i') && /[A-Z]/.test(re.source.replace(/\\./g, ''))) return null;
  const cur: Cursor = { src: re.source, i: 0 };
  const words = alternation(cur);
  return cur.i === cur.src.length ? words : null;
}

/** Branches separated by "|" up to a closing ")" or the end. */
function alternation(cur: Cursor): Words {
  const branches: Words[] = [sequence(cur)];
  while (cur.src[cur.i] === '|') {
    cur.i++;
    branches.push(sequence(cur));
  }
  if (branches.some((b) => b === null)) return null;
  return [...new Set(branches.flat() as string[])];
}

// Sticky patterns, tried at the cursor (no copy of the rest of the source per atom: that made
// reading the phrase table quadratic, about 35 ms at the popup's start).
const GROUP_HEAD = /\?(?::|=|!|<=|<!|<[\p{L}_][\p{L}\p{N}_]*>)/uy;
const LONG_ESCAPE = /\\(?:[pP]\{[^}]*\}|u\{[^}]*\}|u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|c[A-Za-z]|\d+|k<[^>]*>)/y;
const QUANTIFIER = /(?:[?*+]|\{(\d+)(?:,\d*)?\})\??/y;

/** The match of a sticky pattern at the cursor, if any. */
function at(re: RegExp, cur: Cursor): RegExpExecArray | null {
  re.lastIndex = cur.i;
  return re.exec(cur.src);
}

/** One branch: the most selective required part it has. */
function sequence(cur: Cursor): Words {
  let best: Words = null;
  let bestCost = Infinity;
  let run = '';
  // The most selective set: fewest words that nearly every statement contains ("the", "not"),
  // then fewest words, then the longest shortest word.
  const cost = (w: string[]) => w.reduce((a, x) => a + (COMMON.has(x) || x.length < 4 ? 100 : 1), 0) - Math.min(...w.map((x) => x.length)) / 100;
  const consider = (w: Words) => {
    if (w === null || w.length === 0) return;
    const c = cost(w);
    if (c < bestCost) {
      best = w;
      bestCost = c;
    }
  };
  const endRun = () => {
    if (run.length >= 3) consider([run]);
    run = '';
  };
  while (cur.i < cur.src.length && cur.src[cur.i] !== '|' && cur.src[cur.i] !== ')') {
    const c = cur.src[cur.i]!;
    let atom: { letter?: string; words: Words; zeroWidth?: boolean };
    if (c === '(') {
      cur.i++;
      let lookaround = false;
      if (cur.src[cur.i] === '?') {
        const head = at(GROUP_HEAD, cur)?.[0];
        if (!head) return null;
        lookaround = /^\?(?:=|!|<=|<!)$/.test(head);
        cur.i += head.length;
      }
      const inner = alternation(cur);
      if (cur.src[cur.i] !== ')') return null;
      cur.i++;
      atom = lookaround ? { words: null, zeroWidth: true } : { words: inner };
    } else if (c === '[') {
      cur.i++;
      while (cur.i < cur.src.length && cur.src[cur.i] !== ']') cur.i += cur.src[cur.i] === '\\' ? 2 : 1;
      if (cur.src[cur.i] !== ']') return null;
      cur.i++;
      atom = { words: null };
    } else if (c === '\\') {
      const next = cur.src[cur.i + 1] ?? '';
      // \p{…}, \u{…}, \uXXXX, \xXX: a class or a code point, never a letter run of ours.
      const long = at(LONG_ESCAPE, cur)?.[0];
      cur.i += long ? long.length : 2;
      atom = /^[bB]$/.test(next) && !long ? { words: null, zeroWidth: true } : { words: null };
    } else if (c === '^' || c === '$') {
      cur.i++;
      atom = { words: null, zeroWidth: true };
    } else {
      cur.i++;
      atom = /[a-z]/.test(c) ? { letter: c, words: null } : { words: null };
    }
    // A quantifier: what may be absent adds nothing; what must be there once still breaks a run.
    const q = at(QUANTIFIER, cur);
    let min = 1;
    if (q) {
      cur.i += q[0].length;
      min = q[0][0] === '?' || q[0][0] === '*' ? 0 : q[0][0] === '+' ? 1 : Number(q[1]);
    }
    if (atom.letter !== undefined && !q) {
      run += atom.letter;
      continue;
    }
    if (atom.zeroWidth) {
      endRun();
      continue;
    }
    endRun();
    if (min >= 1) consider(atom.words);
  }
  endRun();
  return best ?? null;
}
