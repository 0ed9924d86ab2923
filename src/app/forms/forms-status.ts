// What the «Формы» panel shows: each form's state and links, whether the trigger is installed, answers waiting, and
// the «Карантин» rows that wait for the curator's decision.
import { documentStore } from '../../google/document-properties';
import { openForm } from '../../google/forms/form-files';
import { workbookOf, type WorkbookGateway } from '../../google/sheet-gateway';
import { triggerStatus } from '../../google/triggers';
import { cellText } from '../../workbook/cells';
import { readTable } from '../../workbook/repository';
import { settingsFrom } from '../../workbook/settings';
import { quarantineStatusRu, quarantineTable } from '../../workbook/tables/quarantine';
import { settingsTable, type SettingKey } from '../../workbook/tables/settings';
import type { AppContext } from '../context';
import { formKinds } from './form-kinds';
import { formRecordFrom, type FormRecord } from './form-records';
import { FORM_SUBMIT_HANDLER } from './handle-submit';
import { pendingAnswers, readProcessed, type ProcessedAnswers } from './processed-answers';
import { readResponseSheet } from './response-sheet';

export type FormState = 'none' | 'open' | 'closed' | 'trashed' | 'deleted' | 'incomplete';

export interface FormStatus {
  kind: string;
  label: string;
  state: FormState;
  id: string;
  editUrl: string;
  publishedUrl: string;
  sheet: string;
  sheetUrl: string;
  /** Answers in the response sheet. */
  answers: number;
  /** Answers not filed yet (their trigger failed or is missing). */
  pending: number;
}

export interface QuarantineItem {
  row: number;
  key: string;
  /** ISO instant. */
  at: string;
  form: string;
  email: string;
  fullName: string;
  reason: string;
  answer: string;
  responseRow: string;
  link: string;
}

export interface FormsStatus {
  isSetUp: boolean;
  forms: FormStatus[];
  trigger: { installed: boolean; count: number };
  quarantine: { url: string; waiting: QuarantineItem[]; total: number };
}

/** A recorded form's state: opened by id (one FormApp call), or 'none' when nothing is recorded. */
export function formStateOf(ctx: AppContext, r: FormRecord, responseSheetExists: boolean): FormState {
  if (!r.id) return 'none';
  const opened = openForm(ctx, r.id);
  if (opened.state !== 'ok') return opened.state;
  if (!r.url || !responseSheetExists) return 'incomplete';
  return opened.form.isAcceptingResponses() ? 'open' : 'closed';
}

/**
 * The request form as the roadmap sees it (item 2.1): whether teachers can answer it now, and the link to send them.
 * `open` is null when no form was created by the add-on (the school may collect requests another way).
 */
export function requestFormAvailability(
  ctx: AppContext,
  workbook: WorkbookGateway,
  raw: Partial<Record<SettingKey, string>>,
): { open: boolean | null; url: string | null } {
  const kind = formKinds.find((k) => k.key === 'requests');
  if (!kind) return { open: null, url: null };
  const r = formRecordFrom(raw, kind.settings);
  const state = formStateOf(ctx, r, r.sheet !== '' && workbook.sheet(r.sheet) !== null);
  if (state === 'none') return { open: null, url: null };
  return { open: state === 'open', url: state === 'open' ? r.url : null };
}

/** Rows shown in the panel at most (the sheet has them all). */
const SHOWN = 50;

export function getFormsStatus(ctx: AppContext): FormsStatus {
  const tz = ctx.timeZone();
  const workbook = workbookOf(ctx);
  const settings = readTable(workbook, settingsTable);
  const trigger = triggerStatus(ctx, 'formSubmit', FORM_SUBMIT_HANDLER);
  if (!settings.sheet)
    return {
      isSetUp: false,
      forms: [],
      trigger: { installed: trigger.installed, count: trigger.count },
      quarantine: { url: '', waiting: [], total: 0 },
    };
  const raw = settingsFrom(settings, tz).raw;
  const store = documentStore(ctx);
  const forms = formKinds.map((kind): FormStatus => {
    const r = formRecordFrom(raw, kind.settings);
    const sheetGateway = r.sheet ? workbook.sheet(r.sheet) : null;
    let answers = 0;
    let pending = 0;
    if (sheetGateway) {
      let processed: ProcessedAnswers = { w: -Infinity, k: [] };
      const sheet = readResponseSheet(workbook, sheetGateway, tz, (id) => (processed = readProcessed(store, id)).w);
      answers = sheet.answered;
      pending = pendingAnswers(processed, sheet.answers).length;
    }
    const state = formStateOf(ctx, r, sheetGateway !== null);
    return {
      kind: kind.key,
      label: kind.label,
      state,
      id: r.id,
      editUrl: r.editUrl,
      publishedUrl: r.url,
      sheet: r.sheet,
      sheetUrl: sheetGateway ? workbook.sheetUrl(r.sheet) : '',
      answers,
      pending,
    };
  });
  const q = readTable(workbook, quarantineTable);
  const waitingRows = q.rows().filter((row) => cellText(row.cells.status, tz) === quarantineStatusRu.new);
  const waiting = waitingRows.slice(-SHOWN).map((row): QuarantineItem => ({
    row: row.row,
    key: cellText(row.cells.key, tz),
    at: row.cells.at instanceof Date ? row.cells.at.toISOString() : '',
    form: cellText(row.cells.form, tz),
    email: cellText(row.cells.email, tz),
    fullName: cellText(row.cells.fullName, tz),
    reason: cellText(row.cells.reason, tz),
    answer: cellText(row.cells.answer, tz).slice(0, 3000),
    responseRow: cellText(row.cells.responseRow, tz),
    link: cellText(row.cells.link, tz),
  }));
  return {
    isSetUp: true,
    forms,
    trigger: { installed: trigger.installed, count: trigger.count },
    quarantine: {
      url: q.sheet ? workbook.sheetUrl(quarantineTable.sheetName) : '',
      waiting,
      total: waitingRows.length,
    },
  };
}
