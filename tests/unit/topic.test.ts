import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultMatcher } from '../../glossary/matcher';
import { assessTopic, createTopicCounter } from '../../glossary/topic';
import { STRONG_WORDS, WEAK_WORDS } from '../../glossary/topic-words';

// Paragraphs written for these tests, in the style of the pages readers meet. Speakers are
// fictional.

const ON_TOPIC: Record<string, string> = {
  'short news brief': `The Home Office has served a technical capability notice on a cloud provider, demanding a way to read encrypted backups. Civil liberties groups said the order amounted to a backdoor.`,

  'policy article': `Interior ministers from five member states renewed their call on Tuesday for messaging services to give police access to encrypted conversations, arguing that end-to-end encryption has let criminals "go dark". "We are not asking for a backdoor," said Minister Hanne Voss, who chairs the working group. "We are asking for lawful access with a warrant." Security researchers were unconvinced. Dr Lucas Ferreira, a cryptographer at a university in Porto, said any mechanism that let the state decrypt messages would be found and abused by criminals and hostile governments. Digital rights groups warned that client-side scanning would turn every phone into a surveillance device.`,

  'going-dark speech': `In a speech on Monday, the deputy director of the national police agency warned that investigators were going dark as more services adopt end-to-end encryption. He urged technology firms to build systems that would let them comply with court orders, while privacy advocates said such access would weaken encryption for everyone.`,

  'spyware report': `Researchers at a digital rights lab found spyware on the phones of three journalists. The malware exploited a zero-day flaw in a messaging app and could read messages before they were encrypted, the lab said in its report.`,

  'explainer with few glossary words': `How does encryption protect your messages? When you send a message, your phone scrambles it with a key that only the recipient's phone can use to unscramble it. Cryptographers call this public-key cryptography. Governments have long argued about whether companies should keep a copy of those keys.`,
};

const OFF_TOPIC: Record<string, string> = {
  basketball: `The Hawks ran the backdoor cut to perfection in the third quarter. Twice Jamal Okoro slipped behind an overplaying defender for an easy layup, and the home crowd roared. "We saw them cheating on the passing lanes, so we went backdoor," said coach Denise Marlow. The visitors tried to intercept entry passes all night and paid for it; the Hawks finished with 31 assists. Okoro's signal to the point guard, a quick tap of the chest, became the talk of the post-game press conference.`,

  locksmith: `A good locksmith will tell you that the back door is where most burglars try first. Replace a worn cylinder lock with a five-pin model, fit a strike plate with long screws, and keep the spare key out of the flowerpot. Master key systems let a landlord open every flat in a building; ask who holds the master key before you sign a lease. Smart locks add convenience but need their batteries changed, and a cheap model can be opened with a magnet.`,

  orchard: `Apple growers in the valley expect a record harvest this autumn. The early varieties are already being picked, and the cider makers are queuing for windfalls. "The blossom came late, but the summer rain did the rest," said orchard manager Tomasz Wierzba. Apple Day at the village hall on Saturday will feature juice pressing, tastings of twenty heritage apples and a talk on grafting.`,

  'real estate': `Once your offer is accepted, the deposit goes into an escrow account held by a neutral escrow agent until closing. The agent releases the funds when the title search is clean, the inspection is done and both sides have signed. Ask your agent who holds the keys between closing and move-in, and check that the front door locks are changed. Escrow usually takes thirty to forty-five days.`,

  theatre: `When the last audience member has left, the stage manager switches on the ghost light, a single bare bulb that stands centre stage all night. Theatres go dark on Mondays, and the company has been going dark for the whole of August while the fly system is replaced. "A dark theatre is never really empty," said stage manager Priya Castellano, adjusting the black hat she wears for every get-out.`,

  'signal chain': `For the new record, guitarist Mara Lindqvist rebuilt her signal chain from scratch: a vintage fuzz, a tape echo and a small valve amp miked from two angles. Signal flow matters more than any single pedal, she says, and a noisy cable can ruin a take. Her privacy at home, she jokes, ended when the neighbours heard the first rehearsal through the wall.`,

  'long sports story with one passing mention': `${'The match was decided in the final minutes after a long, cagey contest in which neither side created many chances. The captain praised the crowd and the substitutes, and the manager said the squad would rest before the cup tie. '.repeat(40)}Fans can follow the team on a messaging app group that now has 20,000 members.`,
};

describe('assessTopic', () => {
  for (const [name, text] of Object.entries(ON_TOPIC)) {
    it(`passes an encryption-policy text: ${name}`, () => {
      const verdict = assessTopic(text);
      expect(verdict.onTopic, JSON.stringify(verdict)).toBe(true);
    });
  }

  for (const [name, text] of Object.entries(OFF_TOPIC)) {
    it(`rejects an everyday text: ${name}`, () => {
      const verdict = assessTopic(text);
      expect(verdict.onTopic, JSON.stringify(verdict)).toBe(false);
    });
  }

  it('finds ambiguous glossary words on the everyday pages (so the gate is what keeps them quiet)', () => {
    const m = defaultMatcher();
    const ambiguousIds = (text: string) => m.find(text).filter((x) => x.ambiguous).map((x) => x.id);
    expect(ambiguousIds(OFF_TOPIC.basketball!)).toContain('backdoor');
    expect(ambiguousIds(OFF_TOPIC.theatre!)).toContain('going-dark');
    expect(ambiguousIds(OFF_TOPIC.orchard!)).toContain('apple');
  });

  it('does not let one word repeated carry a page', () => {
    const verdict = assessTopic(`${'Our privacy policy explains how we handle privacy. '.repeat(30)}`);
    expect(verdict.onTopic).toBe(false);
  });
});

describe('createTopicCounter', () => {
  it('accumulates evidence piece by piece like one text', () => {
    const m = defaultMatcher();
    const pieces = ON_TOPIC['policy article']!.split('. ');
    const counter = createTopicCounter();
    for (const p of pieces) counter.add(p, m.find(p));
    const whole = assessTopic(ON_TOPIC['policy article']!);
    expect(counter.verdict().onTopic).toBe(true);
    expect(counter.verdict().score).toBe(whole.score);
  });

  it('starts off-topic with no text', () => {
    expect(createTopicCounter().verdict().onTopic).toBe(false);
  });
});

describe('topic words', () => {
  /** The plain statement: each list scanned on its own, words bounded by a lookbehind. */
  function referenceCounts(text: string) {
    const count = (words: readonly string[]) => {
      const re = new RegExp(`(?<![\\p{L}\\p{N}])(?:${words.join('|')})(?![\\p{L}\\p{N}])`, 'giu');
      const counts = new Map<string, number>();
      for (const m of text.matchAll(re)) counts.set(m[0].toLowerCase(), (counts.get(m[0].toLowerCase()) ?? 0) + 1);
      return counts;
    };
    const strong = count(STRONG_WORDS);
    const weak = count(WEAK_WORDS);
    const capped = (c: Map<string, number>) => [...c.values()].reduce((a, n) => a + Math.min(n, 3), 0);
    const raw = [...strong.values(), ...weak.values()].reduce((a, n) => a + n, 0);
    return { score: 2 * capped(strong) + capped(weak), raw, strong: strong.size };
  }

  const VOCABULARY = [
    'encryption', 'Encrypted', 'decrypts', 'cryptography', 'cryptologist', 'surveillance', 'spyware',
    'malware', 'ransomware', 'wiretapping', 'eavesdroppers', 'cybersecurity', 'CYBERSECURITY', 'infosec',
    'privacy', 'messaging', 'messenger', 'interception', 'crypto', 'cryptos', 'ciphertext', 'hacker',
    'hackers', 'hacked', 'cyberattack', 'password', 'passwords', 'vulnerability', 'vulnerabilities',
    'data protection', 'law enforcement', 'intelligence agencies', 'civil liberties', 'security researcher',
    'tech giants', 'tech', 'data', 'the', 'anti', 'pre', 'x1', '2', 'é', 'ß',
  ];
  const SEPARATORS = [' ', '  ', '-', '.', ', ', '\u0000', '\n', '', '\u00a0', "'"];
  const text = fc
    .array(fc.tuple(fc.constantFrom(...VOCABULARY), fc.constantFrom(...SEPARATORS)), { maxLength: 40 })
    .map((parts) => parts.map(([w, s]) => w + s).join(''));

  it('counts as two separate scans of the strong and weak lists would', () => {
    fc.assert(
      fc.property(text, (t) => {
        const counter = createTopicCounter();
        counter.add(t, []);
        const got = counter.verdict();
        const want = referenceCounts(t);
        const words = Math.max(1, Math.round(t.length / 6));
        expect(got.score).toBe(want.score);
        expect(got.density).toBeCloseTo((want.raw * 1000) / words, 9);
      }),
      { numRuns: 2000 },
    );
  });
});
