// Use case «ежедневная проверка» / «Проверить сейчас»: statuses from the data, today's digests (one per recipient per
// day), sent within the quota, each send recorded at once so neither a second run nor a crash mails anyone twice.
import { toIsoDate, toRuDate } from '../../domain/calendar/calendar-date';
import { statusStateRu } from '../../domain/roadmap/status';
import { renderDigest } from '../../domain/roadmap/digest-render';
import { documentStore } from '../../google/document-properties';
import { withDocumentLock } from '../../google/lock';
import { sendAll, type SendOutcome } from '../../google/mail';
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
import { IN_FLIGHT_MS, PENDING_KEEP_DAYS, RoadmapState, type PendingDigest, type RunLogEntry, type RunSource } from './state';
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
  digests: DigestReport[];
  alreadySent: string[];
  withoutRecipient: string[];
  deferred: number;
  problems: string[];
  /** Note sources that failed (their notes are missing today). */
  errors: string[];
  sent: number;
  notSent: number;
}

/** The check could not run at all (a sheet deleted, the workbook unreachable): nothing was mailed. */
export class CheckFailure extends UserError {}

const alertLine = (a: PlannedDigest['alerts'][number]) =>
  `${a.item.number} — до ${toRuDate(a.deadline)} — ${a.phraseRu} (${statusStateRu[a.status.state]})`;

function senderName(rw: RoadmapWorkbook): string {
  const school = rw.check.settingsRead.raw.schoolShortName ?? '';
  return school ? `Наставничество — ${school}` : 'Наставничество';
}

function pendingOf(d: PlannedDigest, date: string, runId: string, at: number, reason: PendingDigest['reason'], message?: string): PendingDigest {
  return {
    recipient: d.recipient,
    date,
    items: d.alerts.map((a) => ({ number: a.item.number, activity: a.item.activity })),
    notes: d.notes,
    reason,
    runId,
    at,
    ...(message ? { message } : {}),
  };
}

interface Prepared {
  rw: RoadmapWorkbook;
  plan: DailyPlan;
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
  const { notes, errors } = collectDailyNotes(ctx, rw.today);
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
    requestFormUrl: null,
  });
  writeCells(rw.roadmap.snapshot, roadmapStatusUpdates(rw.roadmap, rw.statuses, rw.today, rw.sheetTimeZone));
  if (mode === 'send') {
    const date = toIsoDate(rw.today);
    const at = ctx.now().getTime();
    // Entries another live run holds stay; every other entry was folded into this plan (or dropped by it).
    const keep = state.pending().filter((p) => p.reason === 'planned' && p.runId !== runId && at - p.at < IN_FLIGHT_MS);
    state.savePending([
      ...keep,
      ...plan.digests.map((d) => pendingOf(d, date, runId, at, 'planned')),
      ...plan.deferred.map((d) => ({ recipient: d.recipient, date, items: [], notes: [d.note], reason: 'deferred' as const, runId, at })),
      ...(plan.withoutRecipient.length
        ? [{ recipient: '', date, items: plan.withoutRecipient.map((a) => ({ number: a.item.number, activity: a.item.activity })), notes: [], reason: 'no_recipient' as const, runId, at }]
        : []),
    ]);
  }
  return { rw, plan, state, runId, noteErrors: errors, spreadsheetUrl };
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
  const parts: string[] = [];
  if (mode === 'preview') {
    parts.push(digests.length ? `К отправке на ${toRuDate(plan.today)}: писем — ${digests.length}.` : `На ${toRuDate(plan.today)} отправлять нечего.`);
  } else {
    parts.push(`${toRuDate(plan.today)}: отправлено писем — ${sent}.`);
    const byReason = (r: DigestReport['outcome']) => digests.filter((d) => d.outcome === r).length;
    if (byReason('quota')) parts.push(`Не отправлено из-за дневной квоты писем: ${byReason('quota')} — уйдут при следующей проверке.`);
    if (byReason('limit')) parts.push(`Отложено до следующей проверки (не больше ${MAX_SENDS_PER_RUN} писем за запуск): ${byReason('limit')}.`);
    if (byReason('error')) parts.push(`Ошибка отправки: ${byReason('error')} — повтор при следующей проверке.`);
  }
  if (plan.alreadySent.length) parts.push(`Уже получили письмо сегодня: ${plan.alreadySent.length}.`);
  if (plan.withoutRecipient.length) parts.push(`Без получателя: ${plan.withoutRecipient.length} (укажите получателей в «Настройки»).`);
  return {
    ok: true,
    mode,
    date: toIsoDate(plan.today),
    message: parts.join(' '),
    digests,
    alreadySent: plan.alreadySent,
    withoutRecipient: plan.withoutRecipient.map(alertLine),
    deferred: plan.deferred.length,
    problems: plan.problems,
    errors: p.noteErrors,
    sent,
    notSent,
  };
}

function journalOf(p: Prepared, report: CheckReport): JournalEntry[] {
  const lines: string[] = [report.message];
  const sentTo = report.digests.filter((d) => d.outcome === 'sent').map((d) => `${d.recipient}${d.items.length ? ` (${d.items.map((i) => i.split(' ')[0]).join(', ')})` : ''}`);
  if (sentTo.length) lines.push(`Кому: ${sentTo.join('; ')}.`);
  const notSent = report.digests.filter((d) => d.outcome !== 'sent');
  if (notSent.length) lines.push(`Не отправлено: ${notSent.map((d) => `${d.recipient} — ${d.message ?? d.outcome}`).join('; ')}.`);
  if (report.withoutRecipient.length) lines.push(`Без получателя: ${report.withoutRecipient.join('; ')}.`);
  if (report.errors.length) lines.push(`Ошибки источников сообщений: ${report.errors.join('; ')}.`);
  const entries: JournalEntry[] = [{ what: 'Напоминания дорожной карты', sheet: 'Дорожная карта', details: lines.join(' ') }];
  if (p.plan.lost.length) {
    entries.push({
      what: 'Напоминания дорожной карты: не доставлено',
      details: `Письма не удалось отправить за ${PENDING_KEEP_DAYS} дней, попыток больше не будет: ${p.plan.lost
        .map((l) => `${l.recipient} (с ${l.date}${l.items.length ? `, пункты ${l.items.map((i) => i.number).join(', ')}` : ''})`)
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
    .map(({ d, o }) => pendingOf(d, date, runId, at, (o as { reason: PendingDigest['reason'] }).reason, (o as { message: string }).message));
  state.savePending([...state.pending().filter((e) => !(e.runId === runId && e.reason === 'planned')), ...unsent]);
  // The curator has been told about these mentees only once the digest that says so has gone.
  const waitingTold = plan.digests.some((d, i) => outcomes[i]!.sent && d.notes.some((n) => n.key.startsWith(WAITING_KEY)));
  if (waitingTold) state.setWaitingNotifiedMax(plan.waitingMax);
  state.setLastCheckedDate(plan.today);
  state.cleanup(plan.today);
  state.appendRun(runLogOf(ctx, report, source));
  // «Педагоги»: read again (people may have sorted it while mail was going) and matched by email.
  const staffSnapshot = readTable(rw.workbook, staffTable);
  if (staffSnapshot.sheet) {
    const staff = readStaff(staffSnapshot, { timeZone: rw.sheetTimeZone, vocabulary: rw.check.vocabulary });
    const reminded = new Set(
      plan.digests.filter((d, i) => outcomes[i]!.sent && d.notes.some((n) => n.key.startsWith(REQUEST_FORM_KEY))).map((d) => d.recipient),
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
  const worthJournal = report.digests.length || report.withoutRecipient.length || report.errors.length || plan.lost.length;
  if (worthJournal) appendJournal(ctx, rw.workbook, journalOf(p, report));
  ctx.services.Logger.log(`Дорожная карта, ${source === 'trigger' ? 'ежедневная проверка' : 'отправка вручную'}: ${report.message}`);
}

function runLogOf(ctx: AppContext, report: CheckReport, source: RunSource): RunLogEntry {
  return {
    at: ctx.now().toISOString(),
    date: report.date,
    source,
    ok: report.ok,
    message: report.message,
    sent: report.sent,
    sentTo: report.digests.filter((d) => d.outcome === 'sent').map((d) => d.recipient).slice(0, 10),
    notSent: report.notSent,
    alreadySent: report.alreadySent.length,
    withoutRecipient: report.withoutRecipient.length,
    alerts: report.digests.reduce((n, d) => n + d.items.length, 0),
    errors: report.errors.slice(0, 5),
  };
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
  const messages = plan.digests.map((d) => {
    const mail = renderDigest({ ...d, date: plan.today }, { spreadsheetUrl: d.insider ? spreadsheetUrl : '' });
    return { to: d.recipient, ...mail };
  });
  const sentRecipients: string[] = [];
  const sentNotes: string[] = [];
  const outcomes = sendAll(ctx, messages, senderName(prepared.rw), {
    max: MAX_SENDS_PER_RUN,
    onSent: (i) => {
      const d = plan.digests[i]!;
      sentRecipients.push(d.recipient);
      sentNotes.push(...d.notes.map((n) => n.key));
      // Recorded before the next send: a run that dies here has still not mailed anyone twice.
      state.recordSent(plan.today, runId, sentRecipients, sentNotes);
    },
  });
  const report = reportOf(prepared, 'send', outcomes);
  withDocumentLock(ctx, () => finish(ctx, prepared, report, options.source, outcomes), options.lockWaitMs);
  return report;
}
