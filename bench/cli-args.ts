/** Command-line pieces shared by the one-off bench tools (profile, render-cost, style-walk, the A/B tools). */

/** Generated page sizes the tools accept as `--size=`. */
export const PAGE_SIZES: Record<string, number> = { '100KB': 100_000, '1MB': 1_000_000, '10MB': 10_000_000 };

/** The value of `--name=value`, or `fallback`. */
export function arg(name: string, fallback: string): string {
  const hit = process.argv.find((a) => a.startsWith(`--${name}=`));
  return hit ? hit.slice(name.length + 3) : fallback;
}

/** `--size=` as a label and a byte count (an unknown size is refused with the list). */
export function pageSizeArg(fallback: string): { size: string; bytes: number } {
  const size = arg('size', fallback);
  const bytes = PAGE_SIZES[size];
  if (!bytes) throw new Error(`--size must be one of ${Object.keys(PAGE_SIZES).join(', ')}`);
  return { size, bytes };
}
