// Today's mail, decided without touching a service: roadmap alerts, missed days caught up, undelivered digests
// carried, the roadmap's own notes and the other features' notes, merged into ONE digest per recipient per day.
import { academicYearEnd, academicYearLabel } from '../../domain/calendar/academic-year';
import {
  addDays,
  compareDates,
  daysBetween,
  parseCalendarDate,
  toIsoDate,
  type CalendarDate,
} from '../../domain/calendar/calendar-date';
import { normalizeEmail, type Email } from '../../domain/model';
import { alertAsOf, alertsFor, compareAlerts, type RoadmapAlert } from '../../domain/roadmap/alerts';
import { deadlineFor } from '../../domain/roadmap/deadline-rule';
import { digestKey, recipientsFor, type DigestRecipients } from '../../domain/roadmap/digest';
import type { DigestNote } from '../../domain/roadmap/digest-render';
import {
  PROBLEMS_KEY,
  REQUEST_FORM_KEY,
  REQUEST_SUMMARY_KEY,
  WAITING_KEY,
  problemsNote,
  requestFormReminder,
  requestFormSummary,
  waitingMenteesNote,
  yearEndedNote,
  type Person,
} from '../../domain/roadmap/notes';
import { isClosed } from '../../domain/roadmap/status';
import { describeProblem } from '../../domain/validation/problem';
import { menteesTable } from '../../workbook/tables/mentees';
import { pairsTable } from '../../workbook/tables/pairs';
import { staffTable } from '../../workbook/tables/staff';
import type { DailyNote } from '../daily-notes';
import type { RoadmapWorkbook } from './read';
import { IN_FLIGHT_MS, PENDING_KEEP_DAYS, type PendingDigest } from './state';

/** Days a missed run (trigger not fired, sheet deleted, access lost) is caught up for, once the check runs again. */
export const CATCH_UP_DAYS = 7;

export interface PlannedDigest {
  recipient: Email;
  /** digestKey(recipient, today): recorded once sent. */
  key: string;
  alerts: RoadmapAlert[];
  notes: DigestNote[];
  /** A person who works in the spreadsheet (curator, recipients, responsibles): their email links it. */
  insider: boolean;
  /** Carries something planned for an earlier day. */
  carried: boolean;
}

export interface PlanState {
  sentToday: ReadonlySet<string>;
  sentNoteKeys: ReadonlySet<string>;
  pending: readonly PendingDigest[];
  lastChecked: CalendarDate | null;
  waitingNotifiedMax: number;
  /** ms now, to tell a live reservation from a dead run's. */
  nowMs: number;
  /** This run's id: its own reservations are never «in flight» for it. */
  runId: string;
}

export interface TeacherReminders {
  /** Members of «Педагоги» (valid rows). */
  staff: number;
  notAnswered: number;
  /** Reminders planned today. */
  planned: number;
  /** The request-collection deadline the reminders are for (null when none today). */
  deadline: CalendarDate | null;
}

export interface DailyPlan {
  today: CalendarDate;
  /** Today's roadmap alerts (before they are split by recipient). */
  alerts: RoadmapAlert[];
  /** What to send now, most important first. */
  digests: PlannedDigest[];
  /** Recipients mailed already today: nothing more to them today. */
  alreadySent: Email[];
  /** Notes that arrived for a recipient already mailed today: they wait for tomorrow's digest. */
  deferred: Array<{ recipient: Email; note: DigestNote }>;
  /** Alerts nobody receives («Настройки» name no recipient and the row no email). */
  withoutRecipient: RoadmapAlert[];
  /** Pending digests older than PENDING_KEEP_DAYS: given up, and reported in «Журнал». */
  lost: PendingDigest[];
  /** Pending digests with nothing left to say (delivered, done, no longer due): dropped quietly. */
  dropped: PendingDigest[];
  teacherReminders: TeacherReminders;
  /** The highest waiting-mentee number told today (for the state, once the curator's digest goes). */
  waitingMax: number;
  /** Russian lines: what keeps items out of the reminders. */
  problems: string[];
}

export interface PlanInput {
  rw: RoadmapWorkbook;
  state: PlanState;
  /** Notes of the other features (collectDailyNotes). */
  otherNotes: readonly DailyNote[];
  spreadsheetUrl: string;
  /** The request form's respondent link, when the workbook records it. */
  requestFormUrl: string | null;
}

const itemId = (a: { number: string; activity: string }) => `${a.number}\u0000${a.activity}`;

/** The id number of a bank id «НЯ-0012» → 12; 0 when there is none. */
function idNumber(id: string): number {
  const m = /(\d+)\s*$/.exec(id);
  return m ? Number(m[1]) : 0;
}

export function digestRecipients(rw: RoadmapWorkbook): DigestRecipients {
  const s = rw.settings;
  const alertRecipients = s.alertRecipients.length ? s.alertRecipients : s.curatorEmail ? [s.curatorEmail] : [];
  return { roleEmails: s.curatorEmail ? { curator: s.curatorEmail } : {}, alertRecipients };
}

/** Who hears the curator's news (waiting mentees, problems): the curator, else «Получатели напоминаний». */
function curatorAudience(rw: RoadmapWorkbook): Email[] {
  const s = rw.settings;
  return s.curatorEmail ? [s.curatorEmail] : s.alertRecipients;
}

export function planDailyCheck(input: PlanInput): DailyPlan {
  const { rw, state } = input;
  const today = rw.today;
  const year = rw.settings.year;
  const statused = [...rw.statuses.values()];
  const byId = new Map(statused.map((s) => [itemId(s.item), s]));
  const to = digestRecipients(rw);
  const insiders = new Set<string>([...to.alertRecipients, ...Object.values(to.roleEmails)].map(normalizeEmail));
  for (const s of statused) if (s.item.responsibleEmail) insiders.add(normalizeEmail(s.item.responsibleEmail));
  const settings = { leadDays: rw.settings.leadDays, academicYear: year };
  // Another run, still alive, is mailing these right now: this run leaves them alone.
  const isInFlight = (p: PendingDigest) =>
    p.reason === 'planned' && p.runId !== state.runId && state.nowMs - p.at < IN_FLIGHT_MS;
  const busy = new Set(state.pending.filter((p) => isInFlight(p)).map((p) => normalizeEmail(p.recipient)));

  // 1. Today's alerts, then the reminders of days no run completed (at most a week back), said as of today.
  const alerts = alertsFor(statused, today, settings);
  const todayIds = new Set(alerts.map((a) => itemId(a.item)));
  const catchUp: RoadmapAlert[] = [];
  if (state.lastChecked) {
    const from = addDays(today, -CATCH_UP_DAYS);
    let day = addDays(state.lastChecked, 1);
    if (compareDates(day, from) < 0) day = from;
    for (; compareDates(day, today) < 0; day = addDays(day, 1)) {
      for (const missed of alertsFor(statused, day, settings)) {
        const id = itemId(missed.item);
        if (todayIds.has(id)) continue;
        const now = alertAsOf(byId.get(id)!, today, year);
        if (now) {
          catchUp.push(now);
          todayIds.add(id);
        }
      }
    }
  }

  const digests = new Map<Email, PlannedDigest>();
  const digestOf = (recipient: Email): PlannedDigest => {
    const r = normalizeEmail(recipient);
    let d = digests.get(r);
    if (!d) {
      d = { recipient: r, key: digestKey(r, today), alerts: [], notes: [], insider: insiders.has(r), carried: false };
      digests.set(r, d);
    }
    return d;
  };
  const addAlert = (recipient: Email, alert: RoadmapAlert, carried = false) => {
    const d = digestOf(recipient);
    if (d.alerts.some((a) => itemId(a.item) === itemId(alert.item))) return;
    d.alerts.push(alert);
    d.carried ||= carried;
  };
  const addNote = (recipient: Email, note: DigestNote, carried = false) => {
    const d = digestOf(recipient);
    if (d.notes.some((n) => n.key === note.key)) return;
    d.notes.push(note);
    d.carried ||= carried;
  };

  const withoutRecipient: RoadmapAlert[] = [];
  for (const alert of [...alerts, ...catchUp]) {
    const rs = recipientsFor(alert.item, to);
    if (!rs.length) withoutRecipient.push(alert);
    for (const r of rs) addAlert(r, alert, catchUp.includes(alert));
  }

  // 2. Teachers of «Педагоги» who have not answered the request form, on the request item's reminder days.
  const answered = rw.requestAnswered;
  const requestItems = statused.filter(
    (s) => s.item.autoStatusKey === 'requestsCollected' && !isClosed(s.status.state),
  );
  const requestDeadline =
    requestItems
      .map((s) => deadlineFor(s.item.rule, year))
      .filter((d): d is CalendarDate => d !== null && compareDates(d, today) >= 0)
      .sort(compareDates)[0] ?? null;
  const remindToday = alerts.some((a) => a.item.autoStatusKey === 'requestsCollected' && a.kind !== 'overdue');
  const staff = rw.staff?.members ?? [];
  const notAnswered: Person[] = staff.filter((m) => !answered.has(m.email));
  const owedFromBefore = new Set(
    state.pending
      .filter((p) => !isInFlight(p))
      .filter((p) => p.notes.some((n) => n.key.startsWith(REQUEST_FORM_KEY)))
      .map((p) => normalizeEmail(p.recipient)),
  );
  let plannedReminders = 0;
  if (requestDeadline) {
    const daysLeft = daysBetween(today, requestDeadline);
    const contact = {
      formUrl: input.requestFormUrl,
      curatorName: rw.settings.curatorName,
      curatorEmail: rw.settings.curatorEmail,
    };
    for (const t of notAnswered) {
      if (!remindToday && !owedFromBefore.has(t.email)) continue;
      addNote(t.email, requestFormReminder(t, requestDeadline, daysLeft, today, contact), !remindToday);
      plannedReminders++;
    }
    if (remindToday && staff.length) {
      const sheetLink = rw.workbook.sheetUrl(staffTable.sheetName);
      const summary = requestFormSummary(
        notAnswered,
        staff.length,
        plannedReminders,
        requestDeadline,
        daysLeft,
        today,
        sheetLink,
      );
      for (const r of curatorAudience(rw)) addNote(r, summary);
    }
  }

  // 3. New mentees waiting for a pair (by bank number, so a mentee sent back to waiting is not «new»).
  const openPairIds = new Set(
    rw.pairs.records.filter((p) => p.value.status !== 'dissolved').flatMap((p) => p.value.menteeIds),
  );
  const waiting = rw.check.mentees.records
    .map((r) => r.value)
    .filter((m) => m.status === 'waiting' && m.id !== '' && !openPairIds.has(m.id));
  const fresh = waiting.filter((m) => idNumber(m.id) > state.waitingNotifiedMax);
  const waitingMax = Math.max(state.waitingNotifiedMax, ...fresh.map((m) => idNumber(m.id)));
  if (fresh.length) {
    const note = waitingMenteesNote(
      fresh.map((m) => m.fullName),
      waiting.length,
      today,
      rw.workbook.sheetUrl(menteesTable.sheetName),
    );
    for (const r of curatorAudience(rw)) addNote(r, note);
  }

  // 4. What keeps items out of the reminders, sent once per distinct set of problems.
  const problems = [
    ...rw.settings.warnings,
    ...rw.problems.filter((p) => p.sheet !== pairsTable.sheetName).map(describeProblem),
    ...(withoutRecipient.length
      ? [
          `Напоминания о ${withoutRecipient.length} пунктах некому отправить: укажите «Куратор наставничества: email» или «Получатели напоминаний» в «Настройки».`,
        ]
      : []),
  ];
  if (problems.length) {
    const note = problemsNote(problems, input.spreadsheetUrl);
    if (!state.sentNoteKeys.has(note.key)) for (const r of curatorAudience(rw)) addNote(r, note);
  }
  if (compareDates(today, academicYearEnd(year)) > 0) {
    const note = yearEndedNote(academicYearLabel(year), year.startYear, today);
    if (!state.sentNoteKeys.has(note.key)) for (const r of curatorAudience(rw)) addNote(r, note);
  }

  // 5. The other features' notes; a key already sent is never sent again.
  for (const n of input.otherNotes) {
    if (state.sentNoteKeys.has(n.key) || !n.recipient) continue;
    addNote(n.recipient, { key: n.key, title: n.title, lines: n.lines, ...(n.link ? { link: n.link } : {}) });
  }

  // 6. Undelivered digests of earlier runs: their open items as of today, their notes as they were.
  const lost: PendingDigest[] = [];
  const dropped: PendingDigest[] = [];
  const oldest = toIsoDate(addDays(today, -PENDING_KEEP_DAYS));
  for (const p of state.pending) {
    if (isInFlight(p)) continue;
    if (p.date < oldest) {
      lost.push(p);
      continue;
    }
    if (p.date === toIsoDate(today) && state.sentToday.has(normalizeEmail(p.recipient))) {
      dropped.push(p);
      continue;
    }
    const pDate = parseCalendarDate(p.date);
    const carried = pDate !== null && compareDates(pDate, today) < 0;
    let kept = false;
    for (const ref of p.items) {
      const s = byId.get(itemId(ref));
      const alert = s ? alertAsOf(s, today, year) : null;
      if (!alert) continue;
      kept = true;
      if (p.recipient) {
        addAlert(p.recipient, alert, carried);
        continue;
      }
      // Nobody could receive it then: whoever «Настройки» name now does; still nobody — it waits again.
      const rs = recipientsFor(alert.item, to);
      for (const r of rs) addAlert(r, alert, true);
      if (!rs.length && !withoutRecipient.some((a) => itemId(a.item) === itemId(alert.item)))
        withoutRecipient.push(alert);
    }
    for (const note of p.notes) {
      // The roadmap's own notes are computed again above; a note already delivered is not repeated.
      if ([REQUEST_FORM_KEY, REQUEST_SUMMARY_KEY, WAITING_KEY, PROBLEMS_KEY].some((k) => note.key.startsWith(k)))
        continue;
      if (state.sentNoteKeys.has(note.key)) continue;
      addNote(p.recipient, note, carried);
      kept = true;
    }
    if (!kept) dropped.push(p);
  }

  // 7. One digest per recipient per day: whoever was mailed today gets nothing more; their new notes wait.
  const alreadySent: Email[] = [];
  const deferred: Array<{ recipient: Email; note: DigestNote }> = [];
  const out: PlannedDigest[] = [];
  for (const d of digests.values()) {
    if (!d.alerts.length && !d.notes.length) continue;
    if (state.sentToday.has(d.recipient) || busy.has(d.recipient)) {
      alreadySent.push(d.recipient);
      for (const note of d.notes) {
        const own = [REQUEST_FORM_KEY, REQUEST_SUMMARY_KEY, WAITING_KEY].some((k) => note.key.startsWith(k));
        if (!own && !state.sentNoteKeys.has(note.key)) deferred.push({ recipient: d.recipient, note });
      }
      continue;
    }
    d.alerts.sort(compareAlerts);
    out.push(d);
  }
  out.sort(
    (a, b) =>
      Number(b.insider) - Number(a.insider) ||
      Number(b.alerts.length > 0) - Number(a.alerts.length > 0) ||
      a.recipient.localeCompare(b.recipient),
  );

  return {
    today,
    alerts,
    digests: out,
    alreadySent,
    deferred,
    withoutRecipient,
    lost,
    dropped,
    teacherReminders: {
      staff: staff.length,
      notAnswered: notAnswered.length,
      planned: plannedReminders,
      deadline: requestDeadline,
    },
    waitingMax,
    problems,
  };
}
