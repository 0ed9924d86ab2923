// The «Документы» panel at a glance: the pairs to choose from, the register with links, the run to resume, the quota.
import { academicYearLabel } from '../../domain/calendar/academic-year';
import { formRu, pairStatusRu } from '../../domain/model';
import { knownFolder } from '../../google/docs';
import { selectedRowsOn } from '../../google/selection';
import { documentStatusRu, documentTypeRu, documentsTable } from '../../workbook/tables/documents';
import { pairsTable } from '../../workbook/tables/pairs';
import type { AppContext } from '../context';
import { UserError } from '../errors';
import { consentProblems } from '../../domain/documents/participants';
import { folderName, loadDocumentsData } from './load';
import { readQuota } from './quota';
import { currentRun, type RunProgress } from './run';

export interface DocumentsOverview {
  /** «Документы» and «План» exist (setup ran since the feature arrived). */
  ready: boolean;
  academicYear: string;
  folder: { name: string; url: string };
  pairs: Array<{
    id: string;
    row: number;
    form: string;
    mentors: string;
    mentees: string;
    status: string;
    /** Every participant has written consent dated by today. */
    consent: boolean;
    orderLink: string;
    programLink: string;
  }>;
  register: Array<{
    key: string;
    title: string;
    type: string;
    status: string;
    version: number;
    url: string;
    at: string;
    message: string;
    row: number;
  }>;
  run: RunProgress | null;
  quota: { used: number; limit: number };
}

/** The panel shows this many pairs to tick; the rest are reachable through «выделенные на листе». */
export const OVERVIEW_PAIRS = 500;

export function documentsOverview(ctx: AppContext): DocumentsOverview {
  const data = loadDocumentsData(ctx);
  const workbook = data.check.workbook;
  const folder = knownFolder(ctx, folderName(data));
  const today = ctx.today();
  const quota = readQuota(ctx, data.docSettings.dailyDocumentLimit);
  return {
    ready: workbook.sheet(documentsTable.sheetName) !== null && workbook.sheet('План') !== null,
    academicYear: academicYearLabel(data.settings.academicYear),
    folder: { name: folderName(data), url: folder ? `https://drive.google.com/drive/folders/${folder}` : '' },
    pairs: [...data.resolved.values()].slice(0, OVERVIEW_PAIRS).map(({ record, pair }) => ({
      id: pair.pair.id,
      row: record.row,
      form: formRu[pair.pair.form],
      mentors: pair.mentors.map((m) => m.fullName).join(', '),
      mentees: pair.mentees.map((m) => m.fullName).join(', '),
      status: pairStatusRu[pair.pair.status],
      consent: consentProblems(pair, today).length === 0,
      orderLink: pair.pair.orderLink,
      programLink: pair.pair.programLink,
    })),
    register: data.register.entries.map((e) => ({
      key: e.key,
      title: e.title,
      type: e.type ? documentTypeRu[e.type] : '',
      status: e.status ? documentStatusRu[e.status] : '',
      version: e.version,
      url: e.link,
      at: e.at ? e.at.toISOString() : '',
      message: e.message,
      row: e.row,
    })),
    run: currentRun(ctx, data),
    quota: { used: quota.used, limit: quota.limit },
  };
}

/** The pair ids of the rows selected on «Пары и группы» («выделенные на листе»). */
export function selectedPairIds(ctx: AppContext): string[] {
  const rows = selectedRowsOn(ctx, pairsTable.sheetName);
  if (!rows) throw new UserError('Выделите строки пар на листе «Пары и группы» и нажмите кнопку ещё раз.');
  const data = loadDocumentsData(ctx);
  const wanted = new Set(rows);
  const ids = data.pairs.snapshot
    .rows()
    .filter((r) => wanted.has(r.row))
    .map((r) => String(r.cells.id ?? '').trim())
    .filter(Boolean);
  if (!ids.length) throw new UserError('В выделенных строках листа «Пары и группы» нет пар с ID.');
  return ids;
}
