import { readdirSync, readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { analyzeDocument } from '../../../analysis';
import { prf, scorePositions } from '../../../cli/score';

const SEED = '../shared/fixtures/seed-article.html';
const FIXTURES = 'tests/fixtures/articles';
const doc = (path: string) => new JSDOM(readFileSync(path, 'utf8')).window.document;

describe('analyzeDocument on the seed article', () => {
  const result = analyzeDocument(doc(SEED))!;
  const labels = JSON.parse(readFileSync(SEED.replace('.html', '.json'), 'utf8'));

  it('finds every required position and no spurious speaker', () => {
    const score = scorePositions(result.positions, labels.positions);
    expect(score.missed.map((m) => m.speaker)).toEqual([]);
    expect(score.spurious.map((s) => `${s.speaker} (${s.stance})`)).toEqual([]);
  });

  it('keeps one position per speaker, merging their statements, each with a locator', () => {
    const names = result.positions.map((p) => p.speaker);
    expect(new Set(names).size).toBe(names.length);
    const laguna = result.positions.find((p) => p.speaker === 'Rafael Laguna')!;
    expect(laguna.role).toBe('CEO of comms firm Open-Xchange');
    expect(laguna.statements.length).toBeGreaterThanOrEqual(3);
    expect(laguna.statements.some((s) => s.kind === 'direct')).toBe(true);
    expect(laguna.statements.some((s) => s.kind === 'indirect')).toBe(true);
    for (const p of result.positions) {
      expect(p.confidence).toBeGreaterThanOrEqual(0);
      expect(p.confidence).toBeLessThanOrEqual(1);
      expect(p.reason.length).toBeGreaterThan(0);
      for (const s of p.statements) expect(s.locator.sentence).toContain(s.text.slice(0, 20));
    }
  });

  it('reports the glossary terms the highlighter would highlight', () => {
    const ids = result.terms.map((t) => t.id);
    expect(ids).toEqual(expect.arrayContaining(['backdoor', 'end-to-end-encryption', 'enisa', 'european-commission', 'fbi', 'stuxnet']));
    const backdoor = result.terms.find((t) => t.id === 'backdoor')!;
    expect(backdoor.count).toBeGreaterThanOrEqual(5);
    expect(backdoor.matched).toContain('backdoors');
  });
});

describe('analyzeDocument on our labelled fixtures', () => {
  const files = readdirSync(FIXTURES).filter((f) => f.endsWith('.json'));
  it.each(files)('%s scores F1 ≥ 0.75', (file) => {
    const labels = JSON.parse(readFileSync(`${FIXTURES}/${file}`, 'utf8'));
    const result = analyzeDocument(doc(`${FIXTURES}/${labels.page}`));
    const score = scorePositions(result?.positions ?? [], labels.positions);
    expect(prf(score.tp, score.fp, score.fn).f1, JSON.stringify({ spurious: score.spurious, missed: score.missed.map((m) => m.speaker) })).toBeGreaterThanOrEqual(0.75);
  });
});

// Speed is measured by `npm run bench` (analysis per 1,000 words), not asserted here; this only
// guards against a hang on a pathological input.
describe('bounds', () => {
  it('answers on a huge single paragraph in bounded time', () => {
    const para = 'Jane Doe, a researcher, said: “Backdoors would weaken security.” The minister said police needed lawful access. ';
    const html = `<html><body><article><p>${para.repeat(Math.ceil(2e6 / para.length))}</p></article></body></html>`;
    const d = new JSDOM(html).window.document;
    const t0 = performance.now();
    const result = analyzeDocument(d);
    expect(performance.now() - t0).toBeLessThan(15_000);
    expect(result?.positions.length).toBeGreaterThan(0);
    // (Vitest's own 5 s limit would cut it short on a loaded machine before the bound above decides.)
  }, 30_000);
});

describe('analyzeDocument on a live blog', () => {
  it('reads a post set as a list item after "posted this:" as the poster’s', () => {
    const html = '<html lang="en"><body><article><h1>Live: the lawful access hearing</h1><ul><li>Opposition MP Lea Sand, who will vote against the bill, posted this shortly after:</li><li>They want a power that weakens security for 5 million people. This is the wrong tool.</li><li>More from the committee room later this afternoon, as the hearing goes on.</li></ul></article></body></html>';
    const result = analyzeDocument(new JSDOM(html).window.document)!;
    expect(result.positions.map((p) => `${p.speaker}: ${p.stance}`)).toEqual(['Lea Sand: pro-encryption']);
  });
});
