// Russian plural forms for counts: 1 день, 2 дня, 5 дней, 11 дней, 21 день.

/** The three forms: for 1 (день), for 2–4 (дня), for 5–20 and 0 (дней). */
export type RuForms = readonly [one: string, few: string, many: string];

export function pluralRu(n: number, forms: RuForms): string {
  const abs = Math.abs(Math.trunc(n));
  const mod100 = abs % 100;
  const mod10 = abs % 10;
  // 11–14 take the "many" form even though they end in 1–4.
  if (mod100 >= 11 && mod100 <= 14) return forms[2];
  if (mod10 === 1) return forms[0];
  if (mod10 >= 2 && mod10 <= 4) return forms[1];
  return forms[2];
}

/** "21 день": the number followed by its agreeing form. */
export function countRu(n: number, forms: RuForms): string {
  return `${n} ${pluralRu(n, forms)}`;
}

export const DAY_FORMS: RuForms = ['день', 'дня', 'дней'];
