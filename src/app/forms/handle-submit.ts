// The one form-submit trigger of the spreadsheet: recognises spurious events, finds the form kind by the response
// sheet, and under the document lock files every answer of that sheet not handled yet (so a duplicate delivery finds
// nothing new, and an answer whose own execution failed is filed by the next one).
import { isSpuriousEvent } from '../../domain/forms';
import { documentStore, type DocumentStore } from '../../google/document-properties';
import { withDocumentLock } from '../../google/lock';
import { workbookOf, type WorkbookGateway } from '../../google/sheet-gateway';
import { workbookTables } from '../../workbook/registry';
import { readTable } from '../../workbook/repository';
import { settingsFrom } from '../../workbook/settings';
import { settingsTable, type SettingKey } from '../../workbook/tables/settings';
import type { AppContext } from '../context';
import { BusyError, UserError } from '../errors';
import type { AnswerOutcome } from './bank-answers';
import { kindOfSheet, type FormKindEntry } from './form-kinds';
import { markHandled, pendingAnswers, readProcessed, writeProcessed, type ProcessedAnswers } from './processed-answers';
import { isResponseHeader, readResponseSheet, type ResponseSheet } from './response-sheet';

/** The trigger's handler function (a public function of kind 'trigger'). */
export const FORM_SUBMIT_HANDLER = 'handleFormSubmit';

/**
 * How long an answer waits for another operation holding the workbook: a trigger may run 6 minutes, and a lost wait
 * only delays the answer (the next execution files it), so the wait is long (sidebar calls wait 30 s).
 */
export const FORM_LOCK_WAIT_MS = 240_000;

/** Answers filed per execution at most, well inside the 6-minute limit; the rest wait for the next execution. */
export const MAX_ANSWERS_PER_RUN = 300;

export interface SheetRun {
  sheet: string;
  form: string;
  outcomes: AnswerOutcome[];
  /** Answers still waiting after this run (over MAX_ANSWERS_PER_RUN). */
  remaining: number;
}

export interface SubmitResult {
  /** deferred: the workbook is not ready (a bank or «Карантин» missing); the answer waits in the response sheet. */
  status: 'spurious' | 'busy' | 'deferred' | 'not-a-form' | 'duplicate' | 'filed';
  runs: SheetRun[];
}

type Log = (line: string) => void;

function eventSheetName(e: unknown, log: Log): string | null {
  try {
    const range = (e as { range?: GoogleAppsScript.Spreadsheet.Range | null }).range;
    return range ? range.getSheet().getName() : null;
  } catch (err) {
    log(`Событие формы без доступной строки ответа (${(err as Error).message}): будут проверены все листы ответов.`);
    return null;
  }
}

function eventRow(e: unknown): number | null {
  try {
    const range = (e as { range?: GoogleAppsScript.Spreadsheet.Range | null }).range;
    return range ? range.getRow() : null;
  } catch {
    return null;
  }
}

/** Files the pending answers of one response sheet; records them as handled. */
function fileSheet(
  ctx: AppContext,
  workbook: WorkbookGateway,
  store: DocumentStore,
  sheet: ResponseSheet,
  processed: ProcessedAnswers,
  kind: FormKindEntry,
  log: Log,
): SheetRun {
  const pending = pendingAnswers(processed, sheet.answers);
  const batch = pending.slice(0, MAX_ANSWERS_PER_RUN);
  const outcomes = batch.length ? kind.handle(ctx, workbook, batch, 'event') : [];
  if (batch.length) writeProcessed(store, sheet.sheetId, markHandled(processed, batch));
  for (const o of outcomes) {
    const where = `«${kind.label}», строка ${o.answer.row} листа «${sheet.name}»`;
    if (o.kind === 'quarantined')
      log(
        `Ответ ${where} отложен в карантин: ${o.reasons.join('; ')}${o.row === null ? ' (уже был в карантине)' : ''}.`,
      );
    else if (o.kind !== 'invalid')
      log(
        `Ответ ${where}: ${o.kind === 'added' ? 'добавлен' : o.kind === 'updated' ? 'обновлён' : 'без изменений'} — лист «${o.sheet}», строка ${o.row} (${o.id}).`,
      );
  }
  if (pending.length > batch.length)
    log(
      `На листе «${sheet.name}» ещё ${pending.length - batch.length} ответов: они будут обработаны следующим запуском.`,
    );
  return { sheet: sheet.name, form: kind.label, outcomes, remaining: pending.length - batch.length };
}

/** The response sheets of the workbook: sheets that are not the add-on's tables and whose header starts with the timestamp. */
function responseSheets(workbook: WorkbookGateway, only: string | null): string[] {
  const own = new Set(workbookTables.map((t) => t.sheetName));
  return workbook.sheetNames().filter((n) => !own.has(n) && (only === null || n === only));
}

/**
 * Files the answers not handled yet: of one response sheet (`only`), or of every response sheet of a known form kind.
 * Runs inside the caller's document lock.
 */
export function fileResponseSheets(
  ctx: AppContext,
  workbook: WorkbookGateway,
  only: string | null,
  log: Log,
): SheetRun[] {
  const tz = ctx.timeZone();
  const raw: Partial<Record<SettingKey, string>> = settingsFrom(readTable(workbook, settingsTable), tz).raw;
  const runs: SheetRun[] = [];
  const store = documentStore(ctx);
  for (const name of responseSheets(workbook, only)) {
    const gateway = workbook.sheet(name)!;
    let processed: ProcessedAnswers = { w: -Infinity, k: [] };
    const sheet = readResponseSheet(workbook, gateway, tz, (sheetId) => (processed = readProcessed(store, sheetId)).w);
    if (!isResponseHeader(sheet.headers)) {
      if (only !== null)
        log(
          `Лист «${name}» не похож на лист ответов формы (первый столбец — не «Отметка времени»): ответ не обработан.`,
        );
      continue;
    }
    const kind = kindOfSheet(name, sheet.headers, raw);
    if (!kind) {
      if (only !== null) log(`Лист ответов «${name}» не относится к формам дополнения: ответ оставлен как есть.`);
      continue;
    }
    runs.push(fileSheet(ctx, workbook, store, sheet, processed, kind, log));
  }
  return runs;
}

/** The trigger: `e` is the spreadsheet form-submit event (§6.3). Never throws for a busy workbook or a foreign form. */
export function handleFormSubmit(ctx: AppContext, e: unknown, log: Log): SubmitResult {
  if (isSpuriousEvent(e)) {
    log('Пустое событие отправки формы (такие Apps Script иногда присылает после настоящего ответа): пропущено.');
    return { status: 'spurious', runs: [] };
  }
  const sheetName = eventSheetName(e, log);
  const row = eventRow(e);
  try {
    return withDocumentLock(
      ctx,
      () => {
        const workbook = workbookOf(ctx);
        if (sheetName !== null && !workbook.sheet(sheetName)) {
          log(`Лист ответов «${sheetName}» не найден (удалён?): ответы проверены на всех листах ответов.`);
        }
        const only = sheetName !== null && workbook.sheet(sheetName) ? sheetName : null;
        const runs = fileResponseSheets(ctx, workbook, only, log);
        if (runs.length === 0) return { status: 'not-a-form', runs };
        const filed = runs.reduce((n, r) => n + r.outcomes.length, 0);
        if (filed > 0) return { status: 'filed', runs };
        // Nothing new: the event repeats an answer already filed (a duplicate delivery or a second trigger).
        log(
          `Повторное событие отправки формы${row ? ` (строка ${row} листа «${sheetName}»)` : ''}: ответ уже обработан, пропущено.`,
        );
        return { status: 'duplicate', runs };
      },
      FORM_LOCK_WAIT_MS,
    );
  } catch (err) {
    if (err instanceof UserError && !(err instanceof BusyError)) {
      log(
        `Ответ формы пока не обработан: ${err.message} Он сохранён в листе ответов и будет обработан, когда таблица будет готова.`,
      );
      return { status: 'deferred', runs: [] };
    }
    if (!(err instanceof BusyError)) throw err;
    log(
      'Таблица занята другой операцией дольше 4 минут: ответ сохранён в листе ответов и будет обработан следующим ответом или кнопкой «Обработать ответы» в панели «Формы».',
    );
    return { status: 'busy', runs: [] };
  }
}
