// «Карантин» rows: an answer that failed validation is kept whole with its reasons; the same answer is never added twice.
import { normalizeEmail } from '../../domain/model';
import type { WorkbookGateway } from '../../google/sheet-gateway';
import { cellText } from '../../workbook/cells';
import { appendRecords, readTable, type TableSnapshot } from '../../workbook/repository';
import { quarantineTable } from '../../workbook/tables/quarantine';
import { UserError } from '../errors';
import { formatAnswerText } from './answer-text';
import type { FormAnswer } from './response-sheet';

export interface QuarantineEntry {
  answer: FormAnswer;
  /** The form's label in «Форма» (the kind's label in the registry). */
  formLabel: string;
  reasons: string[];
  email: string | null;
  fullName: string;
}

/** The quarantine sheet read in one call, with the keys already in it. */
export interface QuarantineRead {
  snapshot: TableSnapshot;
  keys: Set<string>;
}

export function readQuarantine(workbook: WorkbookGateway, timeZone: string): QuarantineRead {
  const snapshot = readTable(workbook, quarantineTable);
  if (!snapshot.sheet)
    throw new UserError(
      'Нет листа «Карантин», куда откладываются ошибочные ответы форм: выберите «Наставничество → Настроить таблицу».',
    );
  const keys = new Set(
    snapshot
      .rows()
      .map((r) => cellText(r.cells.key, timeZone))
      .filter((k) => k !== ''),
  );
  return { snapshot, keys };
}

const clip = (s: string, n: number) => (s.length > n ? `${s.slice(0, n)}…` : s);

/** Appends the entries not already there (by answer key) in one block; returns each written entry with its sheet row. */
export function appendToQuarantine(
  q: QuarantineRead,
  entries: readonly QuarantineEntry[],
  now: Date,
  timeZone: string,
): Array<{ entry: QuarantineEntry; row: number }> {
  const fresh: QuarantineEntry[] = [];
  for (const e of entries) {
    if (q.keys.has(e.answer.key)) continue;
    q.keys.add(e.answer.key);
    fresh.push(e);
  }
  const rows = appendRecords(
    q.snapshot,
    fresh.map((e) => ({
      at: now,
      form: e.formLabel,
      answeredAt: e.answer.answeredAt ?? '',
      email: e.email ? normalizeEmail(e.email) : '',
      fullName: clip(e.fullName, 300),
      reason: clip(e.reasons.join('; '), 5000),
      answer: formatAnswerText(e.answer.namedValues),
      responseRow: `${e.answer.sheetName}, строка ${e.answer.row}`,
      link: e.answer.link,
      status: 'new',
      result: '',
      key: e.answer.key,
    })),
    timeZone,
  );
  return fresh.map((entry, i) => ({ entry, row: rows[i]! }));
}
