// Reads «Типовые мероприятия» into the ПНП activity library; a row the program cannot use is reported, not used.
import { normalizeTerm } from '../domain/model';
import type { LibraryActivity } from '../domain/documents/program';
import { parseMonthOffsets } from '../domain/documents/plan-schedule';
import type { Problem } from '../domain/validation/problem';
import { defaultActivityLibrary } from '../domain/vocabulary/defaults';
import { matchTerm, type Vocabulary } from '../domain/vocabulary/vocabulary';
import { cellText } from './cells';
import type { TableSnapshot } from './repository';
import { parseRow, rowSchema } from './row-schema';
import { columnOf, type TableSchema } from './table-schema';
import { activitiesTable, ALL_PROGRAMS } from './tables/activities';

export interface ActivitiesRead {
  library: LibraryActivity[];
  problems: Problem[];
  /** False when the sheet is missing: the built-in library is used until setup creates it. */
  fromSheet: boolean;
}

const header = (f: string) => columnOf(activitiesTable as TableSchema<string>, f).header;

export function readActivities(snapshot: TableSnapshot, timeZone: string, vocabulary: Vocabulary): ActivitiesRead {
  if (!snapshot.sheet) return { library: [...defaultActivityLibrary], problems: [], fromSheet: false };
  const schema = rowSchema(activitiesTable, { timeZone, vocabulary });
  const library: LibraryActivity[] = [];
  const problems: Problem[] = [];
  const sheet = activitiesTable.sheetName;
  for (const r of snapshot.rows()) {
    const parsed = parseRow(schema, activitiesTable, r.row, r.cells);
    if (!parsed.ok) {
      problems.push(...parsed.problems);
      continue;
    }
    const v = parsed.value as Record<string, string>;
    const requestText = v.request!.trim();
    let request: string;
    if (normalizeTerm(requestText) === normalizeTerm(ALL_PROGRAMS) || requestText === '*') request = '*';
    else {
      const m = matchTerm(requestText, vocabulary.competencies);
      if (m.kind !== 'exact') {
        problems.push({
          sheet,
          row: r.row,
          column: header('request'),
          value: requestText,
          message: `Запроса «${requestText}» нет в списке «Профессиональные запросы / компетенции»: мероприятие не попадёт ни в одну программу.`,
          fix:
            m.kind === 'near'
              ? `Возможно, имелось в виду «${m.value}».`
              : `Выберите запрос из листа «Справочники» или напишите «${ALL_PROGRAMS}».`,
          ...(m.kind === 'near' ? { suggestion: m.value } : {}),
        });
        continue;
      }
      request = m.value;
    }
    const months = cellText(r.cells.months, timeZone) || 'по запросу';
    if (parseMonthOffsets(months) === 'on-request' && !/^по\s+запросу$/i.test(months.trim())) {
      problems.push({
        sheet,
        row: r.row,
        column: header('months'),
        value: months,
        message: `«${months}» — не срок: нужен месяц программы («1»), отрезок («2–3») или «по запросу».`,
        fix: 'Исправьте срок; до исправления мероприятие не включается в программы.',
      });
      continue;
    }
    library.push({
      request,
      activity: v.activity!.trim(),
      form: (v.form ?? '').trim(),
      months,
      result: (v.result ?? '').trim(),
      report: (v.report ?? '').trim(),
    });
  }
  return { library, problems, fromSheet: true };
}
