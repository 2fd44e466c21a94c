import { DESCRIBES, REMENTION } from './gazetteer';
import type { SentenceParse } from './attributions';
import { scoreStatement } from './stance';
import type { Side } from './stance-lexicon';

/**
 * Bills, clauses and regulations the article names and describes: "New Clause 7 … would require
 * large messaging providers to lodge recovery keys", "the Secure Warrants Act, which would
 * require device makers to be able to decrypt". What a measure does decides its side, so a
 * speaker who later "will vote against NC7" or "backed the Secure Warrants Act" takes a side
 * too. Only what the article itself says about the measure counts, never its name alone.
 */

export interface NamedMeasure {
  /** Lower-case forms the article uses for it: the name, and an acronym of it ("nc7"). */
  forms: string[];
  side: Side;
}

const heads = (name: string) => name.toLowerCase().split(/\s+/).pop() ?? '';

/** "New Clause 7" → "nc7"; "Secure Warrants Act" → "swa". */
function acronymOf(name: string): string {
  const words = name.split(/\s+/);
  const letters = words.filter((w) => /^\p{Lu}/u.test(w) && !/^(?:Of|For|The|And|On)$/.test(w)).map((w) => w[0]!.toLowerCase()).join('');
  const number = words.find((w) => /^\d+$/.test(w)) ?? '';
  return letters.length >= 2 ? `${letters}${number}` : '';
}

/** Which side a description of a measure's effect falls on, from the measures it names. */
function sideOf(description: string): Side | 0 {
  // Scored as something supported: its first specific measure decides.
  const s = scoreStatement(description, 'support').score;
  return s > 0.5 ? 1 : s < -0.5 ? -1 : 0;
}

interface Candidate {
  forms: string[];
  head: string;
  side: Side | 0;
}

export function findMeasures(parses: readonly SentenceParse[]): NamedMeasure[] {
  const found: Candidate[] = [];
  const candidate = (forms: string[], head: string): Candidate => {
    const known = found.find((x) => x.forms.some((f) => forms.includes(f)));
    if (known) return known;
    const created = { forms, head, side: 0 as const };
    found.push(created);
    return created;
  };
  for (const p of parses) {
    const text = p.sentence.text;
    for (const m of p.mentions) {
      // A named law ("Secure Warrants Act"), or a numbered one ("NC7", "HB 1234").
      const numbered = m.end - m.start === 1 && /^\p{Lu}{1,4}-?\d+$/u.test(m.name);
      if (m.type !== 'name' || (m.kind !== 'law' && !numbered)) continue;
      const after = text.slice(p.tokens[m.end - 1]!.end);
      // "New Clause 7 would require …": a number right after the name is part of it.
      const number = /^\s+(\d+)\b/.exec(after);
      const name = number ? `${m.name} ${number[1]}` : m.name;
      // (Acronyms of two letters read as ordinary words too often to count.)
      const acronym = acronymOf(name);
      const forms = [name.toLowerCase(), ...(acronym.length >= 3 || /\d/.test(acronym) ? [acronym] : [])];
      const c = candidate(forms, numbered ? '' : heads(m.name));
      const described = DESCRIBES.exec(number ? after.slice(number[0].length) : after);
      if (described && c.side === 0) c.side = sideOf(described[1]!);
    }
    // "The clause would require …" describes the measure of that kind named last.
    const again = REMENTION.exec(text);
    if (again) {
      const head = again[1]!.toLowerCase();
      const target = [...found].reverse().find((x) => x.head === head || x.head === `${head}s`);
      if (target && target.side === 0) target.side = sideOf(again[2]!);
    }
  }
  return found.filter((x): x is Candidate & { side: Side } => x.side !== 0).map(({ forms, side }) => ({ forms, side }));
}
