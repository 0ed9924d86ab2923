// Use cases «Включить напоминания» / «Выключить напоминания» and what the sidebar shows about them: one daily trigger
// at about 08:00 in the workbook's zone, installed idempotently, its owner and last runs recorded for every user.
import { addDays } from '../../domain/calendar/calendar-date';
import { toCalendarDate } from '../../domain/calendar/zoned';
import { documentStore } from '../../google/document-properties';
import { withDocumentLock } from '../../google/lock';
import { ensureTrigger, removeTriggers, triggerStatus } from '../../google/triggers';
import { readTable } from '../../workbook/repository';
import { settingsFrom } from '../../workbook/settings';
import { roadmapTable } from '../../workbook/tables/roadmap';
import { settingsTable } from '../../workbook/tables/settings';
import { workbookOf } from '../../google/sheet-gateway';
import type { AppContext } from '../context';
import { UserError } from '../errors';
import { appendJournal } from '../journal';
import { reminderSettings } from './read';
import { RoadmapState, type RunLogEntry, type TriggerRecord } from './state';

/** The public function the daily trigger calls (src/server/public-api.ts). */
export const DAILY_HANDLER = 'onDailyTrigger';
/** «около 08:00»: Apps Script fires a daily trigger somewhere within the hour (apps-script-facts §4.2). */
export const DAILY_HOUR = 8;
/** A daily run later than this after the previous one means the trigger stopped firing (fires within its hour). */
const STALE_MS = 30 * 3600_000;

export interface RemindersView {
  /** The workbook's record says reminders are on. */
  on: boolean;
  /** This user's daily trigger exists in this workbook. */
  mine: boolean;
  owner: string;
  hour: number;
  timeZone: string;
  installedAt: string | null;
  /** Russian: what needs attention (trigger missing, not firing, last run failed), or null. */
  warning: string | null;
  /** Russian: worth knowing, nothing wrong (another editor owns the reminders), or null. */
  info: string | null;
  runs: RunLogEntry[];
}

function who(ctx: AppContext): string {
  return ctx.userEmail() || 'пользователь';
}

/** The zone of «Настройки» (empty: the spreadsheet's): the trigger's hour and the reminders' days are in it. */
function workbookZone(ctx: AppContext): string {
  const read = settingsFrom(readTable(workbookOf(ctx), settingsTable), ctx.timeZone());
  return reminderSettings(read, ctx.timeZone(), ctx.now()).timeZone;
}

export function enableReminders(ctx: AppContext): RemindersView {
  return withDocumentLock(ctx, () => {
    if (!workbookOf(ctx).sheet(roadmapTable.sheetName)) {
      throw new UserError(
        'Листа «Дорожная карта» нет: сначала выберите «Наставничество → Настроить таблицу», затем включите напоминания.',
      );
    }
    const timeZone = workbookZone(ctx);
    // Extras, leftovers of an older version and a trigger of another handler are removed: exactly one remains.
    const uid = ensureTrigger(ctx, 'daily', DAILY_HANDLER, { hour: DAILY_HOUR, timeZone });
    const state = new RoadmapState(documentStore(ctx));
    const previous = state.trigger();
    const record: TriggerRecord = {
      enabled: true,
      uid,
      owner: ctx.userEmail(),
      hour: DAILY_HOUR,
      timeZone,
      installedAt: ctx.now().toISOString(),
    };
    state.setTrigger(record);
    // Days while reminders were off are not caught up: the first run speaks of its own day.
    state.setLastCheckedDate(addDays(toCalendarDate(ctx.now(), timeZone), -1));
    const replaced =
      previous?.enabled && previous.owner && previous.owner !== record.owner
        ? ` Напоминания от имени ${previous.owner} больше не отправляются.`
        : '';
    appendJournal(ctx, workbookOf(ctx), [
      {
        what: 'Напоминания включены',
        sheet: 'Дорожная карта',
        details: `Ежедневная проверка около ${String(DAILY_HOUR).padStart(2, '0')}:00 (${timeZone}); письма отправляются от имени ${who(ctx)}.${replaced}`,
      },
    ]);
    return remindersView(ctx, state);
  });
}

export function disableReminders(ctx: AppContext): RemindersView {
  return withDocumentLock(ctx, () => {
    const removed = removeTriggers(ctx, 'daily', null);
    const state = new RoadmapState(documentStore(ctx));
    const previous = state.trigger();
    state.setTrigger({
      ...(previous ?? { uid: '', owner: '', hour: DAILY_HOUR, timeZone: ctx.timeZone(), installedAt: '' }),
      enabled: false,
      disabledBy: ctx.userEmail(),
      disabledAt: ctx.now().toISOString(),
    });
    const elsewhere = previous?.enabled && previous.owner && previous.owner !== ctx.userEmail();
    appendJournal(ctx, workbookOf(ctx), [
      {
        what: 'Напоминания выключены',
        sheet: 'Дорожная карта',
        details:
          `Удалено триггеров: ${removed}.` +
          (elsewhere ? ` Триггер ${previous!.owner} удалится сам при следующем запуске и писем не отправит.` : ''),
      },
    ]);
    return remindersView(ctx, state);
  });
}

export function remindersView(
  ctx: AppContext,
  state: RoadmapState = new RoadmapState(documentStore(ctx)),
): RemindersView {
  const record = state.trigger();
  const mine = triggerStatus(ctx, 'daily', DAILY_HANDLER);
  const runs = state.runs();
  const on = record?.enabled === true;
  const me = ctx.userEmail();
  let warning: string | null = null;
  let info: string | null = null;
  if (on && record) {
    const owner = record.owner || 'неизвестный пользователь';
    const ownedByMe = record.owner !== '' && record.owner === me;
    const lastRun = runs.find((r) => r.source === 'trigger');
    const since = Math.max(Date.parse(record.installedAt) || 0, lastRun ? Date.parse(lastRun.at) : 0);
    if (ownedByMe && !mine.installed) {
      warning =
        'Напоминания включены, но ежедневный триггер не найден (возможно, его удалили). Нажмите «Включить напоминания».';
    } else if (ctx.now().getTime() - since > STALE_MS) {
      const last = lastRun
        ? `последний запуск ${new Date(lastRun.at).toLocaleDateString('ru-RU', { timeZone: record.timeZone })}`
        : 'запусков ещё не было';
      warning = `Ежедневная проверка не запускалась больше суток (${last}). Возможно, у ${owner} больше нет доступа к таблице или дополнение отключено. Включите напоминания заново от своего имени.`;
    } else if (lastRun && !lastRun.ok) {
      warning = `Последняя проверка не выполнена: ${lastRun.message}`;
    } else if (!ownedByMe) {
      info = `Напоминания включил ${owner}: письма уходят от его имени.`;
    }
  } else if (mine.installed) {
    warning =
      'Напоминания выключены, но ваш ежедневный триггер остался. Нажмите «Выключить напоминания», чтобы удалить его.';
  }
  return {
    on,
    mine: mine.installed,
    owner: record?.owner ?? '',
    hour: record?.hour ?? DAILY_HOUR,
    timeZone: record?.timeZone ?? ctx.timeZone(),
    installedAt: on ? (record?.installedAt ?? null) : null,
    warning,
    info,
    runs: runs.slice(0, 5),
  };
}
