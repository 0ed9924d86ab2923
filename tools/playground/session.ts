// One playground world: the emulator, dist/Code.js run through the bundle runner, an execution log, a state file.
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { World, type AuthMode, type Execution, type ExecutionKind } from '../emulator';
import { advanceClock, allTriggers, outbox, type ClockSpec, type TriggerRecord } from '../emulator/services';
import { nextFiring } from '../emulator/services/clock-schedule';
import { createBundleRunner, type BundleRunner } from '../harness/bundle-runner';
import { configureForms, formsState, type Delivery } from '../emulator/forms';
import { SpreadsheetResponseHost } from '../emulator/forms-sheets';
import { localFormPath } from './forms-route';
import { seedDemo, DEMO_START } from './demo';
import {
  activeSpreadsheet,
  closeSidebar,
  readDialogs,
  readMenus,
  readSelection,
  readSheets,
  readSidebar,
  selectRows,
} from './emulator-bridge';
import { restoreWorld, snapshotWorld, type WorldSnapshot } from './world-snapshot';
import type { ExecutionView, PlaygroundView, TriggerView } from './view-model';
import { documentToHtml, listDocuments } from '../emulator/documents';
import { driveFile } from '../emulator/drive';

const KEEP_EXECUTIONS = 60;
const STATE_VERSION = 1;

interface SavedState {
  version: number;
  now: number;
  world: WorldSnapshot;
  executions: ExecutionView[];
}

export interface SessionOptions {
  distDir?: string;
  stateFile: string;
  /** Start over with demo data even if the state file exists. */
  reset?: boolean;
}

export class PlaygroundSession {
  world!: World;
  runner!: BundleRunner;
  executions: ExecutionView[] = [];
  private lastExecution: Execution | null = null;
  private executionSeq = 0;
  readonly notes: string[] = [];

  constructor(private readonly options: SessionOptions) {
    const saved = options.reset ? null : this.readState();
    if (saved) this.load(saved);
    else this.reset();
  }

  /** A new world with the demo school; the add-on is opened and its sidebar shown, as a curator would. */
  reset(): void {
    this.executions = [];
    this.attach(new World({ now: DEMO_START, locale: 'ru' }));
    seedDemo(this.world);
    this.open();
    if (this.runner.topLevelFunctions.includes('showSidebar')) this.runMenu('showSidebar');
    this.save();
  }

  private attach(world: World): void {
    this.world = world;
    // Forms write their answers into the emulated spreadsheet from the first submission on.
    configureForms(world, { host: new SpreadsheetResponseHost(world) });
    this.runner = createBundleRunner(world, { distDir: this.options.distDir });
    world.onExecutionEnd((e) => {
      this.lastExecution = { ...e };
    });
  }

  private load(saved: SavedState): void {
    this.attach(new World({ now: saved.now, locale: 'ru' }));
    restoreWorld(this.world, saved.world);
    if (saved.world.skipped.length)
      this.notes.push(`Не сохранялось между запусками: ${saved.world.skipped.join(', ')}.`);
    this.executions = saved.executions ?? [];
    this.executionSeq = this.executions.reduce((m, e) => Math.max(m, e.id), 0);
  }

  private readState(): SavedState | null {
    try {
      const saved = JSON.parse(fs.readFileSync(this.options.stateFile, 'utf8')) as SavedState;
      return saved.version === STATE_VERSION ? saved : null;
    } catch {
      return null;
    }
  }

  save(): void {
    const state: SavedState = {
      version: STATE_VERSION,
      now: this.world.clock.now(),
      world: snapshotWorld(this.world),
      executions: this.executions,
    };
    fs.mkdirSync(path.dirname(this.options.stateFile), { recursive: true });
    const tmp = `${this.options.stateFile}.tmp`;
    fs.writeFileSync(tmp, JSON.stringify(state));
    fs.renameSync(tmp, this.options.stateFile);
  }

  /** Runs one top-level function as one execution and logs its calls, cost and time. */
  private track<T>(functionName: string, kind: ExecutionKind, authMode: AuthMode, body: () => T): T {
    const before = this.world.calls.byMethod();
    this.lastExecution = null;
    const started = performance.now();
    let error: unknown = null;
    try {
      return body();
    } catch (e) {
      error = e;
      throw e;
    } finally {
      const after = this.world.calls.byMethod();
      const calls: Record<string, number> = {};
      for (const [name, n] of Object.entries(after)) {
        const d = n - (before[name] ?? 0);
        if (d > 0) calls[name] = d;
      }
      this.executions.unshift({
        id: ++this.executionSeq,
        functionName,
        kind,
        authMode,
        at: new Date(this.world.clock.now()).toISOString(),
        ok: error === null,
        error: error === null ? undefined : errorText(error),
        calls,
        totalCalls: Object.values(calls).reduce((a, b) => a + b, 0),
        estimatedSeconds: ((this.lastExecution as Execution | null)?.estimatedMs ?? 0) / 1000,
        nodeMs: Math.round((performance.now() - started) * 10) / 10,
      });
      this.executions.length = Math.min(this.executions.length, KEEP_EXECUTIONS);
    }
  }

  /** Opening the document: onOpen in AuthMode.NONE builds the add-on menu (§1.1). */
  open(): void {
    if (!this.runner.topLevelFunctions.includes('onOpen')) return;
    try {
      this.track('onOpen', 'simple', 'NONE', () =>
        this.runner.run('onOpen', [{ authMode: 'NONE' }], { authMode: 'NONE', kind: 'simple' }),
      );
    } catch {
      // logged in the execution list, as Apps Script logs a failed onOpen
    }
  }

  /** A menu click: the named top-level function in FULL mode. */
  runMenu(functionName: string): { ok: boolean; error?: string } {
    try {
      this.track(functionName, 'menu', 'FULL', () =>
        this.runner.run(functionName, [], { authMode: 'FULL', kind: 'menu' }),
      );
      return { ok: true };
    } catch (e) {
      return { ok: false, error: errorText(e) };
    } finally {
      this.save();
    }
  }

  /** One google.script.run call from the sidebar (wire rules applied by the runner). */
  rpc(
    name: string,
    args: unknown[],
  ): { ok: true; value: unknown } | { ok: false; error: { name: string; message: string } } {
    try {
      const value = this.track(name, 'rpc', 'FULL', () => this.runner.rpc(name, ...args));
      return { ok: true, value };
    } catch (e) {
      return { ok: false, error: { name: (e as Error)?.name ?? 'Error', message: errorText(e) } };
    } finally {
      this.save();
    }
  }

  /** Moves the clock to `to`, running every due time-driven trigger through the bundle on the way. */
  runTriggers(to: number): number {
    if (to < this.world.clock.now())
      throw new Error('Время эмулятора нельзя вернуть назад: выберите более позднюю дату.');
    const fired = advanceClock(this.world, to, (_trigger, event, record) => {
      try {
        this.track(record.handler, 'trigger', 'FULL', () =>
          this.runner.run(record.handler, [event], { authMode: 'FULL', kind: 'trigger', user: record.user }),
        );
      } catch {
        // a failing trigger is logged and the next one still runs, as in Apps Script
      }
    });
    this.save();
    return fired;
  }

  /** A teacher's submission reached the spreadsheet: each installed form-submit trigger runs its handler in dist/Code.js. */
  deliverFormEvents(deliveries: readonly Delivery[]): void {
    for (const d of deliveries) {
      const user = allTriggers(this.world).find((t) => t.id === d.trigger.uniqueId)?.user;
      try {
        this.track(d.trigger.handlerFunction, 'trigger', 'FULL', () =>
          this.runner.run(d.trigger.handlerFunction, [d.event], { authMode: 'FULL', kind: 'trigger', user }),
        );
      } catch {
        // logged in the execution list, as Apps Script logs a failed trigger; the answer stays in the response sheet
      }
    }
  }

  /** Sets the clock without running triggers (e.g. to go back in time for a demo). */
  setClock(to: number): void {
    this.world.clock.set(to);
    this.save();
  }

  /** A click on a row number (shift-click extends): the person's selection. */
  select(sheet: string, first: number, last: number): void {
    selectRows(this.world, sheet, first, last);
    this.save();
  }

  /** google.script.host.close() or the × of the panel. */
  closeSidebar(): void {
    closeSidebar(this.world);
    this.save();
  }

  /** The HTML the sidebar frame shows: what the add-on passed to Ui.showSidebar, or null when none is shown. */
  sidebarHtml(): string | null {
    return readSidebar(this.world)?.html ?? null;
  }

  /** A generated Google Doc as a page: the emulated document itself (what the add-on wrote), or null if none. */
  documentHtml(id: string): string | null {
    return listDocuments(this.world).some((d) => d.id === id) ? documentToHtml(this.world, id) : null;
  }

  view(): PlaygroundView {
    const tz = this.world.scriptTimeZone;
    const sidebar = readSidebar(this.world);
    const ss = activeSpreadsheet(this.world);
    return {
      spreadsheetName: ss ? ss.getName() : 'Таблица',
      now: new Date(this.world.clock.now()).toISOString(),
      timeZone: tz,
      sheets: readSheets(this.world),
      selection: readSelection(this.world),
      menus: readMenus(this.world) ?? [],
      sidebar: { open: sidebar !== null, title: sidebar?.title ?? '', shown: sidebar?.shown ?? '' },
      dialogs: readDialogs(this.world),
      outbox: outbox(this.world).map((m) => ({
        to: m.to.join(', '),
        bcc: m.bcc,
        subject: m.subject,
        body: m.body,
        at: m.sentAt,
      })),
      triggers: allTriggers(this.world).map((t): TriggerView => ({
        id: t.id,
        handler: t.handler,
        type: t.eventType,
        user: t.user,
        schedule: t.clock ? describeClock(t.clock) : `${t.source}${t.sourceId ? ' ' + t.sourceId : ''}`,
        next: nextFiringIso(t, this.world.clock.now()),
      })),
      forms: [...formsState(this.world).forms.values()]
        .filter((f) => !f._gone())
        .map((f) => ({
          title: f.getTitle(),
          localUrl: localFormPath(f.getPublishedUrl()) ?? '',
          publishedUrl: f.getPublishedUrl(),
          accepting: f.isAcceptingResponses() && !f._trashed(),
          responses: f.responses.length,
        })),
      documents: listDocuments(this.world).map((d) => ({
        id: d.id,
        name: d.name,
        folder: d.parents.map((p) => driveFile(this.world, p)?.name ?? (p === 'root' ? 'Мой диск' : p)).join(', '),
        version: d.version,
        modifiedTime: d.modifiedTime,
        trashed: d.trashed,
      })),
      executions: this.executions,
      logs: this.world.logs.slice(-80).map((l) => ({ at: new Date(l.at).toISOString(), level: l.level, text: l.text })),
      notes: this.notes,
    };
  }
}

const WEEK_DAYS = ['', 'понедельник', 'вторник', 'среда', 'четверг', 'пятница', 'суббота', 'воскресенье'];

/** A clock trigger's schedule in Russian, e.g. «каждый день около 7:00». */
function describeClock(c: ClockSpec): string {
  const at = c.hour !== undefined ? ` около ${c.hour}:${String(c.nearMinute ?? 0).padStart(2, '0')}` : '';
  switch (c.kind) {
    case 'minutes':
      return `каждые ${c.interval} мин`;
    case 'hours':
      return c.interval === 1 ? 'каждый час' : `каждые ${c.interval} ч`;
    case 'days':
      return (c.interval === 1 ? 'каждый день' : `каждые ${c.interval} дн.`) + at;
    case 'weeks':
      return `каждую неделю${c.weekDay ? ', ' + WEEK_DAYS[c.weekDay] : ''}${at}`;
    case 'months':
      return `каждый месяц${c.monthDay ? ', ' + c.monthDay + '-го числа' : ''}${at}`;
    case 'once':
      return c.atMs !== undefined ? `один раз, ${new Date(c.atMs).toISOString()}` : 'один раз';
  }
}

function nextFiringIso(t: TriggerRecord, now: number): string | undefined {
  if (!t.clock || t.firstFireMs === undefined) return undefined;
  const next = nextFiring(t.clock, t.firstFireMs, Math.max(t.lastFiredMs ?? t.createdAt, now - 1));
  return next === null ? undefined : new Date(next).toISOString();
}

function errorText(e: unknown): string {
  if (e && typeof e === 'object' && 'message' in e) return String((e as Error).message);
  return String(e);
}
