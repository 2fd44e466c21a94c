export interface BalanceBarProps {
  access: number;
  encryption: number;
  unclear: number;
  /** The same figures in words; the bar is a picture of this line. */
  label: string;
}

/** Proportions of voices per side. Each side also has its own pattern, not only its colour. */
export function BalanceBar({ access, encryption, unclear, label }: BalanceBarProps) {
  const total = access + encryption + unclear;
  if (total === 0) return null;
  const pct = (n: number) => `${(n / total) * 100}%`;
  return (
    <div class="balance-bar" role="img" aria-label={label}>
      {access > 0 && <span class="seg seg-access" style={{ width: pct(access) }} />}
      {unclear > 0 && <span class="seg seg-unclear" style={{ width: pct(unclear) }} />}
      {encryption > 0 && <span class="seg seg-encryption" style={{ width: pct(encryption) }} />}
    </div>
  );
}
