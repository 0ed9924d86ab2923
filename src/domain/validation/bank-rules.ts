// Rules across the rows of one bank: an email (a person's identity) and an id may appear only once.
import { normalizeEmail } from '../model';
import type { Problem } from './problem';

export interface KeyedRow {
  row: number;
  email: string;
  id: string;
}

/** Every row after the first that repeats an email (case-insensitive) or an id is a problem. */
export function findDuplicates(
  sheet: string,
  rows: readonly KeyedRow[],
  headers: { email: string; id: string },
): Problem[] {
  const problems: Problem[] = [];
  const firstByEmail = new Map<string, number>();
  const firstById = new Map<string, number>();
  for (const r of rows) {
    const email = normalizeEmail(r.email);
    if (email) {
      const first = firstByEmail.get(email);
      if (first === undefined) firstByEmail.set(email, r.row);
      else
        problems.push({
          sheet,
          row: r.row,
          column: headers.email,
          value: r.email,
          message: `Этот email уже есть в строке ${first} (регистр букв не важен).`,
          fix: 'Один человек — одна строка: объедините строки или исправьте адрес.',
        });
    }
    const id = r.id.trim();
    if (id) {
      const first = firstById.get(id);
      if (first === undefined) firstById.set(id, r.row);
      else
        problems.push({
          sheet,
          row: r.row,
          column: headers.id,
          value: r.id,
          message: `Номер ${id} уже занят строкой ${first}.`,
          fix: 'Очистите ячейку ID: дополнение выдаст новый номер при проверке данных.',
        });
    }
  }
  return problems;
}
