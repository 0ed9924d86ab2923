// Schema versions of the workbook and the upgrades between them; the version lives in document properties.
import type { WorkbookGateway } from '../google/sheet-gateway';
import { appendHeaders, readTable, writeCells } from './repository';
import { textCell } from './cells';
import { headerKey, type TableSchema } from './table-schema';
import { menteesTable } from './tables/mentees';
import { mentorsTable } from './tables/mentors';
import { sourceRu } from '../domain/model';

/** The version this code writes. Bump it and add a Migration when a change needs more than new columns. */
export const SCHEMA_VERSION = 2;
export const SCHEMA_VERSION_KEY = 'nastavnik.schemaVersion';

export interface Migration {
  from: number;
  to: number;
  /** Russian, for the journal. */
  title: string;
  /** Returns what it changed (Russian lines for the journal). */
  run(workbook: WorkbookGateway): string[];
}

/**
 * v1 (before the add-on tracked provenance): the banks had «Стаж» and no «Источник».
 * v2: «Стаж» is renamed «Педагогический стаж, лет» (a second experience column, «в этой школе», appeared),
 * and existing rows get «Источник» = «вручную»: they were typed before the add-on recorded where rows come from.
 */
const v1ToV2: Migration = {
  from: 1,
  to: 2,
  title: 'Обновление таблицы до версии 2',
  run(workbook) {
    const done: string[] = [];
    for (const table of [mentorsTable, menteesTable] as TableSchema[]) {
      let snapshot = readTable(workbook, table);
      if (!snapshot.sheet) continue;
      const old = snapshot.headers.findIndex((h) => headerKey(h) === headerKey('Стаж'));
      if (old >= 0) {
        const header = table.columns.find((c) => c.field === 'experienceYears')!.header;
        snapshot.sheet.writeBlock(1, old + 1, [[textCell(header)]]);
        done.push(`${table.sheetName}: столбец «Стаж» переименован в «${header}».`);
      }
      if (!snapshot.columns.has('source')) {
        snapshot = appendHeaders(
          snapshot,
          table.columns.filter((c) => c.field === 'source'),
        );
        const rows = snapshot.rows().map((r) => r.row);
        writeCells(
          snapshot,
          rows.map((row) => ({ row, field: 'source', value: sourceRu.manual })),
        );
        done.push(`${table.sheetName}: добавлен столбец «Источник», ${rows.length} строк отмечены «вручную».`);
      }
    }
    return done;
  },
};

export const migrations: readonly Migration[] = [v1ToV2];

/** The migrations that take a workbook from `version` to SCHEMA_VERSION, in order. */
export function migrationsFrom(version: number): Migration[] {
  const out: Migration[] = [];
  let v = version;
  while (v < SCHEMA_VERSION) {
    const m = migrations.find((x) => x.from === v);
    if (!m) throw new Error(`no migration from schema version ${v}`);
    out.push(m);
    v = m.to;
  }
  return out;
}
