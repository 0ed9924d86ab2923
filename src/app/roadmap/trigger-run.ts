// The daily trigger's run: only the workbook's current trigger mails (a leftover removes itself); whatever goes wrong
// is recorded where the sidebar reads it, in «Журнал» and the execution log, and told to the trigger's owner once a day.
import { toCalendarDate } from '../../domain/calendar/zoned';
import { toIsoDate } from '../../domain/calendar/calendar-date';
import { documentStore, userStore } from '../../google/document-properties';
import { workbookOf } from '../../google/sheet-gateway';
import { logLine } from '../../google/log';
import { sendOne } from '../../google/mail';
import { effectiveUserEmail, scriptTimeZone } from '../../google/session';
import { removeTriggerById } from '../../google/triggers';
import { escapeHtml } from '../../domain/text/escape-html';
import type { AppContext } from '../context';
import { UserError } from '../errors';
import { appendJournal } from '../journal';
import { runDailyCheck, TRIGGER_LOCK_WAIT_MS, type CheckReport } from './daily-check';
import { DAILY_HOUR } from './reminders';
import { RoadmapState } from './state';

/** The time-driven event fields the run uses (apps-script-facts §4.4). */
export interface TimeDrivenEvent {
  triggerUid?: string;
}

export type TriggerRunResult =
  { kind: 'checked'; report: CheckReport } | { kind: 'removed'; message: string } | { kind: 'failed'; message: string };

const FAILURE_MAILED = 'nastavnik.roadmap.failureMailed';

export function runDailyTrigger(ctx: AppContext, event: TimeDrivenEvent | undefined): TriggerRunResult {
  try {
    const uid = event?.triggerUid ?? '';
    const state = new RoadmapState(documentStore(ctx));
    const record = state.trigger();
    // Reminders switched off, or switched on again by someone else: this trigger is a leftover and must not mail.
    if (record && uid && (!record.enabled || record.uid !== uid)) {
      removeTriggerById(ctx, uid);
      const message = record.enabled
        ? `Лишний ежедневный триггер ${ctx.userEmail() || ''} удалён: напоминания теперь отправляет ${record.owner || 'другой пользователь'}.`
        : 'Напоминания выключены: оставшийся ежедневный триггер удалён, письма не отправлялись.';
      logLine(ctx, `Дорожная карта: ${message}`);
      return { kind: 'removed', message };
    }
    if (!record && uid) {
      // The workbook lost its record (restored from a copy, say): this trigger is the one that exists, so it is adopted.
      state.setTrigger({
        enabled: true,
        uid,
        owner: ctx.userEmail(),
        hour: DAILY_HOUR,
        timeZone: ctx.timeZone(),
        installedAt: ctx.now().toISOString(),
      });
    }
    return {
      kind: 'checked',
      report: runDailyCheck(ctx, { mode: 'send', source: 'trigger', lockWaitMs: TRIGGER_LOCK_WAIT_MS }),
    };
  } catch (e) {
    return { kind: 'failed', message: recordFailure(ctx, e) };
  }
}

/** The Russian reason of a failed run; an access error is named as such. */
export function failureReason(ctx: AppContext, e: unknown): string {
  const text = e instanceof Error ? e.message : String(e);
  if (e instanceof UserError) return text;
  if (/permission|access|доступ|разрешени/i.test(text)) {
    return `У ${ctx.userEmail() || 'владельца напоминаний'} нет доступа к таблице (${text}). Попросите доступ на редактирование или включите напоминания от имени другого редактора.`;
  }
  return `Ошибка: ${text}`;
}

/** Each step may fail too (no access means no properties and no sheet): every one is tried, none stops the others. */
function recordFailure(ctx: AppContext, e: unknown): string {
  const reason = failureReason(ctx, e);
  const message = `Проверка не выполнена, письма не отправлялись. ${reason}`;
  const now = ctx.now();
  const attempt = (fn: () => void) => {
    try {
      fn();
    } catch {
      // recorded by the steps that could run
    }
  };
  attempt(() => logLine(ctx, `Дорожная карта: ${message}`));
  attempt(() => {
    let date = '';
    attempt(() => (date = toIsoDate(toCalendarDate(now, ctx.timeZone()))));
    new RoadmapState(documentStore(ctx)).appendRun({
      at: now.toISOString(),
      date,
      source: 'trigger',
      ok: false,
      message,
      sent: 0,
      sentTo: [],
      notSent: 0,
      alreadySent: 0,
      withoutRecipient: 0,
      alerts: 0,
      errors: [reason],
    });
  });
  attempt(() =>
    appendJournal(ctx, workbookOf(ctx), [
      { what: 'Напоминания дорожной карты: проверка не выполнена', details: message },
    ]),
  );
  attempt(() => mailOwnerOnce(ctx, message, now));
  return message;
}

/** The owner learns of a failure by email at most once a day (a sidebar nobody opens would hide it). */
function mailOwnerOnce(ctx: AppContext, message: string, now: Date): void {
  const owner = effectiveUserEmail(ctx);
  if (!owner) return;
  const store = userStore(ctx);
  const today = toIsoDate(toCalendarDate(now, scriptTimeZone(ctx)));
  if (store.get(FAILURE_MAILED) === today) return;
  let name = '';
  try {
    name = ctx.spreadsheet().getName();
  } catch {
    name = '';
  }
  const text = [
    'Здравствуйте!',
    '',
    `Ежедневная проверка дорожной карты${name ? ` в таблице «${name}»` : ''} не выполнена.`,
    message,
    '',
    'Откройте таблицу: Расширения → Наставничество → Открыть панель → «Дорожная карта».',
  ];
  const outcome = sendOne(
    ctx,
    {
      to: owner,
      subject: 'Наставничество: напоминания по дорожной карте не отправлены',
      textBody: text.join('\n'),
      htmlBody: text.map((l) => `<p>${escapeHtml(l)}</p>`).join(''),
    },
    'Наставничество',
  );
  if (outcome.sent) store.set(FAILURE_MAILED, today);
}
