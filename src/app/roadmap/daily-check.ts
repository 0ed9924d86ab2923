// Use case «ежедневная проверка» / «Проверить сейчас»: statuses from the data, today's digests (one per recipient per
// day), sent within the quota, each send recorded at once so neither a second run nor a crash mails anyone twice.
import { toIsoDate, toRuDate } from '../../domain/calendar/calendar-date';
import { normalizeEmail } from '../../domain/model';
import { statusStateRu } from '../../domain/roadmap/status';
import { renderDigest } from '../../domain/roadmap/digest-render';
import { documentStore } from '../../google/document-properties';
import { withDocumentLock } from '../../google/lock';
import { logLine } from '../../google/log';
import { limitMessage, quotaMessage, sendAll, type OutgoingMail, type SendOutcome } from '../../google/mail';
import { readTable, writeCells } from '../../workbook/repository';
import { roadmapStatusUpdates } from '../../workbook/roadmap';
import { readStaff, staffRequestFormUpdates } from '../../workbook/staff';
import { staffTable } from '../../workbook/tables/staff';
import type { AppContext } from '../context';
import { collectDailyNotes } from '../daily-notes';
import { UserError } from '../errors';
import { appendJournal, type JournalEntry } from '../journal';
import { planDailyCheck, type DailyPlan, type PlannedDigest } from './plan';
import { readRoadmapWorkbook, type RoadmapWorkbook } from './read';
import {
  IN_FLIGHT_MS,
  PENDING_KEEP_DAYS,
  RoadmapState,
  type PendingDigest,
  type RunLogEntry,
  type RunSource,
} from './state';
import { REQUEST_FORM_KEY, WAITING_KEY } from '../../domain/roadmap/notes';

/** A run mails at most this many (≈1.25 s each): it must end well inside the 6-minute limit; the rest go next run. */
export const MAX_SENDS_PER_RUN = 150;
/** The daily trigger waits longer for the document lock than a click does: nobody is waiting on it. */
export const TRIGGER_LOCK_WAIT_MS = 120_000;

export type CheckMode = 'preview' | 'send';

export interface DigestReport {
  recipient: string;
  subject: string;
  /** «2.1 — до 15.09.2026 — через 14 дней (не начато)». */
  items: string[];
  notes: string[];
  /** planned: preview only; the others after a send. */
  outcome: 'planned' | 'sent' | 'quota' | 'error' | 'limit';
  message?: string;
}

export interface CheckReport {
  ok: boolean;
  mode: CheckMode;
  /** yyyy-MM-dd of the workbook's today. */
  date: string;
  message: string;
  /** The first REPORTED_DIGESTS digests; `digestCount` counts them all. */
  digests: DigestReport[];
  digestCount: number;
  alreadySent: string[];
  withoutRecipient: string[];
  deferred: number;
  problems: string[];
  /** Note sources that failed (their notes are missing today). */
  errors: string[];
  sent: number;
  notSent: number;
  /** Everyone mailed by this run (for the journal and the run log). */
  sentTo: string[];
}

/** How many digests a report lists (a staff list of thousands would make the sidebar's answer huge). */
export const REPORTED_DIGESTS = 100;

/** The check could not run at all (a sheet deleted, the workbook unreachable): nothing was mailed. */
export class CheckFailure extends UserError {}

const alertLine = (a: PlannedDigest['alerts'][number]) =>
  `${a.item.number} — до ${toRuDate(a.deadline)} — ${a.phraseRu} (${statusStateRu[a.status.state]})`;

function senderName(rw: RoadmapWorkbook): string {
  const school = rw.check.settingsRead.raw.schoolShortName ?? '';
  return school ? `Наставничество — ${school}` : 'Наставничество';
}

/** The pending list's share of the 500 KB document properties: a staff list of thousands must not exhaust them. */
export const PENDING_MAX_BYTES = 150_000;

/** A teacher's request-form reminder is computed again each day: only its key needs to be kept. */
const regenerable = (d: PlannedDigest) =>
  d.alerts.length === 0 && d.notes.every((n) => n.key.startsWith(REQUEST_FORM_KEY));

function pendingOf(
  d: PlannedDigest,
  date: string,
  runId: string,
  at: number,
  reason: PendingDigest['reason'],
  message?: string,
): PendingDigest {
  return {
    recipient: d.recipient,
    date,
    items: d.alerts.map((a) => ({ number: a.item.number, activity: a.item.activity })),
    notes: regenerable(d) ? d.notes.map((n) => ({ key: n.key, title: '', lines: [] })) : d.notes,
    reason,
    runId,
    at,
    ...(message && !regenerable(d) ? { message } : {}),
  };
}

/**
 * Keeps the pending list within PENDING_MAX_BYTES, dropping teachers' reminders (recomputed tomorrow anyway) from the
 * end first; returns what was kept and how many were dropped.
 */
function boundPending(list: PendingDigest[]): { kept: PendingDigest[]; dropped: number } {
  let size = JSON.stringify(list).length * 2;
  if (size <= PENDING_MAX_BYTES) return { kept: list, dropped: 0 };
  const kept = [...list];
  let dropped = 0;
  for (let i = kept.length - 1; i >= 0 && size > PENDING_MAX_BYTES; i--) {
    const e = kept[i]!;
    if (e.items.length || !e.notes.every((n) => n.key.startsWith(REQUEST_FORM_KEY))) continue;
    size -= JSON.stringify(e).length * 2 + 2;
    kept.splice(i, 1);
    dropped++;
  }
  return { kept, dropped };
}

interface Prepared {
  rw: RoadmapWorkbook;
  plan: DailyPlan;
  /** Teachers' reminders beyond what the pending list can hold: they are not carried (reported in «Журнал»). */
  droppedReminders: number;
  state: RoadmapState;
  runId: string;
  noteErrors: string[];
  spreadsheetUrl: string;
}

/** Reads, plans, refreshes the add-on's status columns and (to send) reserves today's digests, under the lock. */
function prepare(ctx: AppContext, mode: CheckMode): Prepared {
  const store = documentStore(ctx);
  const state = new RoadmapState(store);
  const rw = readRoadmapWorkbook(ctx);
  if (rw.missingSheets.length) {
    throw new CheckFailure(
      `Проверка не выполнена: нет ${rw.missingSheets.length > 1 ? 'листов' : 'листа'} ${rw.missingSheets.map((s) => `«${s}»`).join(', ')}. Запустите «Наставничество → Настроить таблицу»: недостающие листы будут созданы, данные не изменятся.`,
    );
  }
  const runId = mode === 'send' ? state.nextRunId() : 'preview';
  const { notes, errors } = collectDailyNotes(ctx, rw.today, { workbook: rw.workbook, check: rw.check });
  const spreadsheetUrl = ctx.spreadsheet().getUrl();
  const plan = planDailyCheck({
    rw,
    state: {
      sentToday: state.sentTo(rw.today),
      sentNoteKeys: state.sentNoteKeys(),
      pending: state.pending(),
      lastChecked: state.lastCheckedDate(),
      waitingNotifiedMax: state.waitingNotifiedMax(),
      nowMs: ctx.now().getTime(),
      runId,
    },
    otherNotes: notes,
    spreadsheetUrl,
    requestFormUrl: rw.requestFormUrl,
  });
  writeCells(rw.roadmap.snapshot, roadmapStatusUpdates(rw.roadmap, rw.statuses, rw.today, rw.sheetTimeZone));
  let droppedReminders = 0;
  if (mode === 'send') {
    const date = toIsoDate(rw.today);
    const at = ctx.now().getTime();
    // Entries another live run holds stay; every other entry was folded into this plan (or dropped by it).
    const keep = state.pending().filter((p) => p.reason === 'planned' && p.runId !== runId && at - p.at < IN_FLIGHT_MS);
    const bounded = boundPending([
      ...keep,
      ...plan.digests.map((d) => pendingOf(d, date, runId, at, 'planned')),
      ...plan.deferred.map((d) => ({
        recipient: d.recipient,
        date,
        items: [],
        notes: [d.note],
        reason: 'deferred' as const,
        runId,
        at,
      })),
      ...(plan.withoutRecipient.length
        ? [
            {
              recipient: '',
              date,
              items: plan.withoutRecipient.map((a) => ({ number: a.item.number, activity: a.item.activity })),
              notes: [],
              reason: 'no_recipient' as const,
              runId,
              at,
            },
          ]
        : []),
    ]);
    state.savePending(bounded.kept);
    droppedReminders = bounded.dropped;
  }
  return { rw, plan, state, runId, noteErrors: errors, spreadsheetUrl, droppedReminders };
}

function reportOf(p: Prepared, mode: CheckMode, outcomes: SendOutcome[] | null): CheckReport {
  const { plan } = p;
  const digests: DigestReport[] = plan.digests.map((d, i) => {
    const o = outcomes?.[i];
    return {
      recipient: d.recipient,
      subject: renderDigest({ ...d, date: plan.today }, { spreadsheetUrl: '' }).subject,
      items: d.alerts.map(alertLine),
      notes: d.notes.map((n) => n.title),
      outcome: !o ? 'planned' : o.sent ? 'sent' : o.reason,
      ...(o && !o.sent ? { message: o.message } : {}),
    };
  });
  const sent = digests.filter((d) => d.outcome === 'sent').length;
  const notSent = outcomes ? digests.length - sent : 0;
  const sentTo = digests.filter((d) => d.outcome === 'sent').map((d) => d.recipient);
  const parts: string[] = [];
  if (mode === 'preview') {
    parts.push(
      digests.length
        ? `К отправке на ${toRuDate(plan.today)}: писем — ${digests.length}.`
        : `На ${toRuDate(plan.today)} отправлять нечего.`,
    );
  } else {
    parts.push(`${toRuDate(plan.today)}: отправлено писем — ${sent}.`);
    const byReason = (r: DigestReport['outcome']) => digests.filter((d) => d.outcome === r).length;
    if (byReason('quota'))
      parts.push(`Не отправлено из-за дневной квоты писем: ${byReason('quota')} — уйдут при следующей проверке.`);
    if (byReason('limit'))
      parts.push(
        `Отложено до следующей проверки (не больше ${MAX_SENDS_PER_RUN} писем за запуск): ${byReason('limit')}.`,
      );
    if (byReason('error')) parts.push(`Ошибка отправки: ${byReason('error')} — повтор при следующей проверке.`);
  }
  if (plan.alreadySent.length) parts.push(`Уже получили письмо сегодня: ${plan.alreadySent.length}.`);
  if (plan.withoutRecipient.length)
    parts.push(`Без получателя: ${plan.withoutRecipient.length} (укажите получателей в «Настройки»).`);
  return {
    ok: true,
    mode,
    date: toIsoDate(plan.today),
    message: parts.join(' '),
    digests: digests.slice(0, REPORTED_DIGESTS),
    digestCount: digests.length,
    alreadySent: plan.alreadySent,
    withoutRecipient: plan.withoutRecipient.map(alertLine),
    deferred: plan.deferred.length,
    problems: plan.problems,
    errors: p.noteErrors,
    sent,
    notSent,
    sentTo,
  };
}

function journalOf(p: Prepared, report: CheckReport, outcomes: SendOutcome[]): JournalEntry[] {
  const lines: string[] = [report.message];
  const sentTo = p.plan.digests
    .filter((_, i) => outcomes[i]!.sent)
    .map((d) => `${d.recipient}${d.alerts.length ? ` (${d.alerts.map((a) => a.item.number).join(', ')})` : ''}`);
  if (sentTo.length) lines.push(`Кому: ${sentTo.join('; ')}.`);
  const notSent = p.plan.digests.map((d, i) => ({ d, o: outcomes[i]! })).filter(({ o }) => !o.sent);
  if (notSent.length) {
    const shown = notSent
      .slice(0, REPORTED_DIGESTS)
      .map(({ d, o }) => `${d.recipient} — ${(o as { message: string }).message}`);
    lines.push(
      `Не отправлено: ${shown.join('; ')}${notSent.length > shown.length ? ` и ещё ${notSent.length - shown.length}` : ''}.`,
    );
  }
  if (report.withoutRecipient.length) lines.push(`Без получателя: ${report.withoutRecipient.join('; ')}.`);
  if (report.errors.length) lines.push(`Ошибки источников сообщений: ${report.errors.join('; ')}.`);
  const entries: JournalEntry[] = [
    { what: 'Напоминания дорожной карты', sheet: 'Дорожная карта', details: lines.join(' ') },
  ];
  if (p.droppedReminders) {
    entries.push({
      what: 'Напоминания дорожной карты: не все педагоги',
      details: `Напоминания об анкете запросов не поместились в очередь и не будут повторены: ${p.droppedReminders}. Список не ответивших — в письме куратору и на листе «Педагоги».`,
    });
  }
  if (p.plan.lost.length) {
    entries.push({
      what: 'Напоминания дорожной карты: не доставлено',
      details: `Письма не удалось отправить за ${PENDING_KEEP_DAYS} дней, попыток больше не будет: ${p.plan.lost
        .map(
          (l) =>
            `${l.recipient} (с ${l.date}${l.items.length ? `, пункты ${l.items.map((i) => i.number).join(', ')}` : ''})`,
        )
        .join('; ')}.`,
    });
  }
  return entries;
}

/** After the sends: the pending list, the run log, the journal, the staff list's column; under the lock again. */
function finish(ctx: AppContext, p: Prepared, report: CheckReport, source: RunSource, outcomes: SendOutcome[]): void {
  const { state, plan, runId, rw } = p;
  state.refresh();
  const date = toIsoDate(plan.today);
  const at = ctx.now().getTime();
  const unsent = plan.digests
    .map((d, i) => ({ d, o: outcomes[i]! }))
    .filter(({ o }) => !o.sent)
    .map(({ d, o }) =>
      pendingOf(
        d,
        date,
        runId,
        at,
        (o as { reason: PendingDigest['reason'] }).reason,
        (o as { message: string }).message,
      ),
    );
  const bounded = boundPending([
    ...state.pending().filter((e) => !(e.runId === runId && e.reason === 'planned')),
    ...unsent,
  ]);
  state.savePending(bounded.kept);
  p.droppedReminders = Math.max(p.droppedReminders, bounded.dropped);
  // The curator has been told about these mentees only once the digest that says so has gone.
  const waitingTold = plan.digests.some(
    (d, i) => outcomes[i]!.sent && d.notes.some((n) => n.key.startsWith(WAITING_KEY)),
  );
  if (waitingTold) state.setWaitingNotifiedMax(plan.waitingMax);
  state.setLastCheckedDate(plan.today);
  state.cleanup(plan.today);
  state.appendRun(runLogOf(ctx, report, source));
  // «Педагоги»: read again (people may have sorted it while mail was going) and matched by email.
  const staffSnapshot = readTable(rw.workbook, staffTable);
  if (staffSnapshot.sheet) {
    const staff = readStaff(staffSnapshot, { timeZone: rw.sheetTimeZone, vocabulary: rw.check.vocabulary });
    const reminded = new Set(
      plan.digests
        .filter((d, i) => outcomes[i]!.sent && d.notes.some((n) => n.key.startsWith(REQUEST_FORM_KEY)))
        .map((d) => d.recipient),
    );
    const values = new Map<number, string>();
    for (const m of staff.members) {
      if (rw.requestAnswered.has(m.email)) values.set(m.row, 'ответ получен');
      else if (reminded.has(m.email)) values.set(m.row, `нет ответа; напоминание ${toRuDate(plan.today)}`);
      else if (!m.requestFormCell.startsWith('нет ответа')) values.set(m.row, 'нет ответа');
    }
    writeCells(staff.snapshot, staffRequestFormUpdates(staff, values, rw.sheetTimeZone));
  }
  // Every run is in the run log; «Журнал» gets the runs that had something to mail or to say.
  const worthJournal =
    report.digests.length ||
    report.withoutRecipient.length ||
    report.errors.length ||
    plan.lost.length ||
    p.droppedReminders;
  if (worthJournal) appendJournal(ctx, rw.workbook, journalOf(p, report, outcomes));
  logLine(
    ctx,
    `Дорожная карта, ${source === 'trigger' ? 'ежедневная проверка' : 'отправка вручную'}: ${report.message}`,
  );
}

function runLogOf(ctx: AppContext, report: CheckReport, source: RunSource): RunLogEntry {
  return {
    at: ctx.now().toISOString(),
    date: report.date,
    source,
    ok: report.ok,
    message: report.message,
    sent: report.sent,
    sentTo: report.sentTo.slice(0, 10),
    notSent: report.notSent,
    alreadySent: report.alreadySent.length,
    withoutRecipient: report.withoutRecipient.length,
    alerts: report.digests.reduce((n, d) => n + d.items.length, 0),
    errors: report.errors.slice(0, 5),
  };
}

/**
 * Identical teachers' reminders (same text, no names in it) go as one message: the curator in To, as a copy of what
 * the staff got, and up to BCC_PER_MESSAGE teachers in blind copy. 150 reminders are 4 sends (≈5 s) instead of 150
 * (≈190 s); the quota still counts every recipient. Without a curator's address each goes alone.
 */
export const BCC_PER_MESSAGE = 49;

interface Send {
  /** Indices into the plan's digests this message delivers. */
  digests: number[];
  mail: OutgoingMail;
}

function batchSends(digests: PlannedDigest[], mails: OutgoingMail[], copyTo: string): Send[] {
  const sends: Send[] = [];
  const open = new Map<string, Send>();
  digests.forEach((d, i) => {
    const mail = mails[i]!;
    if (!copyTo || !regenerable(d) || normalizeEmail(d.recipient) === normalizeEmail(copyTo)) {
      sends.push({ digests: [i], mail });
      return;
    }
    const text = JSON.stringify([mail.subject, mail.textBody, mail.htmlBody]);
    let batch = open.get(text);
    if (!batch || batch.digests.length >= BCC_PER_MESSAGE) {
      batch = { digests: [], mail: { ...mail, to: copyTo, replyTo: copyTo, bcc: [] } };
      open.set(text, batch);
      sends.push(batch);
    }
    batch.digests.push(i);
    batch.mail.bcc!.push(d.recipient);
  });
  return sends;
}

/** A shared message's outcome told for one of its recipients. */
function perRecipient(o: SendOutcome, recipient: string): SendOutcome {
  if (o.sent) return o;
  const message =
    o.reason === 'quota'
      ? quotaMessage(recipient)
      : o.reason === 'limit'
        ? limitMessage(recipient, MAX_SENDS_PER_RUN)
        : `Письмо для ${recipient} (общее письмо педагогам) не отправлено: ${o.message}`;
  return { ...o, message };
}

export interface CheckOptions {
  mode: CheckMode;
  source: RunSource;
  /** The document lock's wait (a click waits less than the trigger). */
  lockWaitMs?: number;
}

/** The daily check. Preview: today's digests, nothing mailed. Send: mailed within the quota, recorded, logged. */
export function runDailyCheck(ctx: AppContext, options: CheckOptions): CheckReport {
  const prepared = withDocumentLock(ctx, () => prepare(ctx, options.mode), options.lockWaitMs);
  if (options.mode === 'preview') return reportOf(prepared, 'preview', null);

  const { plan, state, runId, spreadsheetUrl } = prepared;
  const mails = plan.digests.map((d) => ({
    to: d.recipient,
    ...renderDigest({ ...d, date: plan.today }, { spreadsheetUrl: d.insider ? spreadsheetUrl : '' }),
  }));
  const sends = batchSends(plan.digests, mails, prepared.rw.settings.curatorEmail);
  // Only what one run may send is tried; the rest is «limit», carried to the next run.
  const attempt = sends.slice(0, MAX_SENDS_PER_RUN);
  const sentRecipients: string[] = [];
  const sentNotes: string[] = [];
  // Recorded right after each send, before the next: a run that dies here has still not mailed anyone twice.
  const recordSent = (digests: number[]) => {
    for (const i of digests) {
      const d = plan.digests[i]!;
      sentRecipients.push(d.recipient);
      sentNotes.push(...d.notes.map((n) => n.key));
    }
    state.recordSent(plan.today, runId, sentRecipients, sentNotes);
  };
  const tried = sendAll(
    ctx,
    attempt.map((s) => s.mail),
    senderName(prepared.rw),
    { max: MAX_SENDS_PER_RUN, onSent: (k) => recordSent(attempt[k]!.digests) },
  );
  const outcomes: SendOutcome[] = new Array<SendOutcome>(plan.digests.length);
  sends.forEach((s, k) => {
    const o: SendOutcome = tried[k] ?? {
      sent: false,
      reason: 'limit',
      message: limitMessage(s.mail.to, MAX_SENDS_PER_RUN),
    };
    for (const i of s.digests) outcomes[i] = s.mail.bcc?.length ? perRecipient(o, plan.digests[i]!.recipient) : o;
  });
  // A shared message the service refused (one address it will not take fails all of them): each goes alone, so
  // only the bad address stays unsent.
  const refused = attempt
    .filter((s, k) => s.mail.bcc?.length && tried[k] && !tried[k]!.sent && tried[k]!.reason === 'error')
    .flatMap((s) => s.digests);
  if (refused.length) {
    const used = tried.filter((o) => o.sent || o.reason === 'error').length;
    const alone = sendAll(
      ctx,
      refused.map((i) => mails[i]!),
      senderName(prepared.rw),
      { max: Math.max(0, MAX_SENDS_PER_RUN - used), onSent: (k) => recordSent([refused[k]!]) },
    );
    refused.forEach((i, k) => (outcomes[i] = alone[k]!));
  }
  const report = reportOf(prepared, 'send', outcomes);
  withDocumentLock(ctx, () => finish(ctx, prepared, report, options.source, outcomes), options.lockWaitMs);
  return report;
}
