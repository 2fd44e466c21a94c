import { t } from '../../utils/i18n';
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
  const parts: BalancePart[] = [
    { side: 'access', text: b.access === 1 ? t('oneVoiceForAccess') : t('voicesForAccess', String(b.access)) },
    { side: 'encryption', text: t('countForEncryption', String(b.encryption)) },
  ];
  if (b.unclear > 0) parts.push({ side: 'unclear', text: t('unclearCount', String(b.unclear)) });
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
