// ScriptApp: installable triggers with the add-on rules (§4.1–4.5), authorization info, token, script id.
import { GasObject, gasClass, expose, unwrap } from '../core/gas-object';
import type { World } from '../core/world';
import { firstFiring, nextFiring, timeDrivenEvent, type ClockSpec, type TimeDrivenEvent } from './clock-schedule';
import { currentDocumentId, currentUser, servicesContext } from './context';
import {
  AuthMode,
  AuthorizationStatus,
  EventType,
  InstallationSource,
  TriggerSource,
  WeekDay,
  weekDayNumber,
  type EventTypeName,
  type TriggerSourceName,
} from './script-enums';
import { isValidTimeZone } from './zone';

export const MAX_TRIGGERS_PER_USER = 20;

export interface TriggerRecord {
  id: string;
  handler: string;
  eventType: EventTypeName;
  source: TriggerSourceName;
  /** The spreadsheet / form id; null for clock triggers [G ref:script/trigger#getTriggerSourceId()]. */
  sourceId: string | null;
  /** The account that created it; it always runs as this account (§4.2). */
  user: string;
  /** The document the add-on trigger belongs to (clock triggers: the bound document at creation). */
  documentId: string | null;
  createdAt: number;
  clock?: ClockSpec;
  firstFireMs?: number;
  lastFiredMs?: number;
}

interface TriggerState {
  triggers: TriggerRecord[];
  seq: number;
}

function triggerState(world: World): TriggerState {
  return world.state<TriggerState>('services.triggers', () => ({ triggers: [], seq: 0 }));
}

function readableTypeName(t: EventTypeName): string {
  return t === 'CLOCK' ? 'time-driven' : t;
}

/** Shared by every builder's create(): the 20-per-user limit and the add-on rules. */
function install(world: World, record: Omit<TriggerRecord, 'id' | 'user' | 'createdAt'>): TriggerImpl {
  const state = triggerState(world);
  const user = currentUser(world);
  const ctx = servicesContext(world);
  if (ctx.addonMode) {
    const clock = record.clock;
    // "The recurrence interval for an Add-on trigger must be at least one hour." [R ttsukagoshi/mail-merge-for-gmail #165]
    if (clock && clock.kind === 'minutes') throw world.error('addonTriggerInterval');
    // One trigger of each type per user per document [G addon-triggers]; the error text is undocumented [U].
    const duplicate = state.triggers.some(
      (t) => t.user === user && t.documentId === record.documentId && t.eventType === record.eventType,
    );
    if (duplicate) throw world.error('addonTriggerDuplicate', { type: readableTypeName(record.eventType) });
  }
  // 20 triggers per user per script [G quotas]; message [R*] §4.5.
  if (state.triggers.filter((t) => t.user === user).length >= MAX_TRIGGERS_PER_USER)
    throw world.error('tooManyTriggers');
  state.seq++;
  const id = `${7_000 + world.id}${String(state.seq).padStart(12, '0')}`;
  const full: TriggerRecord = { ...record, id, user, createdAt: world.clock.now() };
  if (full.clock) full.firstFireMs = firstFiring(full.clock, full.createdAt, id);
  state.triggers.push(full);
  return new TriggerImpl(full);
}

function idOf(fileOrId: unknown): string {
  if (typeof fileOrId === 'string') return fileOrId;
  const target = unwrap(fileOrId as object) as { getId?: () => string };
  if (target && typeof target.getId === 'function') return target.getId();
  throw new TypeError('emulator: expected a file object with getId() or an id string');
}

export class TriggerImpl extends GasObject {
  readonly [gasClass] = 'Trigger';
  constructor(private readonly record: TriggerRecord) {
    super();
  }
  getUniqueId(): string {
    return this.record.id;
  }
  getHandlerFunction(): string {
    return this.record.handler;
  }
  getEventType(): EventTypeName {
    return this.record.eventType;
  }
  getTriggerSource(): TriggerSourceName {
    return this.record.source;
  }
  getTriggerSourceId(): string | null {
    return this.record.sourceId;
  }
  /** Emulator-internal (underscore: not counted, not part of Apps Script). */
  _record(): TriggerRecord {
    return this.record;
  }
}

export class AuthorizationInfoImpl extends GasObject {
  readonly [gasClass] = 'AuthorizationInfo';
  constructor(
    private readonly required: boolean,
    private readonly scopes: string[] | null,
  ) {
    super();
  }
  getAuthorizationStatus(): string {
    return this.required ? AuthorizationStatus.REQUIRED : AuthorizationStatus.NOT_REQUIRED;
  }
  /** A URL only when authorization is required, else null [G ref:script/authorization-info]. */
  getAuthorizationUrl(): string | null {
    return this.required ? 'https://script.google.com/macros/d/emulator/authorize' : null;
  }
  getAuthorizedScopes(): string[] | null {
    return this.scopes;
  }
}

export class ScriptAppImpl extends GasObject {
  readonly [gasClass] = 'ScriptApp';
  readonly AuthMode = AuthMode;
  readonly AuthorizationStatus = AuthorizationStatus;
  readonly EventType = EventType;
  readonly TriggerSource = TriggerSource;
  readonly WeekDay = WeekDay;
  readonly InstallationSource = InstallationSource;
  constructor(private readonly world: World) {
    super();
  }
  getAuthorizationInfo(_authMode: unknown, _scopes?: string[]): AuthorizationInfoImpl {
    const required = servicesContext(this.world).authorizationRequired;
    return new AuthorizationInfoImpl(required, required ? [] : (this.world.oauthScopes ?? null));
  }
  getOAuthToken(): string {
    const user = currentUser(this.world);
    return `ya29.emulator.${Buffer.from(user).toString('base64url')}`;
  }
  getScriptId(): string {
    return servicesContext(this.world).scriptId;
  }
  getInstallationSource(): string {
    return InstallationSource.NONE;
  }
  newTrigger(functionName: string): TriggerBuilderImpl {
    return new TriggerBuilderImpl(this.world, String(functionName));
  }
  /** The current user's installable triggers of this project [G ref:script/script-app#getProjectTriggers()]. */
  getProjectTriggers(): TriggerImpl[] {
    const user = currentUser(this.world);
    return triggerState(this.world)
      .triggers.filter((t) => t.user === user)
      .map((t) => new TriggerImpl(t));
  }
  /** The current user's triggers of this script in the given file [G ref:script/script-app#getUserTriggers(Spreadsheet)]. */
  getUserTriggers(file: unknown): TriggerImpl[] {
    const id = idOf(file);
    const user = currentUser(this.world);
    return triggerState(this.world)
      .triggers.filter((t) => t.user === user && (t.documentId === id || t.sourceId === id))
      .map((t) => new TriggerImpl(t));
  }
  deleteTrigger(trigger: TriggerImpl): void {
    const id = (unwrap(trigger) as TriggerImpl).getUniqueId();
    const state = triggerState(this.world);
    const user = currentUser(this.world);
    // A user cannot see, hence cannot delete, another account's triggers (§4.2); unknown ids are ignored [U].
    state.triggers = state.triggers.filter((t) => !(t.id === id && t.user === user));
  }
}

export class TriggerBuilderImpl extends GasObject {
  readonly [gasClass] = 'TriggerBuilder';
  constructor(
    private readonly world: World,
    private readonly handler: string,
  ) {
    super();
  }
  timeBased(): ClockTriggerBuilderImpl {
    return new ClockTriggerBuilderImpl(this.world, this.handler);
  }
  forSpreadsheet(spreadsheet: unknown): SourceTriggerBuilderImpl {
    return new SourceTriggerBuilderImpl(
      this.world,
      this.handler,
      'SPREADSHEETS',
      idOf(spreadsheet),
      'SpreadsheetTriggerBuilder',
    );
  }
  forForm(form: unknown): SourceTriggerBuilderImpl {
    return new SourceTriggerBuilderImpl(this.world, this.handler, 'FORMS', idOf(form), 'FormTriggerBuilder');
  }
  forDocument(document: unknown): SourceTriggerBuilderImpl {
    return new SourceTriggerBuilderImpl(
      this.world,
      this.handler,
      'DOCUMENTS',
      idOf(document),
      'DocumentTriggerBuilder',
    );
  }
}

/** SpreadsheetTriggerBuilder / FormTriggerBuilder / DocumentTriggerBuilder (one class, named per source). */
export class SourceTriggerBuilderImpl extends GasObject {
  readonly [gasClass]: string;
  private eventType: EventTypeName | null = null;
  constructor(
    private readonly world: World,
    private readonly handler: string,
    private readonly source: TriggerSourceName,
    private readonly sourceId: string,
    className: string,
  ) {
    super();
    this[gasClass] = className;
  }
  private set(type: EventTypeName, allowed: TriggerSourceName[]): this {
    if (!allowed.includes(this.source))
      throw new TypeError(`emulator: ${type} is not available for ${this.source} triggers`);
    this.eventType = type;
    return this;
  }
  onOpen(): this {
    return this.set('ON_OPEN', ['SPREADSHEETS', 'FORMS', 'DOCUMENTS']);
  }
  onEdit(): this {
    return this.set('ON_EDIT', ['SPREADSHEETS']);
  }
  onChange(): this {
    return this.set('ON_CHANGE', ['SPREADSHEETS']);
  }
  onFormSubmit(): this {
    return this.set('ON_FORM_SUBMIT', ['SPREADSHEETS', 'FORMS']);
  }
  create(): TriggerImpl {
    if (!this.eventType) throw this.world.error('triggerBuilderIncomplete', { what: 'event type' });
    return install(this.world, {
      handler: this.handler,
      eventType: this.eventType,
      source: this.source,
      sourceId: this.sourceId,
      documentId: this.sourceId,
    });
  }
}

const EVERY_MINUTES = [1, 5, 10, 15, 30];

export class ClockTriggerBuilderImpl extends GasObject {
  readonly [gasClass] = 'ClockTriggerBuilder';
  private spec: Partial<ClockSpec> = {};
  constructor(
    private readonly world: World,
    private readonly handler: string,
  ) {
    super();
  }
  private positive(n: number, name: string): number {
    if (!Number.isInteger(n) || n < 1) throw this.world.error('invalidArgument', { name });
    return n;
  }
  everyMinutes(n: number): this {
    // n must be 1, 5, 10, 15 or 30 [G ref:script/clock-trigger-builder#everyMinutes(Integer)]
    if (!EVERY_MINUTES.includes(n)) throw this.world.error('invalidArgument', { name: 'minutes' });
    Object.assign(this.spec, { kind: 'minutes', interval: n });
    return this;
  }
  everyHours(n: number): this {
    Object.assign(this.spec, { kind: 'hours', interval: this.positive(n, 'hours') });
    return this;
  }
  everyDays(n: number): this {
    Object.assign(this.spec, { kind: 'days', interval: this.positive(n, 'days') });
    return this;
  }
  everyWeeks(n: number): this {
    Object.assign(this.spec, { kind: 'weeks', interval: this.positive(n, 'weeks') });
    return this;
  }
  onWeekDay(day: unknown): this {
    const n = weekDayNumber(day);
    if (n === null) throw this.world.error('invalidArgument', { name: 'day' });
    this.spec.weekDay = n;
    if (this.spec.kind === undefined) Object.assign(this.spec, { kind: 'weeks', interval: 1 });
    return this;
  }
  onMonthDay(day: number): this {
    if (!Number.isInteger(day) || day < 1 || day > 31) throw this.world.error('invalidArgument', { name: 'day' });
    Object.assign(this.spec, { kind: 'months', interval: 1, monthDay: day });
    return this;
  }
  atHour(hour: number): this {
    if (!Number.isInteger(hour) || hour < 0 || hour > 23) throw this.world.error('invalidArgument', { name: 'hour' });
    this.spec.hour = hour;
    return this;
  }
  nearMinute(minute: number): this {
    if (!Number.isInteger(minute) || minute < 0 || minute > 59)
      throw this.world.error('invalidArgument', { name: 'minute' });
    this.spec.nearMinute = minute;
    return this;
  }
  /** Joda time-zone id; an invalid id throws [G ref:script/clock-trigger-builder#inTimezone(String)]. */
  inTimezone(timezone: string): this {
    if (!isValidTimeZone(timezone)) throw this.world.error('invalidTimeZone', { tz: String(timezone) });
    this.spec.timeZone = timezone;
    return this;
  }
  at(date: Date): this {
    Object.assign(this.spec, { kind: 'once', interval: 1, atMs: new Date(date).getTime() });
    return this;
  }
  atDate(year: number, month: number, day: number): this {
    Object.assign(this.spec, { kind: 'once', interval: 1, atDate: { year, month, day } });
    return this;
  }
  /** Only a minimum delay is guaranteed; the emulator fires exactly then. */
  after(durationMilliseconds: number): this {
    Object.assign(this.spec, {
      kind: 'once',
      interval: 1,
      atMs: this.world.clock.now() + Number(durationMilliseconds),
    });
    return this;
  }
  create(): TriggerImpl {
    // A frequency is required with atHour() / nearMinute() [G ref:script/clock-trigger-builder#atHour(Integer)].
    if (this.spec.kind === undefined) throw this.world.error('triggerBuilderIncomplete', { what: 'frequency' });
    const clock: ClockSpec = {
      ...this.spec,
      kind: this.spec.kind,
      interval: this.spec.interval ?? 1,
      timeZone: this.spec.timeZone ?? this.world.scriptTimeZone,
    };
    return install(this.world, {
      handler: this.handler,
      eventType: 'CLOCK',
      source: 'CLOCK',
      sourceId: null,
      documentId: currentDocumentId(this.world),
      clock,
    });
  }
}

// ---------------------------------------------------------------------------------------------
// Setup API for tests, the playground and the Forms emulator.

/** Every installed trigger of every user (copies). */
export function allTriggers(world: World): TriggerRecord[] {
  return triggerState(world).triggers.map((t) => ({ ...t }));
}

/** The counted Apps Script view of a trigger, e.g. to hand to handler code. */
export function triggerObject(world: World, id: string): GoogleAppsScript.Script.Trigger | null {
  const record = triggerState(world).triggers.find((t) => t.id === id);
  return record ? (expose(world, new TriggerImpl(record)) as unknown as GoogleAppsScript.Script.Trigger) : null;
}

/** Form-submit triggers installed on a spreadsheet (source SPREADSHEETS) or a form (source FORMS) with this id. */
export function formSubmitTriggersFor(world: World, fileId: string): TriggerRecord[] {
  return triggerState(world)
    .triggers.filter((t) => t.eventType === 'ON_FORM_SUBMIT' && t.sourceId === fileId)
    .map((t) => ({ ...t }));
}

/** Triggers of one event type on one file (ON_OPEN / ON_EDIT / ON_CHANGE / ON_FORM_SUBMIT). */
export function sourceTriggersFor(world: World, fileId: string, eventType: EventTypeName): TriggerRecord[] {
  return triggerState(world)
    .triggers.filter((t) => t.eventType === eventType && t.sourceId === fileId)
    .map((t) => ({ ...t }));
}

export interface DueFiring {
  at: number;
  trigger: TriggerRecord;
  event: TimeDrivenEvent;
}

/** Clock firings in (fromMs, toMs], in time order, without running or changing anything. */
export function dueClockTriggers(world: World, fromMs: number, toMs: number): DueFiring[] {
  const out: DueFiring[] = [];
  for (const t of triggerState(world).triggers) {
    if (!t.clock || t.firstFireMs === undefined) continue;
    let after = Math.max(fromMs, t.lastFiredMs ?? Number.NEGATIVE_INFINITY);
    for (;;) {
      const next = nextFiring(t.clock, t.firstFireMs, after);
      if (next === null || next > toMs) break;
      out.push({ at: next, trigger: { ...t }, event: timeDrivenEvent(next, t.clock.timeZone, t.id) });
      after = next;
      if (out.length > 100_000) throw new Error('emulator: too many clock firings in the interval');
    }
  }
  return out.sort((a, b) => a.at - b.at || a.trigger.id.localeCompare(b.trigger.id));
}

/**
 * Moves the world clock forward to `to`, firing every due clock trigger in time order: the clock is set
 * to each firing time, one-shot triggers are removed before they run, and `run` gets the trigger (counted
 * Apps Script view), the time-driven event object and the record (user = the account it runs as).
 * Triggers created or deleted by a run are taken into account for later firings.
 */
export function advanceClock(
  world: World,
  to: Date | number | string,
  run: (trigger: GoogleAppsScript.Script.Trigger, event: TimeDrivenEvent, record: TriggerRecord) => void,
): number {
  const toMs = new Date(to).getTime();
  const state = triggerState(world);
  let fired = 0;
  for (;;) {
    const now = world.clock.now();
    let best: { at: number; t: TriggerRecord } | null = null;
    for (const t of state.triggers) {
      if (!t.clock || t.firstFireMs === undefined) continue;
      const next = nextFiring(t.clock, t.firstFireMs, Math.max(t.lastFiredMs ?? t.createdAt, now - 1));
      if (next !== null && next <= toMs && (!best || next < best.at || (next === best.at && t.id < best.t.id)))
        best = { at: next, t };
    }
    if (!best) break;
    world.clock.set(best.at);
    best.t.lastFiredMs = best.at;
    if (best.t.clock!.kind === 'once') state.triggers = state.triggers.filter((t) => t !== best!.t);
    fired++;
    run(
      expose(world, new TriggerImpl(best.t)) as unknown as GoogleAppsScript.Script.Trigger,
      timeDrivenEvent(best.at, best.t.clock!.timeZone, best.t.id),
      { ...best.t },
    );
  }
  if (toMs > world.clock.now()) world.clock.set(toMs);
  return fired;
}
