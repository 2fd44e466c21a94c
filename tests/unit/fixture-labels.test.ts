import { describe, expect, it } from 'vitest';
import { checkFixtures, readTraps } from '../fixtures/check-fixtures';

/**
 * The hand-written fixtures are the yardstick for highlighting and position extraction, so
 * they are checked like code: label files well-formed, evidence verbatim in the article,
 * word counts in range, no external resources, off-topic traps really on their pages.
 */
describe('fixture pages and labels', () => {
  const reports = checkFixtures();

  it('covers the sample article, at least 8 labelled articles and 5 off-topic pages', () => {
    expect(reports.filter((r) => r.kind === 'sample')).toHaveLength(1);
    expect(reports.filter((r) => r.kind === 'article').length).toBeGreaterThanOrEqual(8);
    expect(reports.filter((r) => r.kind === 'offtopic').length).toBeGreaterThanOrEqual(5);
    expect(Object.keys(readTraps()).length).toBeGreaterThanOrEqual(5);
  });

  it('includes an article with no positions, both sides, and neutral speakers', () => {
    const articles = reports.filter((r) => r.kind === 'article');
    expect(articles.some((r) => r.positions === 0)).toBe(true);
    expect(articles.filter((r) => r.positions > 0).length).toBeGreaterThanOrEqual(8);
    const total = (stance: string) => articles.reduce((n, r) => n + (r.stances[stance] ?? 0), 0);
    expect(total('pro-access')).toBeGreaterThanOrEqual(10);
    expect(total('pro-encryption')).toBeGreaterThanOrEqual(10);
    expect(total('neutral')).toBeGreaterThanOrEqual(3);
  });

  for (const report of reports) {
    const name = report.file.replace(/^.*tests\/fixtures\//, '');
    it(`${name} is valid`, () => {
      expect(report.problems).toEqual([]);
    });
  }
});
