import fc from 'fast-check';
import { TERMS } from '../../../glossary/terms';

/**
 * Generated article fragments for the round-trip properties: a tree of specs that is built
 * either through the DOM API (which can make what no parser makes: empty text nodes and
 * adjacent text nodes kept apart) or as HTML with entities and parsed by the browser's parser.
 */

export type Spec =
  | { t: 'text'; s: string }
  | { t: 'comment'; s: string }
  | { t: 'el'; tag: string; attrs: ReadonlyArray<readonly [string, string]>; kids: Spec[] };

// ---------------------------------------------------------------------------------------------
// Text

/** Every surface form in the glossary: the words the highlighter wraps. */
const INSENSITIVE_FORMS: readonly string[] = [...new Set(TERMS.flatMap((t) => t.forms))];
const SENSITIVE_FORMS: readonly string[] = [...new Set(TERMS.flatMap((t) => t.caseSensitiveForms ?? []))];
const FORMS: readonly string[] = [...INSENSITIVE_FORMS, ...SENSITIVE_FORMS];

/** What the separator and apostrophe folding accepts in place of a space, hyphen or apostrophe. */
const SEPARATORS = [' ', '-', '\u00a0', '\u00ad', '\u2010', '\u2011', '\u2013', '\u2014', '_', '\n', '\t', '  '];
const APOSTROPHES = ["'", '\u2019', '\u2018', '\u02bc', '\u2032'];

const FILLER = [
  'the', 'minister', 'said', 'on', 'Tuesday', 'that', 'plans', 'would', 'go', 'ahead', 'critics',
  'warned', 'messaging', 'apps', 'could', 'leave', 'the', 'country', 'rather', 'than', 'comply',
  'privacy', 'law enforcement', 'security researchers',
];
/** Strong topic words: enough of them put the page on topic, so ambiguous terms qualify too. */
const TOPIC = ['encryption', 'encrypted', 'surveillance', 'cryptographers', 'spyware', 'decrypt'];

const RTL = ['التشفير من طرف إلى طرف', 'הצפנה מקצה לקצה', '\u202eencryption\u202c', '\u200fGCHQ\u200f', 'ملف'];
const EMOJI = ['🔐', '👩‍💻', '🇪🇺', '🏳️‍🌈', '😀', '🔑🔒', '\ud83d\udd10encryption'];
/** Combining marks, including right after a form (which then is no longer that word). */
const MARKS = ['e\u0301', '\u0301', 'encryption\u0308', 'n\u0303o', 'Ä\u0323', '\u20dd'];
const INVISIBLE = ['\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u00ad'];
/** Characters that serialise as entities, and lone surrogates (legal in DOM text). */
const SPECIAL = ['&', '<', '>', '"', "'", '&amp;', '\u00a0', 'é', '\ud800', '\udfff', '\u0000'];
const PUNCT = ['.', ',', ';', ':', '!', '?', '(', ')', '“', '”', '«', '»', '—', '…', '/', '#'];

function reshapeForm(form: string, seps: number[], caseMode: number): string {
  let i = 0;
  let out = form
    .replace(/[\s-]+/g, () => SEPARATORS[(seps[i++] ?? 0) % SEPARATORS.length]!)
    .replace(/['\u2019]/g, () => APOSTROPHES[(seps[i++] ?? 0) % APOSTROPHES.length]!);
  if (caseMode === 1) out = out.toUpperCase();
  else if (caseMode === 2) out = out.toLowerCase();
  return out;
}

/** A glossary form as a page might write it: other separators, apostrophes, case. */
export const formArb: fc.Arbitrary<string> = fc.oneof(
  { weight: 5, arbitrary: fc.tuple(fc.constantFrom(...INSENSITIVE_FORMS), fc.array(fc.nat(40), { maxLength: 6 }), fc.nat(4)) },
  // "Signal" the app is only ever written so: its case stays.
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom(...SENSITIVE_FORMS), fc.array(fc.nat(40), { maxLength: 6 }), fc.constant(0)) },
).map(([form, seps, caseMode]) => reshapeForm(form, seps, caseMode));

/** A form cut just short or run on: "end-to-end encryptio", "encryptions", "pre-encryption". */
const nearMissArb: fc.Arbitrary<string> = fc
  .tuple(fc.constantFrom(...FORMS), fc.nat(3), fc.constantFrom('s', 'ed', 'x', '-', 'un', 'é'))
  .map(([form, mode, extra]) =>
    mode === 0 ? form.slice(0, Math.max(1, form.length - 1)) : mode === 1 ? form + extra : mode === 2 ? extra + form : `${form}${form}`,
  );

export const atomArb: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: formArb },
  { weight: 2, arbitrary: nearMissArb },
  { weight: 4, arbitrary: fc.constantFrom(...FILLER) },
  { weight: 3, arbitrary: fc.constantFrom(...TOPIC) },
  { weight: 4, arbitrary: fc.constantFrom(...SEPARATORS, ...APOSTROPHES) },
  { weight: 1, arbitrary: fc.constantFrom(...RTL) },
  { weight: 1, arbitrary: fc.constantFrom(...EMOJI) },
  { weight: 1, arbitrary: fc.constantFrom(...MARKS) },
  { weight: 1, arbitrary: fc.constantFrom(...INVISIBLE) },
  { weight: 1, arbitrary: fc.constantFrom(...SPECIAL) },
  { weight: 2, arbitrary: fc.constantFrom(...PUNCT) },
  { weight: 1, arbitrary: fc.string({ maxLength: 4, unit: 'binary' }) },
);

/** Text of one node: atoms joined by spaces or nothing (sometimes empty). */
export const textArb: fc.Arbitrary<string> = fc
  .array(fc.tuple(atomArb, fc.constantFrom(' ', ' ', ' ', '', '\n')), { maxLength: 6 })
  .map((parts) => parts.map(([a, sep]) => a + sep).join(''));

// ---------------------------------------------------------------------------------------------
// Elements

const INLINE_TAGS = ['span', 'em', 'strong', 'b', 'i', 'a', 'abbr', 'q', 'sub', 'sup', 'mark', 'small', 'cite', 'bdi', 'bdo', 'time', 'x-word', 'font'];
const BLOCK_TAGS = ['p', 'div', 'h2', 'h3', 'blockquote', 'section', 'li', 'figcaption', 'td', 'dd'];
/** Elements whose text the highlighter must never touch (see exclusions.ts). */
const EXCLUDED_TAGS = ['code', 'pre', 'script', 'style', 'textarea', 'button', 'nav', 'aside', 'noscript', 'kbd', 'select', 'option', 'header', 'footer', 'form', 'label'];
const VOID_TAGS = ['br', 'img', 'wbr', 'input', 'hr'];

const attrArb: fc.Arbitrary<readonly [string, string]> = fc.oneof(
  fc.constant(['class', 'lead'] as const),
  fc.constant(['dir', 'rtl'] as const),
  fc.constant(['lang', 'ar'] as const),
  fc.constant(['title', 'end-to-end encryption & <more>'] as const),
  fc.constant(['data-x', '"quoted" \u00a0 value'] as const),
  fc.constant(['href', 'https://example.org/?a=1&b=2'] as const),
);

/** Attributes that make an ordinary element excluded. */
const excludingAttrArb: fc.Arbitrary<readonly [string, string]> = fc.oneof(
  fc.constant(['contenteditable', 'true'] as const),
  fc.constant(['contenteditable', ''] as const),
  fc.constant(['hidden', ''] as const),
  fc.constant(['role', 'navigation'] as const),
  fc.constant(['class', 'comments'] as const),
  fc.constant(['id', 'disqus_thread'] as const),
);

const text = (s: string): Spec => ({ t: 'text', s });
const el = (tag: string, kids: Spec[], attrs: ReadonlyArray<readonly [string, string]> = []): Spec => ({ t: 'el', tag, attrs, kids });

/**
 * A form cut into 2–3 pieces, each a bare text node or inside (nested) inline elements:
 * "end-to-<em>end</em> <b><i>encryption</i></b>".
 */
const splitTermArb: fc.Arbitrary<Spec[]> = fc
  .tuple(formArb, fc.array(fc.nat(1000), { minLength: 1, maxLength: 2 }), fc.array(fc.nat(INLINE_TAGS.length * 3), { minLength: 3, maxLength: 3 }))
  .map(([form, cutsRaw, wraps]) => {
    const cuts = [...new Set(cutsRaw.map((c) => 1 + (c % Math.max(1, form.length - 1))))].sort((a, b) => a - b);
    const pieces: string[] = [];
    let from = 0;
    for (const c of cuts) {
      pieces.push(form.slice(from, c));
      from = c;
    }
    pieces.push(form.slice(from));
    return pieces.map((p, i) => {
      const w = wraps[i]!;
      if (w < INLINE_TAGS.length) return text(p);
      const tag = INLINE_TAGS[w % INLINE_TAGS.length]!;
      // Every third wrap is nested two deep.
      return w >= INLINE_TAGS.length * 2 ? el(tag, [el('span', [text(p)])]) : el(tag, [text(p)]);
    });
  });

export interface DomShape {
  /** Nesting depth of elements. */
  depth: number;
  /** Children per element at most. */
  width: number;
}

/** A list of children for an element `depth` levels deep. */
export function childrenArb({ depth, width }: DomShape): fc.Arbitrary<Spec[]> {
  const tree = fc.letrec<{ node: Spec[]; kids: Spec[] }>((tie) => ({
    node: fc.oneof(
      { depthSize: 'small', maxDepth: depth, depthIdentifier: 'dom', withCrossShrink: true },
      { weight: 6, arbitrary: textArb.map((s) => [text(s)]) },
      { weight: 3, arbitrary: splitTermArb },
      { weight: 1, arbitrary: fc.string({ maxLength: 8 }).map((s) => [{ t: 'comment', s } as Spec]) },
      { weight: 1, arbitrary: fc.constant<Spec[]>([text('')]) },
      { weight: 1, arbitrary: fc.constantFrom(...VOID_TAGS).map((tag) => [el(tag, [])]) },
      {
        weight: 4,
        arbitrary: fc
          .tuple(fc.constantFrom(...INLINE_TAGS), fc.array(attrArb, { maxLength: 2 }), tie('kids'))
          .map(([tag, attrs, kids]) => [el(tag, kids, attrs)]),
      },
      {
        weight: 3,
        arbitrary: fc
          .tuple(fc.constantFrom(...BLOCK_TAGS), fc.array(attrArb, { maxLength: 1 }), tie('kids'))
          .map(([tag, attrs, kids]) => [el(tag, kids, attrs)]),
      },
      {
        weight: 2,
        arbitrary: fc
          .tuple(fc.constantFrom(...EXCLUDED_TAGS), tie('kids'))
          // Data blocks: jsdom would run a generated script and report every style it cannot parse.
          .map(([tag, kids]) => [el(tag, kids, tag === 'script' || tag === 'style' ? [['type', 'text/plain']] : [])]),
      },
      {
        weight: 1,
        arbitrary: fc
          .tuple(fc.constantFrom('div', 'span', 'p', 'section'), excludingAttrArb, tie('kids'))
          .map(([tag, attr, kids]) => [el(tag, kids, [attr])]),
      },
      { weight: 1, arbitrary: tie('kids').map((kids) => [el('svg', kids)]) },
    ),
    kids: fc.array(tie('node'), { maxLength: width }).map((lists) => lists.flat()),
  }));
  return fc.array(tree.node, { minLength: 1, maxLength: width }).map((lists) => lists.flat());
}

// ---------------------------------------------------------------------------------------------
// Building

const SVG_NS = 'http://www.w3.org/2000/svg';

/** Builds through the DOM API: every text spec becomes its own node, empty ones included. */
export function buildDom(doc: Document, specs: readonly Spec[], into: Node): void {
  for (const s of specs) {
    if (s.t === 'text') into.appendChild(doc.createTextNode(s.s));
    else if (s.t === 'comment') into.appendChild(doc.createComment(s.s.replace(/--/g, '- ')));
    else {
      const inSvg = s.tag === 'svg' || (into as Element).namespaceURI === SVG_NS;
      const node = inSvg ? doc.createElementNS(SVG_NS, s.tag === 'svg' ? 'svg' : 'text') : doc.createElement(s.tag);
      for (const [k, v] of s.attrs) node.setAttribute(k, v);
      if (!VOID_TAGS.includes(s.tag)) buildDom(doc, s.kids, node);
      into.appendChild(node);
    }
  }
}

const NAMED: Record<string, string[]> = {
  '&': ['&amp;', '&#38;', '&#x26;', '&AMP;'],
  '<': ['&lt;', '&#60;', '&#x3C;'],
  '>': ['&gt;', '&#62;', '>'],
  '"': ['&quot;', '&#34;', '"'],
  "'": ['&apos;', '&#39;', "'"],
  '\u00a0': ['&nbsp;', '&#160;', '&#xA0;', '&NonBreakingSpace;'],
  'é': ['&eacute;', '&#233;', 'é'],
  '\u00ad': ['&shy;', '&#173;'],
  '\u2019': ['&rsquo;', '&#8217;', '\u2019'],
  '\u2014': ['&mdash;', '&#x2014;', '\u2014'],
  '\u200d': ['&zwj;', '&#8205;'],
  '\u2010': ['&hyphen;', '&dash;', '&#x2010;'],
};

/** Writes text as HTML, picking one of the equivalent spellings of each character by `seed`. */
function escapeHtml(s: string, seed: number): string {
  let out = '';
  let i = seed;
  for (const ch of s) {
    const options = NAMED[ch];
    if (options) out += options[i++ % options.length];
    else if (ch.codePointAt(0)! > 0xffff && i++ % 2 === 0) out += `&#x${ch.codePointAt(0)!.toString(16)};`;
    else out += ch;
  }
  return out;
}

/** Serialises specs as HTML with entities (adjacent and empty text merge, as parsers do). */
export function toHtml(specs: readonly Spec[], seed = 0): string {
  let out = '';
  for (const [n, s] of specs.entries()) {
    if (s.t === 'text') out += escapeHtml(s.s, seed + n);
    else if (s.t === 'comment') out += `<!--${s.s.replace(/-/g, '_').replace(/>/g, ' ')}-->`;
    else {
      const attrs = s.attrs.map(([k, v]) => ` ${k}="${v.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"`).join('');
      out += VOID_TAGS.includes(s.tag) ? `<${s.tag}${attrs}>` : `<${s.tag}${attrs}>${toHtml(s.kids, seed + n + 1)}</${s.tag}>`;
    }
  }
  return out;
}

/** Every node under `root`, in document order (to check that the same nodes come back). */
export function allNodes(root: Node): Node[] {
  const out: Node[] = [];
  const walker = (root.ownerDocument ?? (root as Document)).createTreeWalker(root, 0xffffffff);
  for (let n: Node | null = walker.currentNode; n; n = walker.nextNode()) out.push(n);
  return out;
}

/** Elements, text nodes and comments in a tree (for reporting sizes). */
export function countNodes(specs: readonly Spec[]): number {
  return specs.reduce((n, s) => n + 1 + (s.t === 'el' ? countNodes(s.kids) : 0), 0);
}
