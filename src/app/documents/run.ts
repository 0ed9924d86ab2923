// A generation run: started once (every document queued in «Документы»), then continued batch by batch from the
// sidebar, each batch well inside the 6-minute limit; an interrupted run resumes from the register with nothing done
// twice (files are tagged in Drive, so even a document created just before a crash is found again) or skipped.
import { boundedList, CELL_TEXT_LIMIT } from '../../domain/text/bounded-list';
import { decide } from '../../domain/documents/regeneration';
import { templateTitleRu } from '../../domain/documents/school-templates';
import { pairStatusRu, type PairStatus } from '../../domain/model';
import {
  copyTemplate,
  copyTemplateInto,
  createDocInFolder,
  driveOf,
  docUrl,
  driveQueryString,
  ensureFolder,
  fileInfo,
  fillFromTemplate,
  knownFolder,
  listFiles,
  renderToGoogleDoc,
  textWidthOf,
} from '../../google/docs';
import { deleteJson, loadJson, saveJson } from '../../google/json-properties';
import { withDocumentLock } from '../../google/lock';
import { cellText } from '../../workbook/cells';
import {
  emptyEntry,
  readRegister,
  registerRecord,
  registerUpdates,
  type RegisterEntry,
} from '../../workbook/documents-register';
import { planChanges, type ProgramPlan } from '../../workbook/plan-sheet';
import {
  appendRecords,
  encodeCell,
  readTable,
  writeCells,
  type CellUpdate,
  type TableSnapshot,
} from '../../workbook/repository';
import { workbookOf } from '../../google/sheet-gateway';
import { columnOf, type TableSchema } from '../../workbook/table-schema';
import { documentsTable, type DocumentField, type DocumentStatus } from '../../workbook/tables/documents';
import { pairsTable } from '../../workbook/tables/pairs';
import { planTable } from '../../workbook/tables/plan';
import type { AppContext } from '../context';
import { UserError } from '../errors';
import { appendJournal } from '../journal';
import { fileStates } from './drive-state';
import {
  buildItems,
  kindRu,
  type BuiltItem,
  type ConsentMode,
  type GenerationKind,
  type GenerationRequest,
} from './items';
import { folderName, loadDocumentsData, type DocumentsData } from './load';
import { countCreated, quotaMessage, readQuota, type QuotaState } from './quota';
import { activeTemplates } from './templates';

const RUN_KEY = 'docs.run';

/** Documents written per batch: about 4 estimated Apps Script seconds each (bench), so a batch ends near a minute. */
export const BATCH_DOCUMENTS = 8;
/** Real time a batch may spend before it hands back to the sidebar (a guard besides the count). */
export const BATCH_BUDGET_MS = 120_000;
/** How long a batch holds the run against another window; past it a crashed batch no longer blocks the run. */
export const LEASE_MS = 7 * 60_000;

/** appProperties of every generated file: the register key and the run that created it. */
export const FILE_KEY = 'nastavnikKey';
export const FILE_RUN = 'nastavnikRun';

interface RunState {
  id: string;
  kind: GenerationKind;
  consentMode: ConsentMode;
  pairIds: string[] | null;
  startedAt: string;
  by: string;
  total: number;
  /** Keys of hand-edited documents the curator agreed to overwrite. */
  overwrite: string[];
  lease: { client: string; until: number } | null;
}

export interface ProcessedItem {
  key: string;
  title: string;
  status: DocumentStatus;
  url: string;
  message: string;
}

export interface RunProgress {
  runId: string;
  kind: GenerationKind;
  total: number;
  done: number;
  edited: number;
  errors: number;
  cancelled: number;
  remaining: number;
  finished: boolean;
  /** Why the batch stopped early: the daily quota, another window holds the run, Google refused a new file. */
  stopped: 'quota' | 'busy' | 'create_failed' | null;
  message: string;
  /** What this call did, in order. */
  processed: ProcessedItem[];
  quota: { used: number; limit: number };
}

export interface StartInput {
  request: GenerationRequest;
  /** Keys of documents edited by hand that the curator agreed to overwrite. */
  overwrite: readonly string[];
}

function newRunId(ctx: AppContext): string {
  return `R${ctx.now().getTime().toString(36)}${Math.floor(Math.random() * 1296).toString(36)}`;
}

function loadRun(ctx: AppContext): RunState | null {
  return loadJson<RunState>(ctx, RUN_KEY);
}

/** The run in progress (an interrupted one included), for the sidebar to offer «Продолжить». */
export function currentRun(ctx: AppContext, data?: DocumentsData): RunProgress | null {
  const state = loadRun(ctx);
  if (!state) return null;
  const d = data ?? loadDocumentsData(ctx);
  return progressOf(state, d.register.entries, [], null, '', readQuota(ctx, d.docSettings.dailyDocumentLimit));
}

function progressOf(
  state: RunState,
  entries: readonly RegisterEntry[],
  processed: ProcessedItem[],
  stopped: RunProgress['stopped'],
  message: string,
  quota: QuotaState,
): RunProgress {
  const mine = entries.filter((e) => e.run === state.id);
  const count = (s: DocumentStatus) => mine.filter((e) => e.status === s).length;
  const remaining = count('queued');
  return {
    runId: state.id,
    kind: state.kind,
    total: state.total,
    done: count('done'),
    edited: count('edited'),
    errors: count('error'),
    cancelled: count('cancelled'),
    remaining,
    finished: remaining === 0,
    stopped,
    message,
    processed,
    quota: { used: quota.used, limit: quota.limit },
  };
}

/** Queues every document of the request in «Документы»; hand-edited ones are set aside unless the curator agreed. */
export function startRun(ctx: AppContext, input: StartInput): RunProgress {
  return withDocumentLock(ctx, () => {
    const running = loadRun(ctx);
    const data = loadDocumentsData(ctx);
    if (running) {
      const p = progressOf(
        running,
        data.register.entries,
        [],
        null,
        '',
        readQuota(ctx, data.docSettings.dailyDocumentLimit),
      );
      if (!p.finished)
        throw new UserError(
          `Уже идёт формирование: ${kindRu[running.kind]}, готово ${p.done} из ${p.total}. Продолжите или отмените его в панели «Документы».`,
        );
    }
    const snapshot = data.register.snapshot;
    if (!snapshot.sheet) throw new UserError('Нет листа «Документы»: выберите «Наставничество → Настроить таблицу».');
    const { request } = input;
    const items = buildItems(data, request, ctx.today());
    if (!items.length) throw new UserError(`Нечего формировать: нет подходящих пар (${kindRu[request.kind]}).`);
    if (request.kind === 'order' && !items[0]!.includedPairs!.length)
      throw new UserError(
        'Ни одна пара не может войти в приказ.',
        items[0]!.excluded!.map((x) => `${x.pairId}: ${x.reason}`),
      );
    const state: RunState = {
      id: newRunId(ctx),
      kind: request.kind,
      consentMode: request.consentMode,
      pairIds: request.pairIds ? [...request.pairIds] : null,
      startedAt: ctx.now().toISOString(),
      by: ctx.userEmail(),
      total: items.length,
      overwrite: [...input.overwrite],
      lease: null,
    };
    const states = fileStates(
      ctx,
      knownFolder(ctx, folderName(data)),
      items.map((i) => data.register.byKey.get(i.key)?.fileId ?? ''),
    );
    const updates: CellUpdate[] = [];
    const appends: Array<Record<string, unknown>> = [];
    const tz = data.timeZone;
    for (const item of items) {
      const known = data.register.byKey.get(item.key);
      const recorded = known?.fileId ? known : null;
      const decision = decide(
        recorded,
        recorded ? (states.get(recorded.fileId) ?? null) : null,
        '',
        state.overwrite.includes(item.key),
      );
      const entry: RegisterEntry = {
        ...(known ?? emptyEntry(item.key, item.type, item.title)),
        type: item.type,
        run: state.id,
        status: decision === 'edited' ? 'edited' : 'queued',
        message:
          decision === 'edited'
            ? 'Документ изменён вручную после формирования — не перезаписан. Чтобы обновить его, отметьте «Перезаписать» в панели «Документы».'
            : '',
      };
      if (!known)
        appends.push(
          registerRecord({ ...entry, title: item.title, pairs: boundedList(item.pairIds, CELL_TEXT_LIMIT) }),
        );
      else updates.push(...registerUpdates(snapshot, entry, ['type', 'run', 'status', 'message'], tz));
    }
    writeCells(snapshot, updates);
    appendRecords(snapshot, appends, tz);
    saveJson(ctx, RUN_KEY, state);
    const register = readRegister(readTable(data.check.workbook, documentsTable), tz);
    const p = progressOf(state, register.entries, [], null, '', readQuota(ctx, data.docSettings.dailyDocumentLimit));
    if (p.finished) finishRun(ctx, state, p, data);
    return p;
  });
}

/** One batch: takes the run (unless another window holds it), writes the next documents, records them, frees it. */
export function continueRun(ctx: AppContext, input: { runId: string; client: string }): RunProgress {
  const claim = withDocumentLock(ctx, () => {
    const state = loadRun(ctx);
    if (!state || state.id !== input.runId) return null;
    const now = ctx.now().getTime();
    if (state.lease && state.lease.client !== input.client && state.lease.until > now) return { state, busy: true };
    state.lease = { client: input.client, until: now + LEASE_MS };
    saveJson(ctx, RUN_KEY, state);
    return { state, busy: false };
  });
  const data = loadDocumentsData(ctx);
  const quota0 = readQuota(ctx, data.docSettings.dailyDocumentLimit);
  if (!claim) {
    return {
      runId: input.runId,
      kind: 'order',
      total: 0,
      done: 0,
      edited: 0,
      errors: 0,
      cancelled: 0,
      remaining: 0,
      finished: true,
      stopped: null,
      message: 'Формирование уже завершено или отменено.',
      processed: [],
      quota: { used: quota0.used, limit: quota0.limit },
    };
  }
  const { state } = claim;
  if (claim.busy)
    return progressOf(
      state,
      data.register.entries,
      [],
      'busy',
      'Документы сейчас формируются в другом окне. Дождитесь окончания или повторите через несколько минут.',
      quota0,
    );

  const outcome = runBatch(ctx, state, data, quota0);
  return withDocumentLock(ctx, () => {
    const recorded = recordBatch(ctx, state, outcome);
    const fresh = loadRun(ctx);
    const still = fresh !== null && fresh.id === state.id; // not cancelled from another window meanwhile
    const p = progressOf(state, recorded.entries, outcome.processed, outcome.stopped, outcome.message, outcome.quota);
    if (still && p.finished) finishRun(ctx, state, p, data);
    else if (still) saveJson(ctx, RUN_KEY, { ...fresh, lease: null });
    return p;
  });
}

/** Cancels what is still queued; documents already written stay (and stay in the register). */
export function cancelRun(ctx: AppContext, runId: string): RunProgress | null {
  return withDocumentLock(ctx, () => {
    const state = loadRun(ctx);
    if (!state || state.id !== runId) return null;
    const data = loadDocumentsData(ctx);
    const snapshot = data.register.snapshot;
    const queued = data.register.entries.filter((e) => e.run === state.id && e.status === 'queued');
    writeCells(
      snapshot,
      queued.flatMap((e) =>
        registerUpdates(
          snapshot,
          { ...e, status: 'cancelled', message: 'Формирование отменено куратором.' },
          ['status', 'message'],
          data.timeZone,
        ),
      ),
    );
    const register = readRegister(readTable(data.check.workbook, documentsTable), data.timeZone);
    const p = progressOf(
      state,
      register.entries,
      [],
      null,
      'Формирование отменено.',
      readQuota(ctx, data.docSettings.dailyDocumentLimit),
    );
    finishRun(ctx, state, p, data);
    return p;
  });
}

function finishRun(ctx: AppContext, state: RunState, p: RunProgress, data: DocumentsData): void {
  deleteJson(ctx, RUN_KEY);
  appendJournal(ctx, data.check.workbook, [
    {
      what: `Документы: ${kindRu[state.kind]}`,
      sheet: documentsTable.sheetName,
      details:
        `Запуск ${state.id} от ${state.startedAt}: готово ${p.done} из ${p.total}` +
        (p.edited ? `, не перезаписаны изменённые вручную: ${p.edited}` : '') +
        (p.errors ? `, с ошибкой: ${p.errors}` : '') +
        (p.cancelled ? `, отменено: ${p.cancelled}` : '') +
        '.',
    },
  ]);
}

interface WrittenItem {
  entry: RegisterEntry;
  item: BuiltItem | null;
  processed: ProcessedItem;
}

interface BatchOutcome {
  written: WrittenItem[];
  processed: ProcessedItem[];
  stopped: RunProgress['stopped'];
  message: string;
  quota: QuotaState;
}

/** UTF-8 length without Buffer (Apps Script has none): appProperties allow 124 bytes for key plus value. */
function utf8Length(s: string): number {
  return encodeURIComponent(s).replace(/%[0-9A-F]{2}/g, 'x').length;
}

function fileTags(state: RunState, key: string): Record<string, string> {
  const tags: Record<string, string> = { [FILE_RUN]: state.id };
  if (utf8Length(FILE_KEY + key) <= 124) tags[FILE_KEY] = key;
  return tags;
}

function runBatch(ctx: AppContext, state: RunState, data: DocumentsData, quota0: QuotaState): BatchOutcome {
  const started = Date.now();
  const queued = data.register.entries.filter((e) => e.run === state.id && e.status === 'queued');
  const request: GenerationRequest = { kind: state.kind, pairIds: state.pairIds, consentMode: state.consentMode };
  const built = new Map(
    buildItems(data, request, ctx.today(), new Set(queued.map((e) => e.key))).map((i) => [i.key, i]),
  );
  const folderId = ensureFolder(ctx, folderName(data));
  // Files this run created but did not get to record (the execution died in between): found by their tags.
  const orphans = new Map<string, string>();
  for (const f of listFiles(
    ctx,
    `appProperties has { key=${driveQueryString(FILE_RUN)} and value=${driveQueryString(state.id)} }`,
  ))
    if (f.appProperties[FILE_KEY]) orphans.set(f.appProperties[FILE_KEY]!, f.id);
  const templateEntries = data.register.entries.filter((e) => e.type === 'template' && e.fileId);
  const states = fileStates(ctx, folderId, [...queued.map((e) => e.fileId), ...templateEntries.map((e) => e.fileId)]);
  const templates = activeTemplates(data, states);
  const textWidth = textWidthOf({});
  let quota = quota0;
  const written: WrittenItem[] = [];
  let heavy = 0;
  let stopped: RunProgress['stopped'] = null;
  let message = '';

  for (const entry of queued) {
    if (heavy >= BATCH_DOCUMENTS || Date.now() - started > BATCH_BUDGET_MS) break;
    const item = built.get(entry.key) ?? null;
    const done = (status: DocumentStatus, msg: string, next: Partial<RegisterEntry> = {}) =>
      written.push({
        entry: { ...entry, ...next, status, message: msg },
        item,
        processed: {
          key: entry.key,
          title: next.title ?? entry.title,
          status,
          url: next.link ?? entry.link,
          message: msg,
        },
      });
    if (!item) {
      done(
        'error',
        'Документ больше не относится к запросу: пара удалена, расформирована, завершена или её строка с ошибками.',
      );
      continue;
    }
    const template = item.templateKind ? templates.get(item.templateKind) : undefined;
    const hash = template ? `${item.hash}/${template.stamp}` : item.hash;
    const orphan = orphans.get(item.key);
    const current = entry.fileId ? (states.get(entry.fileId) ?? null) : null;
    let decision = decide(entry.fileId ? entry : null, current, hash, state.overwrite.includes(item.key));
    let fileId = decision === 'create' ? '' : entry.fileId;
    if (decision === 'create' && orphan) {
      decision = 'update'; // ours, from this very run: fill it instead of creating another
      fileId = orphan;
    }
    if (decision === 'edited') {
      done(
        'edited',
        'Документ изменён вручную после формирования — не перезаписан. Чтобы обновить его, отметьте «Перезаписать» в панели «Документы».',
      );
      continue;
    }
    if (decision === 'unchanged') {
      done('done', 'Без изменений: данные не менялись, документ не перерисовывался.');
      continue;
    }
    if (decision === 'create' && quota.remaining <= 0) {
      stopped = 'quota';
      message = quotaMessage(quota, queued.length - written.length);
      break;
    }
    heavy++;
    let created = false;
    try {
      if (decision === 'create') {
        const tags = fileTags(state, item.key);
        fileId = template
          ? copyTemplate(ctx, template.fileId, item.title, folderId, tags).id
          : createDocInFolder(ctx, item.title, folderId, tags).id;
        created = true;
        quota = countCreated(ctx, quota);
      }
    } catch (e) {
      // Classified by the operation, never by the (localised) text: Google refused a new file. Left queued.
      stopped = 'create_failed';
      message = `Google не дал создать документ «${item.title}»: ${(e as Error).message}. Вероятно, исчерпан дневной лимит новых документов — продолжите позже, готовые документы не повторятся.`;
      break;
    }
    try {
      const notes: string[] = [...item.warnings];
      if (template) {
        if (!created) copyTemplateInto(ctx, template.fileId, fileId);
        const r = fillFromTemplate(ctx, fileId, item.fill, textWidth);
        if (r.unfilled.length)
          notes.push(`в шаблоне поля без значения удалены: ${r.unfilled.map((u) => `{{${u}}}`).join(', ')}`);
        notes.unshift(`по шаблону «${templateTitleRu[item.templateKind!]}»`);
      } else renderToGoogleDoc(ctx, item.document, { docId: fileId });
      if (!created && entry.title !== item.title) driveOf(ctx).Files.update({ name: item.title }, fileId);
      const info = fileInfo(ctx, fileId);
      if (!info) throw new Error('файл не найден сразу после записи');
      if (item.excluded?.length)
        notes.push(
          `не вошли пары: ${boundedList(
            item.excluded.map((x) => `${x.pairId} (${x.reason})`),
            CELL_TEXT_LIMIT / 2,
          )}`,
        );
      done('done', notes.join('; '), {
        title: item.title,
        number: item.number,
        date: item.date,
        pairs: boundedList(item.pairIds, CELL_TEXT_LIMIT),
        link: info.url,
        version: entry.version + 1,
        by: ctx.userEmail(),
        at: ctx.now(),
        fileId,
        hash,
        driveVersion: info.version,
        modifiedTime: info.modifiedTime,
      });
    } catch (e) {
      // The file exists (created or reused) and is recorded with its Drive state, so a retry rewrites that file
      // instead of making another, and does not take the half-written file for a person's edit.
      let info: ReturnType<typeof fileInfo> = null;
      try {
        info = fileInfo(ctx, fileId);
      } catch {
        // recorded without it: the next run asks before overwriting, the safe side
      }
      done('error', `Не удалось записать документ: ${(e as Error).message}`, {
        fileId,
        link: info?.url ?? (entry.link || docUrl(fileId)),
        hash: '',
        ...(info ? { driveVersion: info.version, modifiedTime: info.modifiedTime } : {}),
      });
    }
  }
  const processed = written.map((w) => w.processed);
  return { written, processed, stopped, message, quota };
}

const REGISTER_FIELDS: readonly DocumentField[] = [
  'title',
  'type',
  'number',
  'date',
  'pairs',
  'link',
  'version',
  'by',
  'at',
  'status',
  'message',
  'fileId',
  'hash',
  'driveVersion',
  'modifiedTime',
  'run',
];

/**
 * Writes a batch's results under the document lock: the sheets are read again first (a person may have inserted
 * rows meanwhile), rows are found by key and pair id, and only the add-on's columns are written, in blocks.
 */
function recordBatch(ctx: AppContext, state: RunState, outcome: BatchOutcome) {
  const tz = ctx.timeZone();
  // Only the three sheets written: the banks and settings were read for building and are not needed again.
  const workbook = workbookOf(ctx);
  const register = readRegister(readTable(workbook, documentsTable), tz);
  const snapshot = register.snapshot;
  const updates: CellUpdate[] = [];
  for (const w of outcome.written) {
    const row = register.byKey.get(w.entry.key);
    if (!row) continue; // the row was deleted meanwhile: the file is tagged and will be found by key next time
    updates.push(...registerUpdates(snapshot, { ...w.entry, row: row.row }, REGISTER_FIELDS, tz));
  }
  writeCells(snapshot, updates);

  const done = outcome.written.filter((w) => w.processed.status === 'done' && w.item);
  writePairLinks(readTable(workbook, pairsTable), tz, state.kind, done);
  const plans: ProgramPlan[] = done.flatMap((w) => (w.item!.plan ? [w.item!.plan] : []));
  if (plans.length) {
    const plan = readTable(workbook, planTable);
    if (plan.sheet) {
      const changes = planChanges(plan, plans, tz);
      writeCells(plan, changes.updates);
      appendRecords(plan, changes.appends, tz);
    }
  }
  return readRegister(readTable(workbook, documentsTable), tz);
}

/** «Пары и группы»: the order's and programs' links and the pair status they imply; only these add-on columns. */
function writePairLinks(snapshot: TableSnapshot, tz: string, kind: GenerationKind, done: readonly WrittenItem[]): void {
  if (!done.length || (kind !== 'order' && kind !== 'programs') || !snapshot.sheet) return;
  const col = (f: string) => columnOf(pairsTable as TableSchema<string>, f);
  const statusOf = (text: string): PairStatus =>
    ((Object.keys(pairStatusRu) as PairStatus[]).find((k) => pairStatusRu[k] === text) ?? 'formed') as PairStatus;
  const programs = new Map(done.map((w) => [w.item!.pairIds[0], w.entry.link]));
  const updates: CellUpdate[] = [];
  const set = (row: number, field: string, value: unknown) =>
    updates.push({ row, field, value: encodeCell(col(field), value, tz) });
  for (const r of snapshot.rows()) {
    const id = cellText(r.cells.id, tz);
    const status = statusOf(cellText(r.cells.status, tz));
    const orderLink = cellText(r.cells.orderLink, tz);
    const programLink = cellText(r.cells.programLink, tz);
    if (kind === 'order') {
      const order = done[0]!;
      const url = order.entry.link;
      if (order.item!.includedPairs!.includes(id)) {
        if (orderLink !== url) set(r.row, 'orderLink', url);
        if (status === 'formed' || status === 'program_ready') set(r.row, 'status', 'in_order');
      } else if (orderLink === url) {
        // Left out of the regenerated order: its link goes, and the status the order gave it.
        set(r.row, 'orderLink', '');
        if (status === 'in_order') set(r.row, 'status', programLink ? 'program_ready' : 'formed');
      }
    } else if (programs.has(id)) {
      const url = programs.get(id)!;
      if (programLink !== url) set(r.row, 'programLink', url);
      if (status === 'formed') set(r.row, 'status', 'program_ready');
    }
  }
  writeCells(snapshot, updates);
}
