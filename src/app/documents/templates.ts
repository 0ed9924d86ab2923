// «Шаблоны»: the school's editable template documents (created once in the documents folder, recorded in
// «Документы»), whether each is used, and what each one asks for that generation cannot fill.
import { toIsoDate } from '../../domain/calendar/calendar-date';
import {
  checkTemplateText,
  placeholderHelp,
  schoolTemplate,
  TEMPLATE_KINDS,
  templateTitleRu,
  type TemplateKind,
} from '../../domain/documents/school-templates';
import type { PlaceholderInfo } from '../../domain/documents/templates';
import { createDocInFolder, ensureFolder, knownFolder, renderToGoogleDoc, templateText } from '../../google/docs';
import { withDocumentLock } from '../../google/lock';
import { emptyEntry, registerRecord, registerUpdates, type RegisterEntry } from '../../workbook/documents-register';
import { appendRecords, writeCells } from '../../workbook/repository';
import type { AppContext } from '../context';
import { UserError } from '../errors';
import { appendJournal } from '../journal';
import { fileStates, type FileStates } from './drive-state';
import { folderName, loadDocumentsData, type DocumentsData } from './load';
import { countCreated, quotaMessage, readQuota } from './quota';

export const templateKey = (kind: TemplateKind): string => `template:${kind}`;

export interface TemplateInfo {
  kind: TemplateKind;
  title: string;
  /** '' until «Шаблоны» created it. */
  url: string;
  exists: boolean;
  active: boolean;
  /** Placeholders in the template the add-on cannot fill for this kind (checked when asked). */
  problems: string[];
  placeholders: PlaceholderInfo[];
}

/** A template in use for generation: its file and a stamp that changes when a person edits it. */
export interface ActiveTemplate {
  fileId: string;
  stamp: string;
}

export function templateEntries(data: DocumentsData): Map<TemplateKind, RegisterEntry> {
  const out = new Map<TemplateKind, RegisterEntry>();
  for (const kind of TEMPLATE_KINDS) {
    const e = data.register.byKey.get(templateKey(kind));
    if (e?.fileId) out.set(kind, e);
  }
  return out;
}

/** Templates marked «используется» whose file still exists. */
export function activeTemplates(data: DocumentsData, states: FileStates): Map<TemplateKind, ActiveTemplate> {
  const out = new Map<TemplateKind, ActiveTemplate>();
  for (const [kind, e] of templateEntries(data)) {
    const state = states.get(e.fileId);
    if (e.status === 'active' && state) out.set(kind, { fileId: e.fileId, stamp: `${e.fileId}@${state.modifiedTime}` });
  }
  return out;
}

/** What the template asks for that this kind cannot fill, in Russian. */
export function templateProblems(ctx: AppContext, kind: TemplateKind, fileId: string): string[] {
  const check = checkTemplateText(kind, templateText(ctx, fileId));
  return [
    ...(check.unknown.length
      ? [`неизвестные поля ${check.unknown.map((u) => `{{${u}}}`).join(', ')} — будут удалены из документов`]
      : []),
    ...(check.notApplicable.length
      ? [`поля ${check.notApplicable.map((u) => `{{${u}}}`).join(', ')} не относятся к этому документу — будут удалены`]
      : []),
  ];
}

export function listTemplates(
  ctx: AppContext,
  options: { check?: boolean; data?: DocumentsData } = {},
): TemplateInfo[] {
  const data = options.data ?? loadDocumentsData(ctx);
  const entries = templateEntries(data);
  const folder = knownFolder(ctx, folderName(data));
  const states = fileStates(
    ctx,
    folder,
    [...entries.values()].map((e) => e.fileId),
  );
  return TEMPLATE_KINDS.map((kind) => {
    const e = entries.get(kind);
    const state = e ? states.get(e.fileId) : null;
    return {
      kind,
      title: templateTitleRu[kind],
      url: state ? state.url : '',
      exists: !!state,
      active: !!state && e?.status === 'active',
      problems: state && options.check ? templateProblems(ctx, kind, e!.fileId) : [],
      placeholders: placeholderHelp(kind),
    };
  });
}

/** «Шаблоны»: creates the templates that do not exist yet (never a second copy) and marks them in use. */
export function createTemplates(ctx: AppContext): TemplateInfo[] {
  withDocumentLock(ctx, () => {
    const data = loadDocumentsData(ctx);
    const snapshot = data.register.snapshot;
    if (!snapshot.sheet) throw new UserError('Нет листа «Документы»: выберите «Наставничество → Настроить таблицу».');
    const entries = templateEntries(data);
    const states = fileStates(
      ctx,
      knownFolder(ctx, folderName(data)),
      [...entries.values()].map((e) => e.fileId),
    );
    const missing = TEMPLATE_KINDS.filter((k) => {
      const e = entries.get(k);
      return !e || !states.get(e.fileId);
    });
    if (!missing.length) return;
    let quota = readQuota(ctx, data.docSettings.dailyDocumentLimit);
    if (quota.remaining < missing.length) throw new UserError(quotaMessage(quota, missing.length));
    const folderId = ensureFolder(ctx, folderName(data));
    const now = ctx.now();
    const updates = [];
    const appends = [];
    for (const kind of missing) {
      const model = schoolTemplate(kind);
      const { id } = createDocInFolder(ctx, model.title, folderId, { nastavnikKey: templateKey(kind) });
      quota = countCreated(ctx, quota);
      const { url } = renderToGoogleDoc(ctx, model, { docId: id });
      const entry: RegisterEntry = {
        ...(data.register.byKey.get(templateKey(kind)) ?? emptyEntry(templateKey(kind), 'template', model.title)),
        type: 'template',
        title: model.title,
        link: url,
        fileId: id,
        version: 1,
        by: ctx.userEmail(),
        at: now,
        date: ctx.today(),
        status: 'active',
        message: 'Редактируйте документ по ссылке: оформление и текст — ваши, поля в {{…}} дополнение заполнит.',
        hash: '',
        driveVersion: null,
        modifiedTime: '',
      };
      if (entry.row)
        updates.push(
          ...registerUpdates(
            snapshot,
            entry,
            ['title', 'type', 'link', 'fileId', 'version', 'by', 'at', 'date', 'status', 'message'],
            data.timeZone,
          ),
        );
      else appends.push(registerRecord(entry));
    }
    writeCells(snapshot, updates);
    appendRecords(snapshot, appends, data.timeZone);
    appendJournal(ctx, data.check.workbook, [
      {
        what: 'Созданы шаблоны документов',
        sheet: snapshot.table.sheetName,
        details: missing.map((k) => templateTitleRu[k]).join('; ') + ` (${toIsoDate(ctx.today())}).`,
      },
    ]);
  });
  return listTemplates(ctx, { check: true });
}

/** Switches a template on or off: off, generation uses the built-in layout; the template document stays. */
export function setTemplateActive(ctx: AppContext, kind: TemplateKind, active: boolean): TemplateInfo[] {
  withDocumentLock(ctx, () => {
    const data = loadDocumentsData(ctx);
    const entry = data.register.byKey.get(templateKey(kind));
    if (!entry?.fileId) throw new UserError('Этого шаблона ещё нет: нажмите «Создать шаблоны».');
    writeCells(
      data.register.snapshot,
      registerUpdates(
        data.register.snapshot,
        { ...entry, status: active ? 'active' : 'inactive' },
        ['status'],
        data.timeZone,
      ),
    );
  });
  return listTemplates(ctx, { check: true });
}
