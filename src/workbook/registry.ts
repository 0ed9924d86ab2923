// The one list of the workbook's tables: setup creates them in this order; later issues register theirs here.
import type { TableSchema } from './table-schema';
import { bankAnalysisTable } from './tables/bank-analysis';
import { activitiesTable } from './tables/activities';
import { dictionariesTable } from './tables/dictionaries';
import { documentsTable } from './tables/documents';
import { eventsTable } from './tables/events';
import { importTable } from './tables/import';
import { journalTable } from './tables/journal';
import { menteesTable } from './tables/mentees';
import { mentorsTable } from './tables/mentors';
import { monitoringTable } from './tables/monitoring';
import { monitoringInvitesTable } from './tables/monitoring-invites';
import { monitoringQuestionsTable } from './tables/monitoring-questions';
import { pairsTable } from './tables/pairs';
import { quarantineTable } from './tables/quarantine';
import { roadmapTable } from './tables/roadmap';
import { planTable } from './tables/plan';
import { practicesTable } from './tables/practices';
import { publicationsTable } from './tables/publications';
import { settingsTable } from './tables/settings';
import { staffTable } from './tables/staff';

/** Add a sheet: declare its TableSchema in src/workbook/tables/<name>.ts and list it here. */
export const workbookTables: readonly TableSchema[] = [
  settingsTable,
  dictionariesTable,
  mentorsTable,
  menteesTable,
  pairsTable,
  importTable,
  quarantineTable,
  roadmapTable,
  staffTable,
  bankAnalysisTable,
  activitiesTable,
  planTable,
  documentsTable,
  eventsTable,
  practicesTable,
  publicationsTable,
  monitoringQuestionsTable,
  monitoringInvitesTable,
  monitoringTable,
  journalTable,
] as readonly TableSchema[];

export function tableByKey(key: string): TableSchema | undefined {
  return workbookTables.find((t) => t.key === key);
}
