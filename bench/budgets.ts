/**
 * The performance budgets of issue 5, one row per target, and the plain-text table the bench
 * prints. Pure: the bench measures, this decides what passes.
 */

export type BudgetKey =
  | 'highlightRatio'
  | 'staticBlock'
  | 'removal'
  | 'dynamicBlock'
  | 'contentScriptGzip'
  | 'popupCodeGzip'
  | 'analysisPer1000Words'
  | 'popupReady';

export interface BudgetSpec {
  key: BudgetKey;
  name: string;
  unit: 'x' | 'ms' | 'bytes';
  limit: number;
  /** Sizes are stable and checked in CI; times vary with the machine and are only reported. */
  kind: 'size' | 'time';
}

export interface BudgetRow {
  name: string;
  value: number | null;
  unit: string;
  limit: number;
  ok: boolean;
  /** Why a value is missing, or what it was measured on. */
  note?: string;
}

/** KB here means 1,000 bytes (as Vite prints them); the limits below are in bytes. */
export const KB = 1000;

export const BUDGETS: readonly BudgetSpec[] = [
  { key: 'highlightRatio', name: 'highlight ÷ bare walk, 1 MB page', unit: 'x', limit: 3, kind: 'time' },
  { key: 'staticBlock', name: 'longest block from us, static pages (≤ 10 MB)', unit: 'ms', limit: 50, kind: 'time' },
  // What the reader can feel when switching off: our longest main-thread task, the frames in
  // which our paced removal runs included (their relayout is ours). The time until the screen
  // is clear and until the DOM is restored are reported beside it (bench/removal.ts).
  { key: 'removal', name: 'remove 10,000 highlights: longest task of ours', unit: 'ms', limit: 50, kind: 'time' },
  { key: 'dynamicBlock', name: 'longest block from us, dynamic page', unit: 'ms', limit: 50, kind: 'time' },
  { key: 'contentScriptGzip', name: 'content script, gzip', unit: 'bytes', limit: 35 * KB, kind: 'size' },
  { key: 'popupCodeGzip', name: 'popup code (data excluded), gzip', unit: 'bytes', limit: 60 * KB, kind: 'size' },
  { key: 'analysisPer1000Words', name: 'analysis per 1,000 words (worst article)', unit: 'ms', limit: 15, kind: 'time' },
  { key: 'popupReady', name: 'popup open to results, seed article', unit: 'ms', limit: 150, kind: 'time' },
];

export interface Measured {
  value: number | null;
  note?: string;
}

/**
 * One row per budget of the chosen kind(s). A budget whose figure is missing (the measurement
 * failed or was skipped) is not ok: a bench that silently loses a figure must not look green.
 */
export function budgetRows(
  measured: Partial<Record<BudgetKey, Measured>>,
  kinds: ReadonlyArray<BudgetSpec['kind']> = ['size', 'time'],
  keys?: ReadonlySet<BudgetKey>,
): BudgetRow[] {
  return BUDGETS.filter((b) => kinds.includes(b.kind) && (!keys || keys.has(b.key))).map((b) => {
    const m = measured[b.key];
    const value = m?.value ?? null;
    const ok = value !== null && Number.isFinite(value) && value <= b.limit;
    const row: BudgetRow = { name: b.name, value, unit: b.unit, limit: b.limit, ok };
    const note = m?.note ?? (value === null ? 'not measured' : undefined);
    if (note) row.note = note;
    return row;
  });
}

export function formatValue(value: number | null, unit: string): string {
  if (value === null || !Number.isFinite(value)) return '—';
  if (unit === 'bytes') return `${(value / KB).toFixed(1)} KB`;
  if (unit === 'x') return `${value.toFixed(2)}×`;
  if (unit === 'ms') return `${value < 10 ? value.toFixed(2) : value.toFixed(1)} ms`;
  return `${value} ${unit}`;
}

/** Left-aligned columns separated by two spaces; the first row is the header. */
export function formatTable(rows: readonly (readonly string[])[]): string {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, cell.length)));
  const line = (row: readonly string[]) => row.map((c, i) => c.padEnd(widths[i]!)).join('  ').trimEnd();
  const [head, ...body] = rows;
  if (!head) return '';
  const rule = widths.map((w) => '-'.repeat(w)).join('  ');
  return [line(head), rule, ...body.map(line)].join('\n');
}

export function budgetTable(rows: readonly BudgetRow[]): string {
  return formatTable([
    ['budget', 'value', 'limit', 'ok', 'note'],
    ...rows.map((r) => [
      r.name,
      formatValue(r.value, r.unit),
      `≤ ${formatValue(r.limit, r.unit)}`,
      r.ok ? 'ok' : 'MISSED',
      r.note ?? '',
    ]),
  ]);
}

export function allOk(rows: readonly BudgetRow[]): boolean {
  return rows.every((r) => r.ok);
}
