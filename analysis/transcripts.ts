import { prose } from './article';
import type { Attribution, SentenceParse, SpeakerRef } from './attributions';
import { ANSWER_MARK, HEADLINE_WORD, HOST_LABEL, INTERVIEW, LABEL_PREFIX, NOT_A_SPEAKER_LABEL, OFFICE_LABEL, QUESTION_MARK, TITLE_PREFIX, TRANSCRIPT_LABEL, VOICE_LABEL } from './gazetteer';
import type { Mention } from './names';
import type { Quote } from './quotes';
import { foldApostrophes } from './tokens';
import type { Article, Paragraph } from './types';

/**
 * Transcripts: a programme, a hearing, a press conference or an interview printed with speaker
 * labels — "VERBEEK: No. We would rather …", a label on a line of its own ("IOANA DUMBRAVĂ-STOICA
 * (deputy, Forța Civică):") above one or more paragraphs, "[09:16] SEN. DIONNE ATHELSTAN-REID: …",
 * "Caller (Pauline, St Catherine): …". Each turn is its speaker's, whether or not the article
 * names them anywhere else; the host's and reporters' turns (mostly questions) are nobody's
 * position.
 */

/** Paragraphs a turn runs on over after its label, at most. */
const MAX_TURN_PARAGRAPHS = 6;
/** The shortest turn worth weighing (characters). */
const MIN_TURN_CHARS = 10;

interface Label {
  paragraph: number;
  /** Where the speech starts in the paragraph (its length when the label stands alone). */
  speechStart: number;
  /** The label's name part ("RĂZVAN CIOCÂRLAN-MOISE", "Minister Salinas-Carbajal", "CALLER"). */
  name: string;
  /** What the label says in brackets ("Secretary of State, Justice Ministry"; "PAULINE, ST CATHERINE"). */
  bracket: string;
}

function labelOf(paragraph: Paragraph): Label | undefined {
  if (!prose(paragraph)) return undefined;
  const prefix = LABEL_PREFIX.exec(paragraph.text)?.[0].length ?? 0;
  const rest = paragraph.text.slice(prefix);
  // Hansard: "The Minister for Tech and the Digital Economy (Ms Rebecca Sand): …".
  const office = OFFICE_LABEL.exec(rest);
  if (office) return { paragraph: paragraph.index, speechStart: prefix + office[0].length, name: office[2]!.trim(), bracket: office[1]!.trim() };
  const m = TRANSCRIPT_LABEL.exec(rest);
  if (!m) return undefined;
  const name = m[1]!.trim();
  if ((NOT_A_SPEAKER_LABEL.test(name) && !HOST_LABEL.test(name)) || HEADLINE_WORD.test(name)) return undefined;
  return { paragraph: paragraph.index, speechStart: prefix + m[0].length, name, bracket: m[2]?.trim() ?? '' };
}

/** "RĂZVAN CIOCÂRLAN-MOISE" → "Răzvan Ciocârlan-Moise": a label's capitals are typography. */
function unshout(name: string): string {
  if (name !== name.toUpperCase()) return name;
  return name.toLowerCase().replace(/(^|[\s'’-])(\p{Ll})/gu, (_, sep: string, c: string) => sep + c.toUpperCase());
}

/** Lower case with apostrophes folded, as tokens' `lower` is. */
const fold = (s: string) => foldApostrophes(s.toLowerCase());
const lastWord = (s: string) => s.split(/\s+/).pop()!;

/**
 * One attribution per paragraph of each speaker's turns in the article's transcript, if it has one
 * (`attributed`: the paragraphs where the writer's own attributions already name someone). `parses` get a mention for a speaker
 * whom only a label names ("Caller (Pauline, …)"), so that the speakers stage finds them.
 */
export function transcriptTurns(article: Article, parses: readonly SentenceParse[], byParagraph: Map<number, SentenceParse[]>, attributed: ReadonlySet<number>): Array<Omit<Attribution, 'id'>> {
  const labels: Label[] = [];
  for (const p of article.paragraphs) {
    const label = labelOf(p);
    if (label && byParagraph.has(p.index)) labels.push(label);
  }
  // ("KUALA LUMPUR: Platforms may be required …, the minister said": one label, in a paragraph that
  // attributes its words itself, is a dateline.)
  if (labels.length === 0 || (labels.length === 1 && attributed.has(labels[0]!.paragraph))) return [];

  // The people the article names in its prose, by full name and by surname.
  // ("SAM:" after "Sam Adeyemi": by first name too, when only one person has it.)
  const people = new Map<string, { mention: Mention; sentence: number }>();
  const firstNames = new Map<string, { mention: Mention; sentence: number } | null>();
  for (const parse of parses) {
    for (const m of parse.mentions) {
      if (m.type !== 'name' || m.kind !== 'person') continue;
      const folded = fold(m.name);
      const found = { mention: m, sentence: parse.sentence.index };
      for (const key of [folded, lastWord(folded)]) if (!people.has(key)) people.set(key, found);
      const words = folded.split(/\s+/);
      if (words.length < 2) continue;
      const seen = firstNames.get(words[0]!);
      if (seen === undefined) firstNames.set(words[0]!, found);
      else if (seen && lastWord(fold(seen.mention.name)) !== words[words.length - 1]) firstNames.set(words[0]!, null);
    }
  }

  // Each label's extent: its own text after the colon, then the paragraphs up to the next label.
  const extents = labels.map((label, i) => {
    const own = article.paragraphs[label.paragraph]!.text;
    const standsAlone = own.slice(label.speechStart).trim() === '';
    const next = labels[i + 1]?.paragraph ?? Infinity;
    const following: number[] = [];
    // A label on its own line always runs on; an inline one only while the transcript does.
    if (standsAlone || next !== Infinity) {
      // A label on its own line always owns the paragraph under it; after that, a paragraph that
      // attributes something itself is the writer's again ("In its submission, Lastavica said …").
      for (let q = label.paragraph + 1; q < next && q <= label.paragraph + MAX_TURN_PARAGRAPHS && prose(article.paragraphs[q]) && (!attributed.has(q) || (standsAlone && q === label.paragraph + 1)); q++) following.push(q);
    }
    return { label, standsAlone, following };
  });

  // The host: labels that say so ("PRESENTER", "Reporter (…)"); where none does, the label
  // that speaks most often (or first) when most of its turns ask a question or hand over to
  // someone by name ("Thank you, Pauline. Devon in Mandeville.").
  const hosts = new Set<string>();
  for (const { label } of extents) if (HOST_LABEL.test(label.name)) hosts.add(fold(label.name));
  if (hosts.size === 0) {
    // (Names looked up word by word: a page of thousands of labels stays linear.)
    const names = new Set(extents.map(({ label }) => fold(lastWord(VOICE_LABEL.test(label.name) ? label.bracket.split(',')[0]! || label.name : label.name))).filter((n) => n.length > 2));
    const turnsOf = new Map<string, { turns: number; hosting: number }>();
    for (const { label, following } of extents) {
      const key = fold(label.name);
      const speech = [article.paragraphs[label.paragraph]!.text.slice(label.speechStart), ...following.map((q) => article.paragraphs[q]!.text)].join(' ');
      const own = fold(lastWord(label.name));
      const handsOver = fold(speech).split(/[^\p{L}\p{M}'’-]+/u).some((w) => w !== own && names.has(w));
      const seen = turnsOf.get(key) ?? { turns: 0, hosting: 0 };
      seen.turns++;
      if (/\?/.test(speech) || handsOver) seen.hosting++;
      turnsOf.set(key, seen);
    }
    const first = fold(extents[0]!.label.name);
    const most = [...turnsOf.entries()].sort((a, b) => b[1].turns - a[1].turns)[0]!;
    for (const key of new Set([first, most[0]])) {
      const t = turnsOf.get(key)!;
      if (t.turns >= 2 && t.hosting * 2 >= t.turns + 1) {
        hosts.add(key);
        break;
      }
    }
  }

  const findSpeaker = (label: Label): SpeakerRef | null => {
    const first = byParagraph.get(label.paragraph)![0]!;
    // "Caller (Pauline, St Catherine)": the bracket names a voice the label does not.
    const voice = VOICE_LABEL.test(label.name) ? label.bracket.split(',')[0]!.trim() : '';
    const name = voice || label.name.replace(TITLE_PREFIX, '');
    const known = people.get(fold(name)) ?? people.get(fold(lastWord(name))) ?? (/\s/.test(name) ? undefined : firstNames.get(fold(name)) ?? undefined);
    if (known) {
      known.mention.name = unshout(known.mention.name);
      return { sentence: known.sentence, mentions: [known.mention] };
    }
    if (voice && !/^\p{Lu}[\p{L}'’-]+$/u.test(voice)) return null;
    // Named only here: the mention the label's own sentence holds, or one made for it.
    const labelEnd = label.speechStart;
    const within = first.mentions.filter((m) => m.type === 'name' && m.kind !== 'place' && first.tokens[m.start]!.start < labelEnd && (!voice || fold(m.name) === fold(voice)));
    const own = within.find((m) => m.kind === 'person') ?? within.find((m) => fold(name).includes(fold(m.name)));
    if (own) {
      own.name = unshout(own.name);
      if (voice) own.kind = 'person';
      if (label.bracket && !voice && !own.role) own.role = label.bracket;
      return { sentence: first.sentence.index, mentions: [own] };
    }
    // Only a caller's first name is made a name here: a label names no one that the name
    // finder did not already see ("Result:", "Debate:" in a live blog).
    if (!voice) return null;
    const at = first.tokens.findIndex((t) => t.lower === fold(voice));
    if (at === -1) return null;
    const mention: Mention = { start: at, end: at + 1, type: 'name', kind: 'person', name: unshout(voice), possessive: false };
    first.mentions.push(mention);
    first.mentions.sort((x, y) => x.start - y.start);
    return { sentence: first.sentence.index, mentions: [mention] };
  };

  const turns: Array<Omit<Attribution, 'id'>> = [];
  for (const { label, standsAlone, following } of extents) {
    const speaker = hosts.has(fold(label.name)) ? null : findSpeaker(label);
    if (!speaker) continue;
    for (const q of standsAlone ? following : [label.paragraph, ...following]) {
      const turn = paragraphSaid(article, byParagraph, q, q === label.paragraph ? label.speechStart : 0, speaker, 'transcript');
      if (turn) turns.push(turn);
    }
  }
  return turns;
}


const QUESTION_MAX_WORDS = 40;

/**
 * An interview printed as questions and answers ("Does the ministry support the amendment?" and
 * then the answer, with no quotation marks, or "Q: …" / "A: …"): the paragraph right after each
 * question is the interviewee's answer. Needs at least two questions each followed by an answer,
 * or answers marked "A:"; unmarked ones only where the page says it is an interview. The
 * interviewee is the person named most often before the first question (the nearest on a tie),
 * else the one named most often outside the questions and answers ("Commissioner X spoke to the
 * Ledger." after them). Paragraphs that already attribute something, or quote, are the writer's.
 */
export function interviewAnswers(article: Article, byParagraph: Map<number, SentenceParse[]>, quotesByParagraph: Quote[][], attributions: readonly Attribution[]): Array<Omit<Attribution, 'id'>> {
  const paragraphs = article.paragraphs;
  // (Narrower than `prose`: a block quotation is neither a question nor an answer.)
  const plain = (i: number) => paragraphs[i] !== undefined && (paragraphs[i]!.kind === 'text' || paragraphs[i]!.kind === 'item') && (byParagraph.get(i)?.length ?? 0) > 0;
  // ("<h3>What exactly did the prosecutors ask for?</h3>": some pages print their questions as headings.)
  const headingQuestion = (i: number) => paragraphs[i]?.kind === 'heading' && /\?["”’']?\s*$/.test(paragraphs[i]!.text);
  const isQuestion = (i: number) => (headingQuestion(i) || (plain(i) && (paragraphs[i]!.prompt === true || QUESTION_MARK.test(paragraphs[i]!.text) || /\?\s*$/.test(paragraphs[i]!.text)))) && paragraphs[i]!.text.trim().split(/\s+/).length <= QUESTION_MAX_WORDS;
  const attributed = new Set(attributions.map((a) => a.paragraph));
  const answers: number[] = [];
  const exchange = new Set<number>();
  let firstQuestion = -1;
  let marked = false;
  for (let i = 0; i < paragraphs.length - 1; i++) {
    if (!isQuestion(i) || !plain(i + 1) || isQuestion(i + 1)) continue;
    if (firstQuestion === -1) firstQuestion = i;
    exchange.add(i).add(i + 1);
    if (ANSWER_MARK.test(paragraphs[i + 1]!.text)) marked = true;
    if (!attributed.has(i + 1) && (quotesByParagraph[i + 1]?.length ?? 0) === 0) answers.push(i + 1);
  }
  if (answers.length === 0 || firstQuestion === -1 || (answers.length < 2 && !marked)) return [];
  // Only where the page says it is an interview (or marks its answers): an explainer's "What is
  // client-side scanning?" is answered by its writer, not by the last person it named.
  if (!marked && !INTERVIEW.test(article.title) && !paragraphs.some((p) => INTERVIEW.test(p.text))) return [];
  // Questions printed as headings are an explainer's too ("What does the law say?"): only a label
  // or the title ("Interview", "Interview by …", "Q&A") makes them an interviewer's.
  const labelled = () => INTERVIEW.test(article.title) || paragraphs.some((p) => p.text.trim().split(/\s+/).length <= 8 && INTERVIEW.test(p.text));
  if (!marked && [...exchange].some((i) => headingQuestion(i)) && !labelled()) return [];
  const interviewee = mostNamed(byParagraph, (p) => p < firstQuestion && plain(p)) ?? mostNamed(byParagraph, (p) => !exchange.has(p) && plain(p));
  if (!interviewee) return [];
  const speaker: SpeakerRef = { sentence: interviewee.sentence, mentions: [interviewee.mention] };
  return answers.flatMap((p) => paragraphSaid(article, byParagraph, p, ANSWER_MARK.exec(paragraphs[p]!.text)?.[0].length ?? 0, speaker, 'answered') ?? []);
}

/** The person named most often in the paragraphs `within` accepts (bylines are 'meta'). */
function mostNamed(byParagraph: Map<number, SentenceParse[]>, within: (paragraph: number) => boolean): { mention: Mention; sentence: number } | undefined {
  const counts = new Map<string, { mention: Mention; sentence: number; n: number }>();
  for (const [p, parses] of byParagraph) {
    if (!within(p)) continue;
    for (const parse of parses) {
      for (const m of parse.mentions) {
        // ("spoke to the Brisbane Ledger": a person's name takes no article.)
        if (m.type !== 'name' || m.kind !== 'person' || parse.tokens[m.start - 1]?.lower === 'the') continue;
        const key = lastWord(m.name).toLowerCase();
        const seen = counts.get(key);
        const longer = !seen || seen.mention.name.length < m.name.length;
        counts.set(key, { mention: longer ? m : seen.mention, sentence: longer ? parse.sentence.index : seen.sentence, n: (seen?.n ?? 0) + 1 });
      }
    }
  }
  let best: { mention: Mention; sentence: number; n: number } | undefined;
  for (const c of counts.values()) if (!best || c.n >= best.n) best = c;
  return best;
}

/**
 * The paragraph (from `from` on, trimmed) as one statement by `speaker`: a transcript's turn, an
 * interview's answer, a letter's paragraph. None when it holds no sentence or too little text.
 */
export function paragraphSaid(article: Article, byParagraph: Map<number, SentenceParse[]>, paragraph: number, from: number, speaker: SpeakerRef, cue: string): Omit<Attribution, 'id'> | undefined {
  const text = article.paragraphs[paragraph]!.text;
  const start = from + (text.slice(from).length - text.slice(from).trimStart().length);
  const end = text.trimEnd().length;
  const first = byParagraph.get(paragraph)?.find((p) => p.sentence.end > start);
  if (!first || end - start < MIN_TURN_CHARS) return undefined;
  const said = text.slice(start, end);
  const collapsed = said.replace(/\s+/g, ' ').trim();
  return { speaker, kind: 'direct', frame: 'say', text: collapsed, content: said, sentence: first.sentence.index, paragraph, start, end, context: collapsed, cue };
}
