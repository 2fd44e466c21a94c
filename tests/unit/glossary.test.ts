/**
 * Validates the whole glossary: the matching data the content script carries (TERMS) joined
 * with the popup's details (DETAILS). Readers trust this content, so every rule in the writing
 * brief that a machine can check is checked here.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Category, TermDetails, TermEntry } from '../../glossary/schema';
import { TERMS } from '../../glossary/terms';
import { TECHNOLOGY_TERMS } from '../../glossary/terms/technology';
import { LAW_TERMS } from '../../glossary/terms/law';
import { ACTORS_TERMS } from '../../glossary/terms/actors';
import { CONCEPTS_TERMS } from '../../glossary/terms/concepts';
import { DETAILS, detailsFor } from '../../glossary/details';
import { foldKeepCase, foldKey } from '../../glossary/fold';
import { buildMatcher } from '../../glossary/compile';
import type { Match } from '../../glossary/matcher';
import { APOSTROPHE_CHARS, SEPARATOR_CHARS } from '../../glossary/fold';
import { articleText } from '../fixtures/check-fixtures';
import { findTerms } from '../../analysis/terms';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** The ids each category file must provide (from the foundation issue). */
const REQUIRED: Record<Category, string[]> = {
  technology: [
    'encryption',
    'end-to-end-encryption',
    'cryptography',
    'public-key-cryptography',
    'encryption-key',
    'key-escrow',
    'backdoor',
    'front-door',
    'golden-key',
    'exceptional-access',
    'lawful-access',
    'client-side-scanning',
    'ghost-proposal',
    'metadata',
    'forward-secrecy',
    'tls',
    'digital-certificate',
    'certificate-authority',
    'vulnerability',
    'zero-day',
    'exploit',
    'perceptual-hashing',
    'device-encryption',
    'clipper-chip',
    'dual-ec-drbg',
    'stuxnet',
    'black-hat',
  ],
  law: [
    'investigatory-powers-act',
    'technical-capability-notice',
    'online-safety-act',
    'eu-csa-regulation',
    'earn-it-act',
    'cloud-act',
    'calea',
    'assistance-and-access-act',
    'all-writs-act',
    'wassenaar-arrangement',
    'gdpr',
    'eprivacy',
  ],
  actor: [
    'enisa',
    'europol',
    'european-commission',
    'fbi',
    'nsa',
    'gchq',
    'five-eyes',
    'home-office',
    'eff',
    'edri',
    'open-rights-group',
    'signal',
    'whatsapp',
    'apple',
    'ofcom',
  ],
  concept: ['going-dark', 'crypto-wars', 'mass-surveillance', 'targeted-surveillance', 'warrant', 'cybercrime'],
};

/** Terms the brief names as contested: each must state both sides. */
const CONTESTED = [
  'backdoor',
  'exceptional-access',
  'client-side-scanning',
  'key-escrow',
  'lawful-access',
  'eu-csa-regulation',
  'online-safety-act',
  'investigatory-powers-act',
  'going-dark',
  'technical-capability-notice',
  'earn-it-act',
  'electronic-protection',
  'traceability',
  'classifier',
  'hash-list',
  'interim-csam-regulation',
  'decryption-mandate',
  'intermediary-liability',
  'technical-assistance',
  'targeted-update',
  'message-scanning',
];

/** Terms the brief names as having an everyday meaning: highlighted only on on-topic pages. */
const MUST_BE_AMBIGUOUS = ['backdoor', 'going-dark', 'signal', 'apple', 'warrant', 'vulnerability', 'black-hat'];

/** Names that are ordinary words in lower case: they may only be matched with their capital. */
const CASE_SENSITIVE_NAMES: Record<string, string> = { signal: 'Signal', apple: 'Apple' };

/**
 * Words too generic to match on their own, whatever the page. Multi-word forms containing them
 * ("encryption key", "key escrow") are fine, and so is an exact-case name ("Signal").
 */
const GENERIC_WORDS = [
  'key',
  'keys',
  'signal',
  'signals',
  'apple',
  'apples',
  'certificate',
  'certificates',
  'door',
  'doors',
  'ghost',
  'ghosts',
  'escrow',
  'dark',
  'access',
  'lock',
  'locks',
  'exploit',
  'exploits',
  'hat',
  'hats',
  'chip',
  'chips',
  'hash',
  'crypto',
  'code',
  'data',
  'security',
  'privacy',
  'scanning',
  'protocol',
  'message',
  'messages',
];

const BY_FILE: Array<[Category, readonly TermEntry[]]> = [
  ['technology', TECHNOLOGY_TERMS],
  ['law', LAW_TERMS],
  ['actor', ACTORS_TERMS],
  ['concept', CONCEPTS_TERMS],
];

const termIds = new Set(TERMS.map((t) => t.id));
const detailIds = new Set(DETAILS.map((d) => d.id));

function allForms(entry: TermEntry): string[] {
  return [...entry.forms, ...(entry.caseSensitiveForms ?? [])];
}

function details(id: string): TermDetails {
  const found = detailsFor(id);
  if (!found) throw new Error(`no details for ${id}`);
  return found;
}

/** Rough sentence count: terminal punctuation followed by a space and a capital, or the end. */
function sentences(text: string): number {
  return (text.match(/[.!?]['"’”)]?(?=\s+[A-Z‘'"“]|\s*$)/g) ?? []).length;
}

/** Collects failures so that one run lists every offending entry, not just the first. */
function problems(check: (push: (msg: string) => void) => void): string[] {
  const out: string[] = [];
  check((msg) => out.push(msg));
  return out;
}

describe('glossary: ids and pairing', () => {
  it('has at least 100 entries', () => {
    expect(TERMS.length).toBeGreaterThanOrEqual(100);
  });

  it('uses unique, kebab-case ids', () => {
    const seen = new Set<string>();
    const bad = problems((push) => {
      for (const { id } of TERMS) {
        if (seen.has(id)) push(`duplicate id ${id}`);
        seen.add(id);
        if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id)) push(`not kebab-case: ${id}`);
      }
    });
    expect(bad).toEqual([]);
    expect(new Set(DETAILS.map((d) => d.id)).size).toBe(DETAILS.length);
  });

  it('pairs every entry with its details and vice versa', () => {
    expect([...termIds].filter((id) => !detailIds.has(id))).toEqual([]);
    expect([...detailIds].filter((id) => !termIds.has(id))).toEqual([]);
  });

  it('keeps each entry in the file of its category', () => {
    const bad = problems((push) => {
      for (const [category, list] of BY_FILE) {
        for (const t of list) if (t.category !== category) push(`${t.id} is ${t.category} in the ${category} file`);
      }
    });
    expect(bad).toEqual([]);
    expect(BY_FILE.reduce((n, [, list]) => n + list.length, 0)).toBe(TERMS.length);
  });

  it.each(Object.entries(REQUIRED))('provides every required %s id', (category, ids) => {
    const inCategory = new Set(TERMS.filter((t) => t.category === category).map((t) => t.id));
    expect(ids.filter((id) => !inCategory.has(id))).toEqual([]);
  });

  it('links only to ids that exist, never to itself, never twice', () => {
    const bad = problems((push) => {
      for (const t of TERMS) {
        const related = t.related ?? [];
        for (const r of related) {
          if (!termIds.has(r)) push(`${t.id} → missing ${r}`);
          if (r === t.id) push(`${t.id} → itself`);
        }
        if (new Set(related).size !== related.length) push(`${t.id} lists a related id twice`);
      }
    });
    expect(bad).toEqual([]);
  });
});

describe('glossary: surface forms', () => {
  it('gives every entry at least one form, each trimmed and non-empty', () => {
    const bad = problems((push) => {
      for (const t of TERMS) {
        const forms = allForms(t);
        if (forms.length === 0) push(`${t.id} has no form`);
        for (const f of forms) {
          if (f !== f.trim() || f.trim() === '' || /\s{2,}/.test(f)) push(`${t.id}: malformed form ${JSON.stringify(f)}`);
        }
      }
    });
    expect(bad).toEqual([]);
  });

  it('never lets two entries claim the same form (case, hyphens, spaces and apostrophes folded)', () => {
    const owner = new Map<string, string>();
    const bad = problems((push) => {
      for (const t of TERMS) {
        for (const key of new Set(allForms(t).map(foldKey))) {
          const prior = owner.get(key);
          if (prior && prior !== t.id) push(`"${key}": ${prior} and ${t.id}`);
          else owner.set(key, t.id);
        }
      }
    });
    expect(bad).toEqual([]);
    expect(buildMatcher(TERMS).conflicts).toEqual([]);
  });

  it('lists each form once within an entry', () => {
    const bad = problems((push) => {
      for (const t of TERMS) {
        const insensitive = t.forms.map(foldKey);
        const sensitive = (t.caseSensitiveForms ?? []).map(foldKeepCase);
        if (new Set(insensitive).size !== insensitive.length) push(`${t.id}: a form repeats after folding`);
        if (new Set(sensitive).size !== sensitive.length) push(`${t.id}: a case-sensitive form repeats`);
        // A case-sensitive form that is also matched case-insensitively would never be exact-case.
        for (const f of t.caseSensitiveForms ?? []) {
          if (insensitive.includes(foldKey(f))) push(`${t.id}: "${f}" is both case-sensitive and not`);
        }
      }
    });
    expect(bad).toEqual([]);
  });

  it('never matches a generic word on its own', () => {
    const generic = new Set(GENERIC_WORDS);
    const bad = problems((push) => {
      for (const t of TERMS) {
        for (const f of t.forms) if (generic.has(foldKey(f))) push(`${t.id}: "${f}"`);
        for (const f of t.caseSensitiveForms ?? []) if (generic.has(foldKeepCase(f))) push(`${t.id}: "${f}" (case-sensitive)`);
      }
    });
    expect(bad).toEqual([]);
  });

  it('matches names that are also ordinary words only with their capital, and only on topic', () => {
    for (const [id, name] of Object.entries(CASE_SENSITIVE_NAMES)) {
      const entry = TERMS.find((t) => t.id === id);
      expect(entry, id).toBeDefined();
      expect(entry?.caseSensitiveForms ?? []).toContain(name);
      expect(entry?.forms.map(foldKey) ?? []).not.toContain(name.toLowerCase());
    }
    const notAmbiguous = MUST_BE_AMBIGUOUS.filter((id) => TERMS.find((t) => t.id === id)?.ambiguous !== true);
    expect(notAmbiguous).toEqual([]);
  });
});

describe('glossary: text', () => {
  it('has a display term and a tooltip definition of at most 240 characters', () => {
    const bad = problems((push) => {
      for (const t of TERMS) {
        if (t.term.trim() === '') push(`${t.id}: empty term`);
        const short = t.short.trim();
        if (short.length < 30) push(`${t.id}: short definition missing or too short`);
        if (t.short.length > 240) push(`${t.id}: short is ${t.short.length} characters`);
        if (!/[.!?]['"’”)]?$/.test(short)) push(`${t.id}: short does not end a sentence`);
      }
    });
    expect(bad).toEqual([]);
  });

  it('explains every entry in a few sentences, more fully than the tooltip', () => {
    const bad = problems((push) => {
      for (const t of TERMS) {
        const text = detailsFor(t.id)?.explanation.trim() ?? '';
        if (sentences(text) < 2) push(`${t.id}: explanation has fewer than two sentences`);
        if (text.length > 1500) push(`${t.id}: explanation is ${text.length} characters`);
        if (text.length <= t.short.length) push(`${t.id}: explanation no longer than the tooltip`);
      }
    });
    expect(bad).toEqual([]);
  });

  it('states both sides of every contested term, and both sides wherever sides are given', () => {
    const bad = problems((push) => {
      for (const id of CONTESTED) if (termIds.has(id) && !detailsFor(id)?.sides) push(`${id}: contested but no sides`);
      for (const d of DETAILS) {
        if (!d.sides) continue;
        const { forAccess, forEncryption } = d.sides;
        if (forAccess.trim().length < 40) push(`${d.id}: forAccess missing or too thin`);
        if (forEncryption.trim().length < 40) push(`${d.id}: forEncryption missing or too thin`);
        if (forAccess.trim() === forEncryption.trim()) push(`${d.id}: both sides say the same`);
      }
    });
    expect(bad).toEqual([]);
  });

  it('cites at least one well-formed https source per entry', () => {
    const bad = problems((push) => {
      for (const t of TERMS) {
        const { sources } = details(t.id);
        if (sources.length === 0) push(`${t.id}: no source`);
        const urls = new Set<string>();
        for (const s of sources) {
          if (s.title.trim() === '') push(`${t.id}: source without a title`);
          if (urls.has(s.url)) push(`${t.id}: ${s.url} cited twice`);
          urls.add(s.url);
          let url: URL;
          try {
            url = new URL(s.url);
          } catch {
            push(`${t.id}: not a URL: ${s.url}`);
            continue;
          }
          if (url.protocol !== 'https:') push(`${t.id}: not https: ${s.url}`);
          if (!/^[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(url.hostname)) push(`${t.id}: odd host in ${s.url}`);
          if (/\s/.test(s.url) || url.username || url.password) push(`${t.id}: malformed ${s.url}`);
          if (url.hostname === 'en.wikipedia.org' && !/^\/wiki\/[^/\s]+$/.test(url.pathname)) {
            push(`${t.id}: not a Wikipedia article address: ${s.url}`);
          }
        }
      }
    });
    expect(bad).toEqual([]);
  });
});

/**
 * Pages about other things, written with the words that trap naive glossaries. Entries that are
 * not `ambiguous` are highlighted on any page, so none of them may match here; ambiguous entries
 * are left to the topic gate (tested with the gate).
 */
const OFF_TOPIC: Record<string, string> = {
  basketball:
    'The Hawks ran a backdoor cut on the first possession, and the centre found him alone under the basket. ' +
    'Coaches call it the key to their offence: spacing, a signal from the point guard, a back door left open by a defender who turns his head. ' +
    'The team kept zero days off in the schedule and the rookie, a cipher for most of the season, scored twelve points in a row.',
  locks:
    'A good locksmith will tell you that the front door deserves a deadbolt and a lock with a restricted key. ' +
    'Master key systems let a building manager open every door, and lost keys mean a new cylinder. ' +
    'Residents of the square each hold a private key to the garden gate; the golden key on the mayor\'s chain is purely ceremonial.',
  orchards:
    'The apple harvest began early this year: Gala and Braeburn apples were picked a week ahead of schedule. ' +
    'Growers exploit the cool nights to colour the fruit, and a signal from the weather service warned of frost. ' +
    'The key to a good crop is pruning, and the old orchard, dark and overgrown, needed three seasons of work.',
  escrow:
    'Buyers deposit their money in escrow until completion, when the agent hands over the keys and certificates: ' +
    'the gas safety certificate, the energy performance certificate and the building warranty. ' +
    'Signing is done with a digital signature, and access to the property is arranged through the escrow agent. ' +
    'The ghost of a previous sale haunted the chain, but key dates were met.',
  theatre:
    'On Monday the theatre goes dark, as it does every week, and only the ghost light burns on stage. ' +
    'The stage door opens at six; the actors wear black hats and white hats in the western revival, and the villain is unmasked in the last scene. ' +
    'Pegasus, the winged horse of the set, hangs above the stalls, and the TLS review praised the metadata of the programme notes.',
};

const OFF_TOPIC_PAGES = join(REPO, 'tests/fixtures/offtopic');

function offTopicPages(): Array<[string, string]> {
  if (!existsSync(OFF_TOPIC_PAGES)) return [];
  return readdirSync(OFF_TOPIC_PAGES)
    .filter((name) => name.endsWith('.html'))
    .map((name) => [name, articleText(readFileSync(join(OFF_TOPIC_PAGES, name), 'utf8'))]);
}

describe('glossary: the legal and crime terms added in the nineteenth session', () => {
  // A passage in the style of the articles whose labels asked for them (fictional country and people).
  const passage =
    'The Marrovian bill would oblige messaging providers to hand over intercepted chats in intelligible form. ' +
    'Lawyers said that would breach the secrecy of correspondence, and that forcing suspects to reveal passcodes raises questions of self-incrimination. ' +
    'An investigating judge in Velmar had ordered the company to help after a sextortion case and a string of online grooming reports. ' +
    "The country's data regulator, modelled on the CNIL, asked for a sunset clause; operators said their RCS chats were not end-to-end encrypted, and police asked for forensic tools and a key deposit scheme.";
  const ids = () => new Set(buildMatcher(TERMS).find(passage).map((m) => m.id));

  it('highlights each of them in a news passage', () => {
    const found = ids();
    for (const id of ['intelligible-form', 'secrecy-of-correspondence', 'self-incrimination', 'investigating-judge', 'sextortion', 'child-grooming', 'cnil', 'sunset-clause', 'rich-communication-services', 'digital-forensics', 'key-escrow']) {
      expect(found, id).toContain(id);
    }
  });

  it('keeps "grooming" and "readable form" to pages about encryption (they are everyday words too)', () => {
    for (const id of ['child-grooming', 'intelligible-form']) expect(TERMS.find((t) => t.id === id)?.ambiguous, id).toBe(true);
  });
});

describe('glossary: the entries and forms added in the twentieth session', () => {
  // A passage in the style of the articles whose labels asked for them (fictional country and people).
  const passage =
    "Valdoria's interior ministry wants over-the-top (OTT) apps, which EU law calls number-independent interpersonal communications services, to keep readable copies of suspects' chats and to give technical assistance under a production order or a subpoena. " +
    'Critics said a spare key would enlarge the attack surface, that key retention clashes with the Data Protection Act and the Data Privacy Act, and that the Electronic Communications Act already covers interception. ' +
    'A judge ordered Tomas Rell to reveal his passcode; his lawyer cited the Fifth Amendment, the Fourth Amendment and professional secrecy, and an amicus brief followed. ' +
    'Police said money mules, mobile money fraud, SIM swap gangs and cryptocurrency scams thrive on disappearing messages and secret chats, and that providers hand over only subscriber information and IP addresses, not SMS content. ' +
    'The rapporteur promised a data protection impact assessment before the trilogues and a faster route than mutual legal assistance. ' +
    'Coimisiún na Meán, the eSafety Commissioner, ANSSI and the Federal Office for Information Security were consulted, the Constitutional Court and the Supreme Federal Court have heard similar cases, and researchers found flaws in router firmware. ' +
    'The Information Regulator warned that scanning on the device would catch child abuse material but raise false alarms; a hidden participant, a state trojan, extraction tools and connection logs were also discussed, as was the inviolability of private communications under judicial authorisation. ' +
    'Others proposed a targeted software update or capability notices covering cloud backups; a cryptographer explained key exchange, the Federal Trade Commission was asked about data sovereignty, and one group filed a constitutional complaint over the right to privacy.';
  const found = () => buildMatcher(TERMS).find(passage).map((m) => `${foldKey(m.text)} → ${m.id}`);

  it('highlights each new entry in a news passage', () => {
    const ids = new Set(buildMatcher(TERMS).find(passage).map((m) => m.id));
    for (const id of [
      'over-the-top-service', 'interpersonal-communications-service', 'technical-assistance', 'production-order', 'subpoena',
      'attack-surface', 'data-protection-act', 'data-privacy-act-philippines', 'electronic-communications-act', 'passcode',
      'fifth-amendment', 'fourth-amendment', 'professional-secrecy', 'amicus-curiae', 'money-mule', 'mobile-money', 'sim-swap',
      'cryptocurrency', 'disappearing-messages', 'secret-chat', 'subscriber-information', 'ip-address', 'sms', 'rapporteur',
      'data-protection-impact-assessment', 'trilogue', 'mutual-legal-assistance', 'coimisiun-na-mean', 'esafety-commissioner',
      'anssi', 'bsi', 'constitutional-court', 'supreme-federal-court', 'firmware', 'targeted-update', 'key-exchange',
      'federal-trade-commission', 'data-sovereignty', 'right-to-privacy',
    ]) {
      expect(ids, id).toContain(id);
    }
  });

  it('matches the new forms of existing entries to those entries', () => {
    const hits = found();
    for (const hit of [
      'readable copies → intelligible-form', 'spare key → golden-key', 'key retention → key-escrow', 'child abuse material → csam',
      'connection logs → metadata', 'information regulator → data-protection-authority', 'hidden participant → ghost-proposal',
      'state trojan → lawful-hacking', 'extraction tools → digital-forensics', 'false alarms → false-positive',
      'scanning on the device → client-side-scanning', 'judicial authorisation → warrant',
      'inviolability of private communications → secrecy-of-correspondence', 'capability notices → technical-capability-notice',
      'cloud backups → encrypted-backup', 'constitutional complaint → constitutional-court',
    ]) {
      expect(hits).toContain(hit);
    }
  });

  it('keeps the new entries with an everyday or other meaning to pages about encryption', () => {
    for (const id of ['over-the-top-service', 'technical-assistance', 'secret-chat', 'fourth-amendment', 'fifth-amendment', 'constitutional-court', 'supreme-federal-court', 'bsi', 'targeted-update', 'federal-trade-commission']) {
      expect(TERMS.find((t) => t.id === id)?.ambiguous, id).toBe(true);
    }
  });
});

describe('glossary: the entries and forms added in the twenty-first session', () => {
  // A passage in the style of the articles whose labels asked for them (fictional country and people).
  const passage =
    "Valdoria's justice ministry published the general scheme of its bill for pre-legislative scrutiny and put it out for consultation. " +
    'The consultation paper says messaging firms that hold the keys must answer a court order or a judicial requisition, and that services which keep no copies of keys would face a scanning obligation instead. ' +
    "The bill passed its first reading and goes to committee stage; a private member's bill on the same subject was tabled last year. " +
    'Critics said detection technology and scanning before encryption are message scanning by another name, that readable content held in escrow would be a honeypot, and that key storage rules make no sense for zero-knowledge services or for interoperability under the Digital Markets Act. ' +
    'Prosecutors cited extortion, money laundering by outlaw motorcycle gangs and phones smuggled past signal jammers, and said the criminal code and the code of criminal procedure predate encryption; a lawful request, they said, should be proportionate but answerable. ' +
    "A company's affidavit said it had no keys to read the messages, a judicial review is expected, and an association of data controllers cited POPIA. " +
    "Elsewhere the Council of State, the Oireachtas, the National Diet, Finland's Constitutional Law Committee, reviewing a change to the Coercive Measures Act, and a police and crime commissioner have each warned about or called for general and indiscriminate monitoring.";
  const found = () => buildMatcher(TERMS).find(passage).map((m) => `${foldKey(m.text)} → ${m.id}`);
  const NEW_ENTRIES = [
    'court-order', 'public-consultation', 'bill-stages', 'criminal-procedure-code', 'affidavit', 'judicial-review',
    'lawful-request', 'popia', 'private-members-bill', 'data-controller', 'council-of-state', 'oireachtas', 'national-diet',
    'money-laundering', 'extortion', 'honeypot', 'message-scanning', 'zero-knowledge', 'interoperability',
    'pre-legislative-scrutiny', 'coercive-measures-act', 'criminal-code', 'constitutional-law-committee',
    'police-and-crime-commissioner', 'outlaw-motorcycle-gang', 'signal-jammer',
  ];
  /** Entries with an everyday or other meaning, including the existing ones that gained such a form. */
  const TOPIC_ONLY = [
    'encryption-key', 'court-order', 'public-consultation', 'bill-stages', 'criminal-procedure-code', 'affidavit',
    'judicial-review', 'lawful-request', 'private-members-bill', 'council-of-state', 'oireachtas', 'national-diet',
    'money-laundering', 'extortion', 'honeypot', 'message-scanning', 'interoperability', 'pre-legislative-scrutiny',
    'criminal-code', 'constitutional-law-committee', 'police-and-crime-commissioner', 'outlaw-motorcycle-gang', 'signal-jammer',
  ];

  it('highlights each new entry in a news passage, on a page the topic gate lets through', () => {
    const ids = new Set(buildMatcher(TERMS).find(passage).map((m) => m.id));
    for (const id of NEW_ENTRIES) expect(ids, id).toContain(id);
    const gated = new Set(findTerms([passage]).map((t) => t.id));
    for (const id of NEW_ENTRIES) expect(gated, id).toContain(id);
  });

  it('matches the new forms of existing entries to those entries', () => {
    const hits = found();
    for (const hit of [
      'hold the keys → encryption-key', 'copies of keys → encryption-key', 'keys to read → encryption-key',
      'held in escrow → key-escrow', 'scanning before encryption → client-side-scanning', 'key storage → key-management',
      'readable content → intelligible-form', 'proportionate → proportionality', 'judicial requisition → lawful-request',
      'general and indiscriminate monitoring → mass-surveillance', 'out for consultation → public-consultation',
    ]) {
      expect(hits).toContain(hit);
    }
  });

  it('keeps the entries with an everyday or other meaning to pages about encryption', () => {
    for (const id of TOPIC_ONLY) expect(TERMS.find((t) => t.id === id)?.ambiguous, id).toBe(true);
  });

  it('never highlights a bare "key" or "keys", whatever the page', () => {
    const text =
      'Encryption experts said the key issue is trust. The key witness lost her keys, and a key to the flat was found. ' +
      'Only the recipient can decrypt the message with the keys on the phone, a cryptographer said; the key point is that keys are secret.';
    expect(buildMatcher(TERMS).find(text).filter((m) => /^keys?$/i.test(m.text))).toEqual([]);
    expect(buildMatcher(TERMS).find(text).map((m) => m.id)).not.toContain('encryption-key');
  });

  // Pages about other things that use the new forms in their everyday sense (fictional people).
  const EVERYDAY: Record<string, string> = {
    football:
      'With three games left, the veterans hold the keys to the title race, and the manager said the key issue was fitness. ' +
      'The first reading of the injury report was grim, a consultation paper on ticket prices is out, and the club has signal jammers nowhere near its stadium. ' +
      'Interoperability between the two stadium ticket systems failed on Saturday, and the content scanning of fan banners at the gates caused long queues.',
    'family court':
      'After a long hearing, a court order gave Ana Ferreira the house; her former landlord kept a copy of the keys and her deposit was held in escrow. ' +
      'Her affidavit described years of extortion by a former partner, a judicial review of the planning decision is pending, and the criminal code was amended last year. ' +
      'Her lawyer called the sentence proportionate.',
    kitchen:
      'Diet and exercise matter more than supplements, the nutritionist said. The honeypot on the breakfast table drew wasps, ' +
      'and the new smoke detection technology in the kitchen went off twice; the general scheme of the renovation is to open up the back room.',
    'town hall':
      "The Council of State dinner was held in the old town hall, where the police and crime commissioner gave a speech about outlaw motorcycle gangs on the coast road, " +
      "the public consultation on bus lanes closed, and a private member's bill on dog licences reached its second reading.",
  };

  it.each(Object.entries(EVERYDAY))('highlights none of them on a page about %s', (_topic, text) => {
    const ids = findTerms([text]).map((t) => t.id);
    expect(ids.filter((id) => TOPIC_ONLY.includes(id) || id === 'key-escrow' || id === 'proportionality' || id === 'intelligible-form')).toEqual([]);
  });

  it('does find those forms on the everyday pages, so it is the topic gate that keeps them quiet', () => {
    const ids = new Set(Object.values(EVERYDAY).flatMap((t) => buildMatcher(TERMS).find(t).map((m) => m.id)));
    for (const id of ['encryption-key', 'court-order', 'affidavit', 'extortion', 'national-diet', 'honeypot', 'interoperability', 'message-scanning', 'council-of-state', 'key-escrow']) {
      expect(ids, id).toContain(id);
    }
  });
});

describe('glossary: precision on pages about other things', () => {
  const matcher = buildMatcher(TERMS);
  const unambiguousHits = (text: string) =>
    matcher
      .find(text)
      .filter((m) => !m.ambiguous)
      .map((m) => `${m.text} → ${m.id}`);

  it.each(Object.entries(OFF_TOPIC))('matches no unambiguous term in a passage about %s', (_topic, text) => {
    expect(unambiguousHits(text)).toEqual([]);
  });

  it.each(offTopicPages())('matches no unambiguous term on the off-topic page %s', (_name, text) => {
    expect(unambiguousHits(text)).toEqual([]);
  });

  it('does flag the trap words it matches on those pages as ambiguous', () => {
    // Without this, an entry could pass the test above by simply missing its own words.
    const ids = new Set(Object.values(OFF_TOPIC).flatMap((t) => matcher.find(t).map((m) => m.id)));
    for (const id of ['backdoor', 'front-door', 'black-hat', 'white-hat', 'golden-key', 'pegasus', 'tls', 'zero-day']) {
      expect(ids, id).toContain(id);
    }
  });
});

/** Label files (`elens-labels/1`) under a folder, recursively. */
function labelFiles(folder: string): string[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return labelFiles(path);
    if (!name.endsWith('.json')) return [];
    const data: unknown = JSON.parse(readFileSync(path, 'utf8'));
    return (data as { format?: unknown }).format === 'elens-labels/1' ? [path] : [];
  });
}

/** Where a labelled phrase occurs in the text, with separators and apostrophes folded as the matcher folds them. */
function occurrences(text: string, phrase: string): Array<{ start: number; end: number }> {
  const body = [...foldKeepCase(phrase)]
    .map((ch) => {
      if (ch === ' ') return `[${SEPARATOR_CHARS}]+`;
      if (ch === "'") return `[${APOSTROPHE_CHARS}]`;
      return ch.replace(/[\\^$.*+?()[\]{}|/-]/g, '\\$&');
    })
    .join('');
  const re = new RegExp(`(?<![\\p{L}\\p{N}\\p{M}])${body}(?![\\p{L}\\p{N}\\p{M}])`, 'giu');
  return [...text.matchAll(re)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

const covers = (m: Match, o: { start: number; end: number }) => m.start <= o.start && m.end >= o.end;

/**
 * Phrases our label files list that are deliberately NOT glossary entries: ordinary words a
 * reader of the news already knows, which would only add noise to every page. Keep this short;
 * a phrase belongs here only when no encryption-policy meaning is lost by leaving it out.
 */
const NOT_GLOSSARY_MATERIAL: ReadonlyMap<string, string> = new Map([
  ['personal data', 'everyday phrase; its legal sense is explained under "GDPR" and "data protection authority"'],
  ['hash', 'on the generic deny-list (hash browns, cannabis, the # key); explained under "hash function", "perceptual hashing" and "hash list"'],
  ['reasonable assistance', "a fictional bill's wording, debated in the article itself; real assistance duties are under \"technical assistance notice\" and \"CALEA\""],
  ['codes of practice', 'generic regulatory phrase, like "court order"; the codes that matter here are explained under "Online Safety Act"'],
  ['select committee', 'parliamentary procedure in Westminster systems, not an encryption-policy concept'],
  ['public participation', "Kenya's constitutional consultation on bills: civic procedure, not an encryption-policy concept"],
  ['whistleblowers', 'everyday word; why encryption matters to sources is explained under "chilling effect" and "traceability"'],
  ['house of lords', "the UK's upper chamber: a parliamentary institution, not an encryption-policy concept"],
]);

const deliberatelyOmitted = (term: string) => NOT_GLOSSARY_MATERIAL.has(foldKey(term));

/**
 * Development articles that were written as validation and held-out sets, to measure position
 * extraction on text nobody had tuned on (see tests/fixtures/dev/README.md). Their writers listed
 * terms freely (fictional bills' names, parliamentary procedure, "phished"); `npm run eval`
 * reports how many the glossary covers (the "terms" column) without gating them. Articles leave
 * this list once every labelled term is highlighted or honestly omitted above (key recovery,
 * BYOK/HYOK, FIPS 140, export controls, phishing and signals intelligence were added for them).
 */
const EVALUATION_ONLY = new Set([
  'analysis-responsible-encryption', 'brief-northmoor-chief-constable', 'broadsheet-canada-lawful-access',
  'court-corvid-unlock-order', 'explainer-client-side-scanning-experts', 'feature-client-side-scanning',
  'interview-helena-marsh-lawful-access', 'liveblog-senate-encrypted-services-hearing',
  'newsletter-morning-access-warrant-bill', 'parliament-senate-encrypted-services', 'regional-nigeria-interception-bill',
  'tradepress-strand-default-e2ee', 'wire-council-scanning-deadlock', 'wire-peru-messaging-bill',
]);

describe('glossary: covers the terms our labelled articles ask for', () => {
  const matcher = buildMatcher(TERMS);
  const files = [
    // (tests/fixtures/train/: training articles for the stance model, written for their positions;
    // `npm run eval -- tests/fixtures/train` reports their term recall without gating it.)
    ...labelFiles(join(REPO, 'tests/fixtures')).filter((f) => !EVALUATION_ONLY.has(basename(f, '.json')) && !f.includes(`${join('fixtures', 'train')}`)),
    ...labelFiles(resolve(REPO, '../shared/fixtures')),
  ];

  it('leaves out only evaluation articles that exist', () => {
    const all = new Set(labelFiles(join(REPO, 'tests/fixtures/dev')).map((f) => basename(f, '.json')));
    expect([...EVALUATION_ONLY].filter((name) => !all.has(name))).toEqual([]);
  });

  it('finds label files to check', () => {
    expect(files.length).toBeGreaterThan(0);
  });

  // A labelled term counts as covered when the matcher highlights it somewhere in the article,
  // alone or inside a longer form ("warrant" inside "a warrant").
  it.each(files.map((f) => [f.slice(resolve(REPO, '..').length + 1), f]))(
    'highlights every labelled term of %s',
    (_name, file) => {
      const labels = JSON.parse(readFileSync(file, 'utf8')) as { page?: string; terms?: string[] };
      const text = articleText(readFileSync(join(dirname(file), labels.page ?? ''), 'utf8'));
      const found = matcher.find(text);
      const wanted = (labels.terms ?? []).filter((term) => !deliberatelyOmitted(term));
      const missed = wanted.filter((term) => {
        const where = occurrences(text, term);
        return where.length > 0 && !where.some((o) => found.some((m) => covers(m, o)));
      });
      const absent = (labels.terms ?? []).filter((term) => occurrences(text, term).length === 0);
      expect({ missed, absent }).toEqual({ missed: [], absent: [] });
    },
  );

  it('keeps the list of deliberately omitted phrases honest', () => {
    // Each omission must still be asked for by some label file and still be unmatched: once the
    // glossary defines a phrase, or no label asks for it any more, its line here must go.
    const labelled = new Set(
      files.flatMap((f) => ((JSON.parse(readFileSync(f, 'utf8')) as { terms?: string[] }).terms ?? []).map(foldKey)),
    );
    const stale = [...NOT_GLOSSARY_MATERIAL.keys()].filter(
      (phrase) => !labelled.has(phrase) || matcher.find(phrase).some((m) => covers(m, { start: 0, end: phrase.length })),
    );
    expect(stale).toEqual([]);
    for (const reason of NOT_GLOSSARY_MATERIAL.values()) expect(reason.length).toBeGreaterThan(20);
  });
});
