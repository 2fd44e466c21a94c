/**
 * Words a regular expression's every match must contain, read from its source: a gate that lets
 * the stance scorer skip, for a statement, the hundreds of phrase patterns that cannot match it
 * (the phrase table was about a quarter of the analysis time before the first gate).
 *
 * The gate is an OR of terms, each an AND of clauses, each an OR of words: `\bno (?:safe|secure)
 * way to (?:build|create)\b|\bgolden key\b` gives [[[safe, secure], [build, create]], [[golden]]].
 * One word per match let a phrase through wherever "encryption" or "police" was; asking for a
 * word of every clause of one term cut the patterns tried per statement from 32 to 5.
 *
 * Conservative by construction: a sequence contributes only what it cannot match without (a
 * letter run outside any optional part, or a group that is itself required), an alternation the
 * union of its branches, and anything not understood gives no gate, so the pattern always runs.
 */

/** Terms (any one) of clauses (all) of words (any one); null when none can be told. */
export type Gate = string[][][] | null;
type Terms = string[][][];

/** Words in nearly every statement: a clause that needs one of them filters nothing. */
const COMMON = new Set('the and for not you are was our its his her they their that this with can will would has have had any all one who but from been into than then them what when which were also out more only some such very could should must may might does did said says there here over about just even every each other not'.split(' '));
/** Words in most statements of this debate: poor first clauses, which the scorer looks up by word. */
const TOPICAL = new Set('encryption encrypted encrypt government security access police read back backdoor because without weaken ability investigators build break companies court warrant surveillance users law'.split(' '));

// A product of two alternations past this many terms keeps one side whole and the other as a
// single clause (the union of its terms' first clauses): still true of every match, and as
// selective on the bench's statements as products of up to 24 terms, at half the table.
const MAX_TERMS = 4;
// Top-level branches are kept apart however many: joining them is what let "encryption" open them all.
const MAX_TOP_TERMS = 400;
const MAX_CLAUSES = 3;

interface Cursor {
  src: string;
  i: number;
}

/** The gate of `re`: some term of it has a word of each of its clauses in every match. */
export function requiredGate(re: RegExp): Gate {
  if (re.flags.includes('i') && /[A-Z]/.test(re.source.replace(/\\./g, ''))) return null;
  const cur: Cursor = { src: re.source, i: 0 };
  const gate = alternation(cur, true);
  return cur.i === cur.src.length ? gate : null;
}

const wordCost = (w: string) => (COMMON.has(w) || w.length < 4 ? 100 : TOPICAL.has(w) ? 10 : 1);
const clauseCost = (c: string[]) => c.reduce((a, w) => a + wordCost(w), 0) - Math.min(...c.map((w) => w.length)) / 100;
/** Roughly how often a gate opens: its terms' best clauses' costs, added. */
const termsCost = (t: Terms) => t.reduce((a, term) => a + clauseCost(term[0]!), 0);
/** Each term's clauses, most selective first (the scorer looks terms up by their first clause's words). */
const ordered = (term: string[][]) => [...term].sort((a, b) => clauseCost(a) - clauseCost(b)).slice(0, MAX_CLAUSES);

/** One term of one clause: a word of some term's first clause is in every match. */
const merged = (t: Terms): Terms => [[[...new Set(t.flatMap((term) => term[0]!))]]];

function and(a: Terms, b: Terms): Terms | null {
  if (a.length * b.length > Math.max(MAX_TERMS, a.length, b.length)) return null;
  return a.flatMap((x) => b.map((y) => ordered([...x, ...y])));
}

/** Branches separated by "|" up to a closing ")" or the end. */
function alternation(cur: Cursor, top = false): Gate {
  const branches: Gate[] = [sequence(cur, top)];
  while (cur.src[cur.i] === '|') {
    cur.i++;
    branches.push(sequence(cur, top));
  }
  if (branches.some((b) => b === null)) return null;
  const terms = (branches as Terms[]).flat();
  return terms.length > (top ? MAX_TOP_TERMS : MAX_TERMS) ? merged(terms) : terms;
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

/** One branch: the gates of all its required parts, joined (AND) as far as they stay small. */
function sequence(cur: Cursor, top: boolean): Gate {
  const parts: Terms[] = [];
  let run = '';
  const endRun = () => {
    if (run.length >= 3) parts.push([[[run]]]);
    run = '';
  };
  while (cur.i < cur.src.length && cur.src[cur.i] !== '|' && cur.src[cur.i] !== ')') {
    const c = cur.src[cur.i]!;
    let atom: { letter?: string; gate: Gate; zeroWidth?: boolean };
    if (c === '(') {
      cur.i++;
      let lookaround = false;
      if (cur.src[cur.i] === '?') {
        const head = at(GROUP_HEAD, cur)?.[0];
        if (!head) return null;
        lookaround = /^\?(?:=|!|<=|<!)$/.test(head);
        cur.i += head.length;
      }
      // A pattern written `\b(?:A|B|…)\b` has its real top level inside that group.
      const inner = alternation(cur, top && parts.length === 0 && run === '');
      if (cur.src[cur.i] !== ')') return null;
      cur.i++;
      atom = lookaround ? { gate: null, zeroWidth: true } : { gate: inner };
    } else if (c === '[') {
      cur.i++;
      while (cur.i < cur.src.length && cur.src[cur.i] !== ']') cur.i += cur.src[cur.i] === '\\' ? 2 : 1;
      if (cur.src[cur.i] !== ']') return null;
      cur.i++;
      atom = { gate: null };
    } else if (c === '\\') {
      const next = cur.src[cur.i + 1] ?? '';
      // \p{…}, \u{…}, \uXXXX, \xXX: a class or a code point, never a letter run of ours.
      const long = at(LONG_ESCAPE, cur)?.[0];
      cur.i += long ? long.length : 2;
      atom = /^[bB]$/.test(next) && !long ? { gate: null, zeroWidth: true } : { gate: null };
    } else if (c === '^' || c === '$') {
      cur.i++;
      atom = { gate: null, zeroWidth: true };
    } else {
      cur.i++;
      atom = /[a-z]/.test(c) ? { letter: c, gate: null } : { gate: null };
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
    endRun();
    if (min >= 1 && atom.gate) parts.push(atom.gate);
  }
  endRun();
  if (parts.length === 0) return null;
  // The most selective part whole, then each other one joined in: whole while the product stays
  // small, else merged to one clause, else (both sides large) left out.
  parts.sort((a, b) => termsCost(a) - termsCost(b));
  let gate = parts[0]!.map(ordered);
  for (const p of parts.slice(1)) gate = and(gate, p) ?? and(gate, merged(p)) ?? and(merged(gate), p) ?? gate;
  return gate;
}
