import fc from 'fast-check';
import { atomArb } from './dom';

/**
 * Malformed and hostile pages for the analyzer: markup that parsers must repair, quotes that
 * never close, names and cues repeated, junk bytes, broken entities. Generated ones stay small
 * (thousands are run); the named giants below are built once each.
 */

const MARKUP = [
  '<p>', '</p>', '<div>', '</div>', '<p', '<div class="x', "<a href='", '<span>', '</span>', '</b>', '<b>',
  '<blockquote>', '</blockquote>', '<q>', '</q>', '<h1>', '</h2>', '<li>', '<ul>', '<table><p>', '<tr><td>',
  '<article>', '</article>', '<main>', '<section>', '<!--', '-->', '<![CDATA[', ']]>', '<script>', '</script>',
  '<style>', '<textarea>', '<title>', '<xmp>', '<plaintext>', '<template>', '<svg><foreignObject>', '<math>',
  '<frameset>', '<noscript>', '<iframe srcdoc="<p>x</p>">', '<br>', '<br/>', '</br>', '<img src=x onerror=alert(1)>',
  '<!DOCTYPE html>', '<html>', '<body>', '</body></html>', '<head>', '<meta charset="utf-8">', '<nav>', '<aside>',
  '< p >', '<P CLASS=byline>', '<figure><figcaption>', '<dialog open>', '<x-quote>', '<p dir="rtl">',
];
const QUOTES = ['"', '“', '”', '‘', '’', "'", '«', '»', '„', '‚', '「', '」', '``', "''"];
const CUES = [
  ' said ', ' told Reuters ', ' argued that ', 'according to ', ' warned ', ' insisted ', ' added.', ' she said.',
  ' he told a press conference that ', ' said in a statement.', ' rejected proposals put forward by ', ' signed a letter',
  ' is not asking for a backdoor', ', CEO of Example Corp, said ', ' the minister ', ' the company ',
];
const NAMES = ['Jane Doe', 'Doe', 'Alex Smith', 'Interior Minister Alex Smith', 'Example Corp', 'the EU executive', 'They', 'It', 'Mr. X', 'Dr Zed Q. Public Jr.'];
const BROKEN_ENTITIES = ['&#xFFFFFFFF;', '&#0;', '&#55296;', '&#x110000;', '&unknown;', '&amp', '&', '&#', '&#x;', '&#99999999999999;', '&nbsp'];

const junkArb = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: fc.integer({ min: 0, max: 31 }).map((c) => String.fromCharCode(c)), maxLength: 20 }),
  fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c)),
);

const tokenArb = fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom(...MARKUP) },
  { weight: 4, arbitrary: fc.constantFrom(...QUOTES) },
  { weight: 4, arbitrary: fc.constantFrom(...CUES) },
  { weight: 4, arbitrary: fc.constantFrom(...NAMES) },
  { weight: 5, arbitrary: atomArb },
  { weight: 1, arbitrary: fc.constantFrom(...BROKEN_ENTITIES) },
  { weight: 1, arbitrary: junkArb },
  // Runs: the same quote, name or tag many times over.
  { weight: 2, arbitrary: fc.tuple(fc.constantFrom(...QUOTES, ...NAMES, '<div>', '<q>', '. ', ', '), fc.integer({ min: 10, max: 2000 })).map(([t, n]) => t.repeat(n)) },
  // A long attribute value, sometimes never closed.
  { weight: 1, arbitrary: fc.tuple(fc.integer({ min: 100, max: 20_000 }), fc.boolean()).map(([n, closed]) => `<p title="${'x'.repeat(n)}${closed ? '">' : ''}`) },
);

/** A generated page: tokens, sometimes inside a plausible article shell. */
export const hostileHtmlArb: fc.Arbitrary<string> = fc
  .tuple(fc.array(tokenArb, { maxLength: 120 }), fc.nat(3))
  .map(([tokens, shell]) => {
    const body = tokens.join(tokens.length % 2 ? ' ' : '');
    if (shell === 0) return body;
    if (shell === 1) return `<html><head><title>${body.slice(0, 80)}</title></head><body><article><h1>Encryption row</h1><p>${body}</p></article></body></html>`;
    return `<!doctype html><html><body><main><p>${body}</p><p>${body}</p></main>`;
  });

const SENTENCE = 'The interior minister said the plan would not weaken encryption, but Jane Doe of Example Corp argued that “any backdoor is a backdoor for everyone.” ';
const article = (inner: string) => `<!doctype html><html><head><title>Hostile</title></head><body><article><h1>Encryption under pressure</h1>${inner}</article></body></html>`;

/** The giants and the pathological shapes the issue names, built once each. */
export function namedHostilePages(): Array<[label: string, html: string]> {
  const mb = (n: number) => Math.ceil((n * 1_000_000) / SENTENCE.length);
  const junk = Buffer.alloc(1_000_000);
  for (let i = 0, x = 12345; i < junk.length; i++) junk[i] = (x = (x * 1103515245 + 12345) >>> 0) >>> 24;
  return [
    ['empty', ''],
    ['whitespace only', ' \n\t '.repeat(1000)],
    ['no text', '<html><head></head><body><div><span></span></div></body></html>'],
    ['article with no text', article('<p></p><div><img src=x></div>')],
    ['binary junk 1 MB (latin1)', junk.toString('latin1')],
    ['binary junk 1 MB (utf8, invalid sequences)', junk.toString('utf8')],
    ['NUL bytes', '\u0000'.repeat(100_000)],
    ['unclosed tags everywhere', article(`${'<p><b><i><span>'.repeat(2000)}${SENTENCE}`)],
    ['10 MB single paragraph', article(`<p>${SENTENCE.repeat(mb(10))}</p>`)],
    ['100,000 tiny paragraphs', article('<p>A.</p>'.repeat(100_000))],
    // Each initial joins the sentence before it: reading the growing sentence's last word from
    // its start made this quadratic (15.7 s, found by a generated page).
    ['60,000 initials in one sentence', article(`<p>${'J. '.repeat(60_000)}Doe said encryption matters.</p>`)],
    // Letters and their signatories: looking back for the document, or forward for its verb,
    // from every word of one long sentence was quadratic (11.5 s for 30,000 initials; 2 s here).
    ['8,000 letters signed in one sentence', article(`<p>${'letter signed by Ann Lee and '.repeat(8000)}Bob Day said encryption matters.</p>`)],
    ['6,000 lists of signatories in one sentence', article(`<p>${'Signatories include Ann Lee, Bob Day and Cy Fox; '.repeat(6000)}they wrote that encryption matters.</p>`)],
    ['20,000 one-sentence paragraphs', article(`<p>${SENTENCE}</p>`.repeat(20_000))],
    ['5,000 levels of <div>', article(`${'<div>'.repeat(5000)}<p>${SENTENCE}</p>${'</div>'.repeat(5000)}`)],
    ['5,000 levels of <span> inside a paragraph', article(`<p>${'<span>'.repeat(5000)}${SENTENCE}${'</span>'.repeat(5000)}</p>`)],
    ['5,000 levels of <blockquote>, never closed', article(`${'<blockquote>'.repeat(5000)}${SENTENCE}`)],
    ['5,000 nested <q>', article(`<p>Doe said ${'<q>'.repeat(5000)}encryption${'</q>'.repeat(5000)}</p>`)],
    ['quote opened, never closed (1 MB)', article(`<p>Jane Doe said: “${SENTENCE.replace(/[“”]/g, '').repeat(mb(1))}</p>`)],
    ['10,000 opening quotes', article(`<p>${'“'.repeat(10_000)} said Doe</p>`)],
    ['100,000 straight quotes', article(`<p>Doe said ${'"'.repeat(100_000)}</p>`)],
    ['alternating quotes, 50,000 pairs', article(`<p>${'“a” '.repeat(50_000)}said Doe.</p>`)],
    ['mixed quote marks, one per word', article(`<p>${'"Doe’ «said» ‘that „it‚ '.repeat(20_000)}</p>`)],
    ['name repeated 10,000 times', article(`<p>${'Jane Doe '.repeat(10_000)}said encryption matters.</p>`)],
    ['name and cue repeated 10,000 times', article(`<p>${'Jane Doe said “no.” '.repeat(10_000)}</p>`)],
    ['10,000 different speakers', article(Array.from({ length: 10_000 }, (_, i) => `<p>Person${i} Name${i} said “encryption ${i}.”</p>`).join(''))],
    ['huge attribute value (5 MB)', article(`<p class="${'byline '.repeat(700_000)}">${SENTENCE}</p>`)],
    ['unclosed attribute to the end', `<html><body><article><p title="${SENTENCE.repeat(5000)}`],
    ['5,000 attributes', article(`<p ${Array.from({ length: 5_000 }, (_, i) => `a${i}="${i}"`).join(' ')}>${SENTENCE}</p>`)],
    ['1 MB word without spaces', article(`<p>${'encryption'.repeat(100_000)}</p>`)],
    ['10,000 articles', '<html><body>' + `<article><p>${SENTENCE}</p></article>`.repeat(10_000) + '</body></html>'],
    ['10,000 headings', article('<h2>Encryption</h2>'.repeat(10_000))],
    ['comment never closed', article(`<p>${SENTENCE}</p><!-- ${SENTENCE.repeat(1000)}`)],
    ['script never closed', article(`<p>${SENTENCE}</p><script>${SENTENCE.repeat(1000)}`)],
  ];
}
