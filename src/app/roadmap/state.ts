// What the reminders remember between executions, in document properties (shared by every user of the workbook):
// the daily trigger's record, the run log the sidebar shows, who was mailed on which day (so a second run never mails
// twice), the digests not yet delivered (so nothing is lost), all bounded in size and age.
import { addDays, parseCalendarDate, toIsoDate, type CalendarDate } from '../../domain/calendar/calendar-date';
import type { DigestNote } from '../../domain/roadmap/digest-render';
import type { DocumentStore } from '../../google/document-properties';

const P = 'nastavnik.roadmap.';
const KEY_TRIGGER = `${P}trigger`;
const KEY_RUNS = `${P}runs`;
const KEY_SEQ = `${P}runSeq`;
const KEY_LAST_CHECKED = `${P}lastCheckedDate`;
const KEY_WAITING = `${P}waitingNotifiedMax`;
const PENDING = `${P}pending.`;
const SENT_TO = `${P}sentTo.`;
const SENT_NOTES = `${P}sentNotes.`;

/** Under the 9 KB per-value limit of Properties (apps-script-facts §8.1), with room for multi-byte Russian text. */
const CHUNK_BYTES = 7_500;
/** Who was mailed matters only for the same day; kept a little longer for the sidebar and investigations. */
export const SENT_TO_KEEP_DAYS = 3;
/** Notes' own keys: a note is not repeated within this window. */
export const SENT_NOTES_KEEP_DAYS = 31;
/** An undelivered digest is carried at most this long, then reported as lost in «Журнал». */
export const PENDING_KEEP_DAYS = 14;
const RUNS_KEPT = 12;
/** An execution lasts at most 6 minutes: a reservation older than this belongs to a run that died. */
export const IN_FLIGHT_MS = 7 * 60_000;

export interface TriggerRecord {
  /** False once «Выключить напоминания» was pressed: a leftover trigger that still fires removes itself. */
  enabled: boolean;
  uid: string;
  /** Who installed it: the trigger runs, and mails, as this account. */
  owner: string;
  hour: number;
  timeZone: string;
  installedAt: string;
  /** Who switched the reminders off, and when. */
  disabledBy?: string;
  disabledAt?: string;
}

export type RunSource = 'trigger' | 'manual';

export interface RunLogEntry {
  /** ISO instant of the run. */
  at: string;
  /** The workbook's date the run was for (yyyy-MM-dd). */
  date: string;
  source: RunSource;
  ok: boolean;
  /** One Russian line: what happened. */
  message: string;
  sent: number;
  /** The first recipients mailed (the count is in `sent`). */
  sentTo: string[];
  notSent: number;
  alreadySent: number;
  withoutRecipient: number;
  alerts: number;
  errors: string[];
}

export interface PendingItemRef {
  number: string;
  activity: string;
}

/** A digest planned or not delivered: carried into the recipient's next digest until it goes out. */
export interface PendingDigest {
  /** '' for alerts nobody could receive: they go to whoever «Настройки» name next. */
  recipient: string;
  /** The day it was for (yyyy-MM-dd). */
  date: string;
  items: PendingItemRef[];
  notes: DigestNote[];
  /** planned: a run has reserved it and is sending; the others say why it did not go. */
  reason: 'planned' | 'quota' | 'error' | 'limit' | 'deferred' | 'no_recipient';
  runId: string;
  /** When it was reserved or last tried (ms). */
  at: number;
  message?: string;
}

function chunksOf(values: readonly unknown[]): string[] {
  const chunks: string[] = [];
  let current: unknown[] = [];
  let size = 2;
  for (const v of values) {
    const bytes = byteLength(JSON.stringify(v)) + 1;
    if (current.length && size + bytes > CHUNK_BYTES) {
      chunks.push(JSON.stringify(current));
      current = [];
      size = 2;
    }
    current.push(v);
    size += bytes;
  }
  if (current.length) chunks.push(JSON.stringify(current));
  return chunks;
}

function byteLength(s: string): number {
  let n = 0;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    n += c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
  }
  return n;
}

function parseJson<T>(text: string | undefined, fallback: T): T {
  if (!text) return fallback;
  try {
    return JSON.parse(text) as T;
  } catch {
    return fallback;
  }
}

/** Keys "<prefix><date>.<run>.<chunk>" of a family, grouped by date and run. */
function family(
  all: Record<string, string>,
  prefix: string,
): Array<{ key: string; date: string; run: string; values: string[] }> {
  const out: Array<{ key: string; date: string; run: string; values: string[] }> = [];
  for (const [key, value] of Object.entries(all)) {
    if (!key.startsWith(prefix)) continue;
    const [date, run] = key.slice(prefix.length).split('.');
    if (!date || !run) continue;
    out.push({ key, date, run, values: parseJson<string[]>(value, []) });
  }
  return out;
}

/** One snapshot of the reminders' state (one getProperties), with writes that touch only their own keys. */
export class RoadmapState {
  private all: Record<string, string>;

  constructor(private readonly store: DocumentStore) {
    this.all = store.all();
  }

  /** Re-reads every property (another execution may have written meanwhile). */
  refresh(): void {
    this.all = this.store.all();
  }

  trigger(): TriggerRecord | null {
    return parseJson<TriggerRecord | null>(this.all[KEY_TRIGGER], null);
  }

  setTrigger(record: TriggerRecord | null): void {
    if (record) this.write({ [KEY_TRIGGER]: JSON.stringify(record) });
    else if (KEY_TRIGGER in this.all) {
      this.store.remove(KEY_TRIGGER);
      delete this.all[KEY_TRIGGER];
    }
  }

  runs(): RunLogEntry[] {
    return parseJson<RunLogEntry[]>(this.all[KEY_RUNS], []);
  }

  /** Newest first, bounded in count and size. */
  appendRun(entry: RunLogEntry): void {
    const runs = [entry, ...this.runs()].slice(0, RUNS_KEPT);
    let text = JSON.stringify(runs);
    while (byteLength(text) > CHUNK_BYTES && runs.length > 1) {
      runs.pop();
      text = JSON.stringify(runs);
    }
    this.write({ [KEY_RUNS]: text });
  }

  /** A new run id: a sequence kept in the properties, so two runs in the same millisecond still differ. */
  nextRunId(): string {
    const n = Number(this.all[KEY_SEQ] ?? '0') + 1;
    this.write({ [KEY_SEQ]: String(n) });
    return String(n);
  }

  lastCheckedDate(): CalendarDate | null {
    const v = this.all[KEY_LAST_CHECKED];
    return v ? parseCalendarDate(v) : null;
  }

  setLastCheckedDate(date: CalendarDate | null): void {
    if (date) this.write({ [KEY_LAST_CHECKED]: toIsoDate(date) });
    else if (KEY_LAST_CHECKED in this.all) {
      this.store.remove(KEY_LAST_CHECKED);
      delete this.all[KEY_LAST_CHECKED];
    }
  }

  waitingNotifiedMax(): number {
    return Number(this.all[KEY_WAITING] ?? '0') || 0;
  }

  setWaitingNotifiedMax(n: number): void {
    this.write({ [KEY_WAITING]: String(n) });
  }

  /** Recipients already mailed on `date` by any run. */
  sentTo(date: CalendarDate): Set<string> {
    const iso = toIsoDate(date);
    return new Set(
      family(this.all, SENT_TO)
        .filter((f) => f.date === iso)
        .flatMap((f) => f.values),
    );
  }

  /** Note keys sent within the retention window. */
  sentNoteKeys(): Set<string> {
    return new Set(family(this.all, SENT_NOTES).flatMap((f) => f.values));
  }

  /**
   * Records what one run has mailed so far on `date`: its own keys only, rewritten after each send, so an
   * execution that dies after a send still leaves the send recorded.
   */
  recordSent(date: CalendarDate, runId: string, recipients: readonly string[], noteKeys: readonly string[]): void {
    const iso = toIsoDate(date);
    const values: Record<string, string> = {};
    chunksOf(recipients).forEach((c, i) => (values[`${SENT_TO}${iso}.${runId}.${i}`] = c));
    chunksOf(noteKeys).forEach((c, i) => (values[`${SENT_NOTES}${iso}.${runId}.${i}`] = c));
    this.write(values);
  }

  pending(): PendingDigest[] {
    const parts = Object.keys(this.all)
      .filter((k) => k.startsWith(PENDING))
      .sort((a, b) => Number(a.slice(PENDING.length)) - Number(b.slice(PENDING.length)));
    return parts.flatMap((k) => parseJson<PendingDigest[]>(this.all[k], []));
  }

  /** Replaces the pending list (chunked); stale chunks are deleted. */
  savePending(list: readonly PendingDigest[]): void {
    const chunks = chunksOf(list);
    const values: Record<string, string> = {};
    chunks.forEach((c, i) => (values[`${PENDING}${i}`] = c));
    this.write(values);
    for (const k of Object.keys(this.all)) {
      if (k.startsWith(PENDING) && Number(k.slice(PENDING.length)) >= chunks.length) this.removeKey(k);
    }
  }

  /** Drops sent records past their window (a few keys a day: one deleteProperty each). */
  cleanup(today: CalendarDate): void {
    const oldest = (days: number) => toIsoDate(addDays(today, -days));
    for (const f of family(this.all, SENT_TO)) if (f.date < oldest(SENT_TO_KEEP_DAYS)) this.removeKey(f.key);
    for (const f of family(this.all, SENT_NOTES)) if (f.date < oldest(SENT_NOTES_KEEP_DAYS)) this.removeKey(f.key);
  }

  private removeKey(key: string): void {
    this.store.remove(key);
    delete this.all[key];
  }

  private write(values: Record<string, string>): void {
    this.store.setMany(values);
    Object.assign(this.all, values);
  }
}
