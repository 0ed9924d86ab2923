// Use case «Настроить таблицу»: migrate, create missing sheets and columns, refresh formats; safe to run again.
import { academicYearLabel, academicYearOf } from '../domain/calendar/academic-year';
import { documentStore } from '../google/document-properties';
import { withDocumentLock } from '../google/lock';
import { workbookOf } from '../google/sheet-gateway';
import { migrationsFrom, SCHEMA_VERSION, SCHEMA_VERSION_KEY } from '../workbook/migrations';
import { workbookTables } from '../workbook/registry';
import { appendRecords, type TableSnapshot } from '../workbook/repository';
import { ensureTable, formatTable, seedDictionaries, seedSettings, type TableSetupReport } from '../workbook/setup';
import { dictionariesTable } from '../workbook/tables/dictionaries';
import { mentorsTable } from '../workbook/tables/mentors';
import { seedRoadmap } from '../workbook/roadmap';
import { roadmapTable } from '../workbook/tables/roadmap';
import { settingsTable } from '../workbook/tables/settings';
import type { AppContext } from './context';
import { UserError } from './errors';
import { appendJournal, type JournalEntry } from './journal';

export interface SetupResult {
  /** Version found before this run (null: a new workbook). */
  previousVersion: number | null;
  version: number;
  createdSheets: string[];
  addedColumns: Array<{ sheet: string; columns: string[] }>;
  seeded: string[];
  migrations: string[];
}

export function setupWorkbook(ctx: AppContext): SetupResult {
  return withDocumentLock(ctx, () => {
    const workbook = workbookOf(ctx);
    const store = documentStore(ctx);
    const stored = store.get(SCHEMA_VERSION_KEY);
    // No version but a mentor bank: a workbook from before versions were kept (v1). Neither: a new workbook.
    const previousVersion = stored ? Number(stored) : workbook.sheet(mentorsTable.sheetName) ? 1 : null;
    if (previousVersion !== null && (!Number.isInteger(previousVersion) || previousVersion > SCHEMA_VERSION)) {
      throw new UserError(
        `Таблица настроена более новой версией дополнения (схема ${stored}, эта версия понимает до ${SCHEMA_VERSION}). Обновите дополнение.`,
      );
    }
    const journal: JournalEntry[] = [];
    const migrationNotes: string[] = [];
    for (const m of previousVersion === null ? [] : migrationsFrom(previousVersion)) {
      const notes = m.run(workbook);
      migrationNotes.push(...notes);
      journal.push({ what: m.title, details: notes.join(' ') || 'Изменений не потребовалось.' });
    }

    const reports: TableSetupReport[] = [];
    const snapshots = new Map<string, TableSnapshot>();
    const newColumns = new Map<string, Set<string>>();
    for (const table of workbookTables) {
      const report: TableSetupReport = { sheet: table.sheetName, created: false, addedColumns: [], seeded: [] };
      const snapshot = ensureTable(workbook, table, report);
      snapshots.set(table.key, snapshot);
      newColumns.set(
        table.key,
        new Set(
          table.columns.filter((c) => report.created || report.addedColumns.includes(c.header)).map((c) => c.field),
        ),
      );
      reports.push(report);
    }
    const dictionaries = snapshots.get(dictionariesTable.key) ?? null;
    // Formats before seeds: text cells must be '@' before "2026/2027" or "14, 7, 1" is written into them.
    for (const [key, snapshot] of snapshots) formatTable(snapshot, dictionaries, newColumns.get(key)!);
    const byKey = (key: string) => reports.find((r) => r.sheet === snapshots.get(key)!.table.sheetName)!;
    if (dictionaries) seedDictionaries(dictionaries, byKey(dictionariesTable.key));
    const settings = snapshots.get(settingsTable.key);
    if (settings) {
      seedSettings(
        settings,
        {
          timeZone: ctx.timeZone(),
          settingSeeds: { academicYear: academicYearLabel(academicYearOf(ctx.today())), timeZone: ctx.timeZone() },
        },
        byKey(settingsTable.key),
      );
    }
    const roadmap = snapshots.get(roadmapTable.key);
    if (roadmap) seedRoadmap(roadmap, ctx.timeZone(), byKey(roadmapTable.key));
    // Tables with seed rows (e.g. «Типовые мероприятия») get them once, while they have no data rows.
    for (const [key, snapshot] of snapshots) {
      const seed = snapshot.table.seedRows;
      if (!seed || !snapshot.sheet || snapshot.rows().length > 0) continue;
      appendRecords(snapshot, seed(), ctx.timeZone());
      byKey(key).seeded.push(snapshot.table.sheetName);
    }
    store.set(SCHEMA_VERSION_KEY, String(SCHEMA_VERSION));

    const result: SetupResult = {
      previousVersion,
      version: SCHEMA_VERSION,
      createdSheets: reports.filter((r) => r.created).map((r) => r.sheet),
      addedColumns: reports
        .filter((r) => !r.created && r.addedColumns.length)
        .map((r) => ({ sheet: r.sheet, columns: r.addedColumns })),
      seeded: reports.flatMap((r) => r.seeded),
      migrations: migrationNotes,
    };
    journal.push({
      what: 'Настройка таблицы',
      details: [
        result.createdSheets.length ? `Созданы листы: ${result.createdSheets.join(', ')}.` : 'Все листы на месте.',
        ...result.addedColumns.map(
          (a) => `${a.sheet}: добавлены столбцы ${a.columns.map((c) => `«${c}»`).join(', ')}.`,
        ),
        result.seeded.length ? `Заполнено по умолчанию: ${result.seeded.join(', ')}.` : '',
        'Оформление, форматы и выпадающие списки обновлены.',
      ]
        .filter(Boolean)
        .join(' '),
    });
    appendJournal(ctx, workbook, journal);
    return result;
  });
}
