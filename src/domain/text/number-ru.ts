// Numbers as Russian text: a decimal comma («8,6») and percentages with a non-breaking space («87 %»).

/** 8.64 → «8,6»; whole numbers stay whole («9»). */
export function decimalRu(n: number, digits = 1): string {
  const f = 10 ** digits;
  const r = Math.round(n * f) / f;
  return String(r).replace('.', ',');
}

/** 0.873 → «87 %». */
export function percentRu(share: number): string {
  return `${Math.round(share * 100)}\u00a0%`;
}

/** A signed change: +1,5 / −0,5 / 0. */
export function signedRu(n: number, digits = 1): string {
  const t = decimalRu(Math.abs(n), digits);
  if (t === '0') return '0';
  return `${n > 0 ? '+' : '−'}${t}`;
}
