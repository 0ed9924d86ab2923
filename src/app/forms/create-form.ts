// Use cases «Создать форму запросов» / «Создать анкету наставника»: one form per kind, recorded in «Настройки»,
// published, linked to this spreadsheet, served by the one form-submit trigger. Running it again never makes a second
// form: it reports the existing one, rebuilds it on request, resumes an interrupted run, recreates a deleted one.
import { choicesOf, type FormDefinition } from '../../domain/forms';
import { dictionaryTitleRu } from '../../domain/vocabulary/vocabulary';
import type { Vocabulary } from '../../domain/vocabulary/vocabulary';
import {
  applyFormSettings,
  createFormFile,
  formApp,
  formLinks,
  isLinkedHere,
  linkToThisSpreadsheet,
  openForm,
  publishForm,
} from '../../google/forms/form-files';
import { syncFormItems } from '../../google/forms/form-items';
import { withDocumentLock } from '../../google/lock';
import { workbookOf, type WorkbookGateway } from '../../google/sheet-gateway';
import { ensureTrigger } from '../../google/triggers';
import { workbookTables } from '../../workbook/registry';
import { readTable } from '../../workbook/repository';
import { writeSettingValues } from '../../workbook/settings-write';
import { settingsTable } from '../../workbook/tables/settings';
import type { AppContext } from '../context';
import { UserError } from '../errors';
import { appendJournal } from '../journal';
import { collectsEmailFor, formContextOf, readFormsWorkbook } from './form-context';
import { definitionOf, formKind, kindOfSheet, type FormKindEntry } from './form-kinds';
import { formRecordFrom, formRecordValues } from './form-records';
import { FORM_SUBMIT_HANDLER } from './handle-submit';
import { isResponseHeader } from './response-sheet';

export type CreateOutcome = 'created' | 'exists' | 'rebuilt' | 'resumed' | 'recreated';

export interface CreateFormResult {
  kind: string;
  label: string;
  outcome: CreateOutcome;
  id: string;
  editUrl: string;
  publishedUrl: string;
  /** The response sheet in this spreadsheet. */
  sheet: string;
  /** Russian notes for the curator (questions added, lists empty, the old form deleted). */
  notes: string[];
}

export function kindOrThrow(key: string): FormKindEntry {
  const kind = formKind(key);
  if (!kind) throw new UserError(`Неизвестная форма «${key}».`);
  return kind;
}

/** A new form needs every list it takes choices from (Forms refuses an empty choice list, §6.1). */
function assertListsFilled(def: FormDefinition, vocabulary: Vocabulary): void {
  const empty = def.questions.filter((q) => q.choicesFrom && choicesOf(q, vocabulary).every((c) => c.trim() === ''));
  if (empty.length) {
    const lists = [...new Set(empty.map((q) => `«${dictionaryTitleRu[q.choicesFrom!]}»`))].join(', ');
    throw new UserError(
      `На листе «Справочники» пусты списки ${lists}: из них берутся варианты ответов формы. Заполните их и повторите.`,
    );
  }
}

/** The response sheet of a form linked here whose sheet name was not recorded (an interrupted run): found by its header. */
function findResponseSheet(workbook: WorkbookGateway, kind: FormKindEntry): string {
  const own = new Set(workbookTables.map((t) => t.sheetName));
  for (const name of workbook.sheetNames()) {
    if (own.has(name)) continue;
    const header = workbook
      .sheet(name)!
      .readHeaderAndLastRow()
      .header.map((h) => String(h ?? ''));
    if (isResponseHeader(header) && kindOfSheet(name, header, {}) === kind) return name;
  }
  return '';
}

export function createForm(ctx: AppContext, kindKey: string, options: { rebuild?: boolean } = {}): CreateFormResult {
  const kind = kindOrThrow(kindKey);
  return withDocumentLock(ctx, () => {
    let workbook = workbookOf(ctx);
    const wb = readFormsWorkbook(ctx, workbook);
    const record = formRecordFrom(wb.raw, kind.settings);
    const notes: string[] = [];
    let form: GoogleAppsScript.Forms.Form | null = null;
    let outcome: CreateOutcome = 'created';
    if (record.id) {
      const opened = openForm(ctx, record.id);
      if (opened.state === 'ok') {
        form = opened.form;
        const complete =
          record.sheet !== '' && workbook.sheet(record.sheet) !== null && record.url !== '' && isLinkedHere(ctx, form);
        if (complete && !options.rebuild) {
          ensureTrigger(ctx, 'formSubmit', FORM_SUBMIT_HANDLER);
          return {
            kind: kind.key,
            label: kind.label,
            outcome: 'exists',
            id: record.id,
            editUrl: record.editUrl,
            publishedUrl: record.url,
            sheet: record.sheet,
            notes,
          };
        }
        outcome = complete ? 'rebuilt' : 'resumed';
      } else {
        outcome = 'recreated';
        notes.push(
          `Прежняя форма ${opened.state === 'trashed' ? 'в корзине Google Диска' : 'удалена'}: создана новая со своей ссылкой.` +
            (record.sheet ? ` Полученные ранее ответы остаются на листе «${record.sheet}».` : ''),
        );
      }
    }

    const isNew = form === null;
    // A new or half-built form follows the rule for this account; a complete one keeps what the curator chose since.
    const collectEmail = isNew || outcome === 'resumed' ? collectsEmailFor(ctx.userEmail()) : form!.collectsEmail();
    const def = definitionOf(kind, ctx, workbook, formContextOf(ctx, wb.raw, collectEmail));
    if (isNew) {
      assertListsFilled(def, wb.vocabulary);
      form = createFormFile(ctx, def.title);
      // Recorded at once, so an interrupted run resumes this form instead of making a second one.
      writeSettingValues(
        wb.settings,
        formRecordValues(kind.settings, { id: form.getId(), editUrl: '', url: '', sheet: '' }),
        ctx.timeZone(),
      );
      ctx.services.SpreadsheetApp.flush();
    }
    const f = form!;
    applyFormSettings(f, {
      title: def.title,
      description: def.description,
      confirmationMessage: def.confirmationMessage,
      collectEmail: def.collectEmail,
    });
    const sync = syncFormItems(formApp(ctx), f, def, wb.vocabulary, 'full');
    notes.push(...sync.notes);
    if (!isNew && sync.added.length) notes.push(`Добавлены вопросы: ${sync.added.map((t) => `«${t}»`).join(', ')}.`);
    publishForm(f);

    const linked = isLinkedHere(ctx, f);
    let sheet = linked && record.sheet && workbook.sheet(record.sheet) ? record.sheet : '';
    if (!sheet && linked) sheet = findResponseSheet(workbook, kind);
    if (!sheet) {
      sheet = linkToThisSpreadsheet(ctx, f) ?? '';
      workbook = workbookOf(ctx); // a new sheet appeared
      if (!sheet) sheet = findResponseSheet(workbook, kind);
    }
    const links = formLinks(f);
    writeSettingValues(
      readTable(workbook, settingsTable),
      formRecordValues(kind.settings, { id: links.id, editUrl: links.editUrl, url: links.publishedUrl, sheet }),
      ctx.timeZone(),
    );
    ensureTrigger(ctx, 'formSubmit', FORM_SUBMIT_HANDLER);
    const verb = {
      created: 'создана',
      recreated: 'создана заново',
      rebuilt: 'перестроена',
      resumed: 'доделана после прерванного запуска',
      exists: 'уже была',
    }[outcome];
    appendJournal(ctx, workbook, [
      {
        what: `Форма «${kind.label}» ${verb}`,
        sheet,
        details: [
          `Ссылка для педагогов: ${links.publishedUrl}`,
          `Редактирование: ${links.editUrl}`,
          `Ответы — на листе «${sheet}».`,
          ...notes,
        ].join(' '),
      },
    ]);
    return {
      kind: kind.key,
      label: kind.label,
      outcome,
      id: links.id,
      editUrl: links.editUrl,
      publishedUrl: links.publishedUrl,
      sheet,
      notes,
    };
  });
}
