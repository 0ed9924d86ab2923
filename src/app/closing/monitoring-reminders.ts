// The daily digest's monitoring notes: a reminder with the personal link to each invited participant who has not
// answered, on the reminder days before the roadmap's monitoring deadline (item 6.1), and who is still missing for
// the curator. A missed day is caught up by the next run: each reminder day is one slot, sent once.
import { academicYearLabel } from '../../domain/calendar/academic-year';
import { compareDates, daysBetween, toRuLongDate } from '../../domain/calendar/calendar-date';
import { inviteKey, inviteProgress } from '../../domain/monitoring/invites';
import { countRu, DAY_FORMS } from '../../domain/roadmap/plural-ru';
import type { DailyNote, DailyNoteSource } from '../daily-notes';
import { monitoringInvitesTable } from '../../workbook/tables/monitoring-invites';
import { closingData } from './data';

export const REMINDER_KEY = 'monitoring-reminder';
export const WAITING_KEY = 'monitoring-waiting';
/** Names listed in the curator's note; the sheet has them all. */
const NAMES_SHOWN = 30;

/** The reminder day whose slot today falls in: the nearest lead day not after today; null outside the window. */
export function reminderSlot(daysLeft: number, leadDays: readonly number[]): number | null {
  if (daysLeft < 0) return null;
  const slots = leadDays.filter((d) => d >= daysLeft);
  return slots.length ? Math.min(...slots) : null;
}

export const monitoringDailyNotes: DailyNoteSource = (ctx, today, read) => {
  const data = closingData(ctx, read?.workbook, read?.check);
  const settings = data.check().settings;
  if (!settings) return [];
  const invitesRead = data.invites();
  if (!invitesRead.snapshot.sheet) return [];
  const item = data.monitoringItem();
  if (item?.manualStatus === 'done' || item?.manualStatus === 'not_needed') return [];
  const year = settings.academicYear;
  const deadline = data.deadline();
  const daysLeft = daysBetween(today, deadline);
  const slot = reminderSlot(daysLeft, settings.alertLeadDays);
  if (slot === null) return [];
  const label = academicYearLabel(year);
  const progress = inviteProgress(
    invitesRead.records.map((r) => r.value),
    data.answers().records.map((r) => r.value),
  );
  // Someone sent their link today is not reminded the same day.
  const waiting = progress.waiting.filter((i) => i.sentOn !== null && compareDates(i.sentOn, today) < 0);
  if (!waiting.length) return [];
  const forms = new Map(data.monitoredPairs().map((p) => [p.id, p.form]));
  const when = daysLeft === 0 ? 'Сегодня последний день.' : `Осталось ${countRu(daysLeft, DAY_FORMS)}.`;
  const notes: DailyNote[] = waiting
    .filter((i) => i.email)
    .map((i) => ({
      recipient: i.email,
      key: `${REMINDER_KEY}:${label}:${slot}:${inviteKey(i)}`,
      title: 'Анкета мониторинга наставничества',
      lines: [
        i.role === 'curator'
          ? `Просим заполнить анкету куратора о системе наставничества до ${toRuLongDate(deadline)} ${when}`
          : `${i.personName}, просим ответить на анкету о работе наставнической ${forms.get(i.pairId) === 'group' ? 'группы' : 'пары'} ${i.pairId} до ${toRuLongDate(deadline)} ${when}`,
        'Анкета занимает 5–7 минут. Откройте её по своей личной ссылке (ниже): ответ будет учтён для вашей пары.',
      ],
      ...(i.link ? { link: i.link } : {}),
    }));
  const curator = settings.curatorEmail ? [settings.curatorEmail] : settings.alertRecipients;
  const names = waiting.map((i) => `${i.personName || i.personId}${i.pairId ? ` (${i.pairId})` : ''}`);
  for (const recipient of curator)
    notes.push({
      recipient,
      key: `${WAITING_KEY}:${label}:${slot}`,
      title: 'Мониторинг: кто ещё не ответил',
      lines: [
        `Ответили ${progress.answered.length} из ${progress.sent.length}; срок анкетирования — ${toRuLongDate(deadline)} ${when}`,
        `Не ответили: ${names.slice(0, NAMES_SHOWN).join(', ')}${names.length > NAMES_SHOWN ? ` и ещё ${names.length - NAMES_SHOWN}` : ''}.`,
        'Напоминания с личными ссылками отправлены им в этом же письме-сводке.',
      ],
      link: data.workbook.sheetUrl(monitoringInvitesTable.sheetName),
    });
  return notes;
};
