import type { PositionView, Stance } from './model';

export interface Balance {
  access: number;
  encryption: number;
  unclear: number;
}

export function balanceOf(positions: readonly PositionView[]): Balance {
  const count = (s: Stance) => positions.filter((p) => p.stance === s).length;
  return { access: count('pro-access'), encryption: count('pro-encryption'), unclear: count('neutral') };
}

export interface BalancePart {
  side: 'access' | 'encryption' | 'unclear';
  text: string;
}

/** The pieces of the balance line, so the view can give each its icon. */
export function balanceParts(b: Balance): BalancePart[] {
  const voices = (n: number) => `${n} ${n === 1 ? 'voice' : 'voices'}`;
  const parts: BalancePart[] = [
    { side: 'access', text: `${voices(b.access)} for access` },
    { side: 'encryption', text: `${b.encryption} for strong encryption` },
  ];
  if (b.unclear > 0) parts.push({ side: 'unclear', text: `${b.unclear} unclear` });
  return parts;
}

/** "4 voices for access · 7 for strong encryption" (· "1 unclear" when there are such). */
export function balanceLine(b: Balance): string {
  return balanceParts(b)
    .map((p) => p.text)
    .join(' · ');
}

export type ConfidenceLevel = 'high' | 'medium' | 'low';

export function confidenceLevel(confidence: number): ConfidenceLevel {
  if (confidence >= 0.75) return 'high';
  if (confidence >= 0.5) return 'medium';
  return 'low';
}
