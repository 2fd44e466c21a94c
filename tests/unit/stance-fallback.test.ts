import { describe, expect, it } from 'vitest';
import { CLASSES, featuresOf, refinePositions, tokenize, type PositionLike, type StanceModel } from '../../analysis/stance-fallback';
import { train, type Example } from '../../scripts/train-stance';
import { analyzeText } from '../../analysis';

const words = (text: string) => tokenize(text).map((t) => t.t);

const position = (text: string, over: Partial<PositionLike & { confidence: number }> = {}): PositionLike & { confidence: number } => ({
  speaker: 'Mara Quill',
  role: '',
  stance: 'neutral',
  confidence: 0.5,
  reason: 'no stance words',
  statements: [{ text, kind: 'direct', locator: { sentence: `"${text}," she said.` } }],
  ...over,
});

/** A model whose every weight points one way, to see what refinePositions lets it do. */
function oneSided(cls: (typeof CLASSES)[number], thresholds: StanceModel['thresholds'] = { side: 0.5, none: 0.9 }): StanceModel {
  const bias = CLASSES.map((c) => (c === cls ? 5 : 0));
  return { weights: {}, bias, thresholds };
}

describe('tokenize', () => {
  it('marks the words after a negator up to the next punctuation', () => {
    expect(words('We are not asking for a backdoor, only for help.')).toEqual([
      'we', 'are', 'not', 'NOT_asking', 'NOT_for', 'NOT_a', 'NOT_backdoor', 'only', 'for', 'help',
    ]);
    expect(words("They won't weaken encryption")).toEqual(['they', "won't", 'NOT_weaken', 'NOT_encryption']);
    expect(words('without a warrant; never again')).toEqual(['without', 'NOT_a', 'NOT_warrant', 'never', 'NOT_again']);
  });

  it('drops proper nouns and numbers but keeps sentence-initial common words', () => {
    expect(words('Police need access, said Chief Inspector Dana Whitcombe in 2024.')).toEqual(['police', 'need', 'access', 'said', 'in']);
    // "Quill" opens a sentence but is capitalised inside the text too: a name, dropped.
    expect(words('Quill said no. The firm, Quill, refused.')).toEqual(['said', 'no', 'the', 'firm', 'refused']);
    expect(words('I think so')).toEqual(['i', 'think', 'so']);
  });
});

describe('featuresOf', () => {
  it('has no feature naming the speaker and is unit length', () => {
    const f = featuresOf(position('Encryption keeps Ana Ruiz safe.', { speaker: 'Ana Ruiz', role: 'head of Example Rights Group' }));
    expect([...f.keys()].some((k) => /ruiz|ana|example/i.test(k))).toBe(false);
    expect(f.has('r:head')).toBe(true);
    expect(f.has('r:group')).toBe(true);
    const norm = Math.sqrt([...f.values()].reduce((a, v) => a + v * v, 0));
    expect(norm).toBeCloseTo(1, 9);
  });
});

describe('refinePositions', () => {
  it('never changes a stance a rule decided without flip, however sure the model is', () => {
    const decided = position('Backdoors would put everyone at risk.', { stance: 'pro-encryption', confidence: 0.8, reason: '"backdoors" + "at risk"' });
    for (const cls of CLASSES) {
      expect(refinePositions([decided], { model: oneSided(cls) })).toEqual([decided]);
      // Nor with flip, above the confidence it may overrule.
      expect(refinePositions([decided], { model: oneSided(cls), thresholds: { flip: 0.6, overrule: 0.7 } })).toEqual([decided]);
    }
  });

  it('takes the model’s side for a rule-neutral speaker, at low or medium confidence, naming its words', () => {
    const model: StanceModel = { weights: { 'w:criminals': [3, -1, -1, -1], 'w:warrant': [2, 0, 0, -1] }, bias: [0, 0, 0, 0], thresholds: { side: 0.5, none: 0.9 } };
    const [p] = refinePositions([position('Criminals hide behind a wall a warrant cannot cross.')], { model });
    expect(p?.stance).toBe('pro-access');
    expect(p?.confidence).toBeLessThan(0.75);
    expect(p?.reason).toBe("leans on: 'criminals', 'warrant'");
  });

  it('with flip, gives a weak rule verdict the other side when the model is sure of it and the words agree', () => {
    const weak = position('Criminals hide behind a wall a warrant cannot cross.', { stance: 'pro-encryption', confidence: 0.55, reason: '"cannot"' });
    const model: StanceModel = { weights: { 'w:criminals': [9, -3, -3, -3], 'w:warrant': [6, 0, 0, -3] }, bias: [0, 0, 0, 0], thresholds: { side: 0.5, none: 0.9, flip: 0.6, overrule: 0.6 } };
    const [p] = refinePositions([weak], { model });
    expect(p?.stance).toBe('pro-access');
    expect(p?.confidence).toBeLessThanOrEqual(0.6);
    expect(p?.reason).toBe("leans on: 'criminals', 'warrant'");
    // Not below the flip threshold, not above the confidence it may overrule, and never to neutral or off the issue.
    expect(refinePositions([weak], { model, thresholds: { flip: 0.99 } })).toEqual([weak]);
    expect(refinePositions([weak], { model, thresholds: { overrule: 0.5 } })).toEqual([weak]);
    for (const cls of ['neutral', 'none'] as const) expect(refinePositions([weak], { model: oneSided(cls, { side: 0.5, none: 0.9, flip: 0.6, overrule: 0.6 }) })).toEqual([weak]);
  });

  it('leaves a speaker the rules found balanced ("mixed") neutral unless told otherwise', () => {
    const balanced = position('Backdoors are risky, but police need a way in.', { reason: 'mixed: "risky" + "need a way in"' });
    const model: StanceModel = { ...oneSided('pro-access'), weights: { 'w:police': [3, -1, -1, -1] } };
    expect(refinePositions([balanced], { model })).toEqual([balanced]);
    expect(refinePositions([balanced], { model, mixed: true })[0]?.stance).toBe('pro-access');
  });

  it('drops a "mixed" speaker the model gives no side when dropMixed is on (eighth session), never a balanced one', () => {
    const mixed = position('Backdoors are risky, but police need a way in.', { reason: 'mixed: "risky" + "need a way in"' });
    const balanced = position('Both sides have a point.', { reason: 'weighs both sides: "both sides"' });
    const unsure = oneSided('neutral');
    expect(refinePositions([mixed, balanced], { model: unsure, dropMixed: false })).toEqual([mixed, balanced]);
    expect(refinePositions([mixed, balanced], { model: unsure, dropMixed: true })).toEqual([balanced]);
  });

  it('gives no side on who the speaker is alone: the words must lean that way too', () => {
    const remark = position('I met the company twice to discuss the order.', { role: 'chief constable' });
    const byRole: StanceModel = { weights: { 'r:constable': [6, -2, -2, -2] }, bias: [0, 0, 0, 0], thresholds: { side: 0.5, none: 0.9 } };
    expect(refinePositions([remark], { model: byRole })).toEqual([remark]);
    const byWords: StanceModel = { ...byRole, weights: { ...byRole.weights, 'w:order': [1, 0, 0, 0] } };
    expect(refinePositions([remark], { model: byWords })[0]?.stance).toBe('pro-access');
  });

  it('leaves a rule-neutral speaker neutral when the model is not sure enough', () => {
    const p = position('Encryption is a complicated issue for police.');
    expect(refinePositions([p], { model: oneSided('pro-access', { side: 1.01, none: 1.01 }) })).toEqual([p]);
  });

  it('drops a rule-neutral speaker the model is sure is off the issue, and keeps it when off', () => {
    const union = position('Our members deserve a fair pay rise and the police must respect the picket.');
    expect(refinePositions([union], { model: oneSided('none') })).toEqual([]);
    expect(refinePositions([union], { model: oneSided('none', { side: 0.5, none: 1.01 }) })).toEqual([union]);
  });

  it('shows a speaker the rules set aside only when the model finds a side in their words', () => {
    const mother = position('I don’t understand how a company gets to decide that I never find out.', { aside: true });
    const model: StanceModel = { weights: { 'w:NOT_company': [6, -2, -2, -2], 'w:NOT_decide': [6, -2, -2, -2] }, bias: [0, 0, 0, 0], thresholds: { side: 0.5, none: 0.9 } };
    const [sided] = refinePositions([mother], { model, aside: true });
    expect(sided?.stance).toBe('pro-access');
    expect(sided && 'aside' in sided).toBe(false);
    // Left without a side, or with the option off, an aside speaker is not shown at all (not
    // even as neutral, unless asideNeutral says so: below).
    expect(refinePositions([mother], { model: oneSided('neutral'), aside: true })).toEqual([]);
    expect(refinePositions([mother], { model, aside: false })).toEqual([]);
  });

  it('with asideNeutral, shows as neutral an aside speaker the model finds neutral, and still drops one it finds off the issue', () => {
    const analyst = position('Both camps have a point, and the committee will have to choose.', { aside: true });
    const [kept] = refinePositions([analyst], { model: oneSided('neutral'), aside: true, asideNeutral: true });
    expect(kept?.stance).toBe('neutral');
    expect(kept && 'aside' in kept).toBe(false);
    expect(refinePositions([analyst], { model: oneSided('none'), aside: true, asideNeutral: true })).toEqual([]);
    // Only when the model may read aside speakers at all.
    expect(refinePositions([analyst], { model: oneSided('neutral'), aside: false, asideNeutral: true })).toEqual([]);
  });
});

describe('analysis with aside speakers', () => {
  const text = 'The minister said police must be able to read encrypted messages under a warrant.\n\n"We had a lovely summer and the fair was busy," said Jo Pike, who runs the village fete.';
  it('never shows them with the rules alone, and returns them flagged for training', () => {
    expect(analyzeText(text, '', { learned: false }).positions.map((p) => p.speaker)).not.toContain('Jo Pike');
    const flagged = analyzeText(text, '', { learned: false, aside: true }).positions.find((p) => p.speaker === 'Jo Pike');
    expect(flagged?.aside).toBe(true);
    expect(analyzeText(text).positions.some((p) => p.aside)).toBe(false);
  });
});

describe('train', () => {
  const ex = (article: number, feats: string[], target: number): Example => ({
    article,
    features: new Map(feats.map((f) => [f, 1 / Math.sqrt(feats.length)])),
    target,
  });
  const data = [
    ex(0, ['w:criminals', 'w:warrant'], 0),
    ex(0, ['w:privacy', 'w:weaken'], 1),
    ex(1, ['w:complicated', 'w:balance'], 2),
    ex(1, ['w:pay', 'w:members'], 3),
    ex(2, ['w:children', 'w:warrant'], 0),
    ex(2, ['w:security', 'w:weaken'], 1),
  ];

  it('is deterministic: the same examples give the same weights', () => {
    const a = train(data, { l2: 0.001, iterations: 50, rate: 2 });
    const b = train(data.map((e) => ({ ...e, features: new Map(e.features) })), { l2: 0.001, iterations: 50, rate: 2 });
    expect(b).toEqual(a);
  });

  it('learns which words point to which side', () => {
    const m = train(data, { l2: 0.001, iterations: 200, rate: 2 });
    expect(m.weights['w:warrant']![0]).toBeGreaterThan(m.weights['w:warrant']![1]!);
    expect(m.weights['w:weaken']![1]).toBeGreaterThan(m.weights['w:weaken']![0]!);
  });
});
