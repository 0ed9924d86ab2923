// Contract tests: ScriptApp triggers, add-on rules, clock firing and the time-driven event (apps-script-facts §4, §14.7).
import { message, type World } from '../../tools/emulator';
import {
  advanceClock,
  allTriggers,
  configureServices,
  dueClockTriggers,
  formSubmitTriggersFor,
  setBoundDocument,
  type TimeDrivenEvent,
} from '../../tools/emulator/services';
import { LOCALES, setup, thrown, type Gas } from './services-helpers';

const SS = 'sheet-123';
const ssObject = { getId: () => SS } as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet;

function world0(options: Parameters<typeof setup>[0] = {}) {
  const s = setup({ now: '2026-03-20T10:00:00Z', ...options });
  setBoundDocument(s.world, SS);
  return s;
}

function fireAll(world: World, to: string): Array<{ at: string; e: TimeDrivenEvent; handler: string }> {
  const out: Array<{ at: string; e: TimeDrivenEvent; handler: string }> = [];
  advanceClock(world, to, (t, e) =>
    out.push({ at: new Date(world.clock.now()).toISOString(), e, handler: t.getHandlerFunction() }),
  );
  return out;
}

describe('ScriptApp basics (§4.3)', () => {
  // [G ref:script/auth-mode], [G ref:script/event-type], [G ref:script/trigger-source], [G ref:script/week-day]
  test('enums are exposed with their documented members', () => {
    const { gas } = world0();
    expect(Object.keys(gas.ScriptApp.AuthMode)).toEqual(['NONE', 'CUSTOM_FUNCTION', 'LIMITED', 'FULL']);
    expect(Object.keys(gas.ScriptApp.EventType)).toEqual([
      'CLOCK',
      'ON_OPEN',
      'ON_EDIT',
      'ON_FORM_SUBMIT',
      'ON_CHANGE',
      'ON_EVENT_UPDATED',
    ]);
    expect(Object.keys(gas.ScriptApp.TriggerSource)).toEqual([
      'SPREADSHEETS',
      'CLOCK',
      'FORMS',
      'DOCUMENTS',
      'CALENDAR',
    ]);
    expect(Object.keys(gas.ScriptApp.WeekDay)).toHaveLength(7);
    expect(String(gas.ScriptApp.AuthorizationStatus.REQUIRED)).toBe('REQUIRED');
  });

  // §4.1 re-authorization: getAuthorizationInfo(FULL).getAuthorizationStatus() === REQUIRED gates trigger work
  test('getAuthorizationInfo reports NOT_REQUIRED by default and REQUIRED (with a URL) when flagged', () => {
    const { world, run } = world0();
    run((g) => {
      const info = g.ScriptApp.getAuthorizationInfo(g.ScriptApp.AuthMode.FULL);
      expect(info.getAuthorizationStatus()).toBe(g.ScriptApp.AuthorizationStatus.NOT_REQUIRED);
      expect(info.getAuthorizationUrl()).toBeNull();
    });
    configureServices(world, { authorizationRequired: true });
    run((g) => {
      const info = g.ScriptApp.getAuthorizationInfo(g.ScriptApp.AuthMode.FULL);
      expect(info.getAuthorizationStatus()).toBe(g.ScriptApp.AuthorizationStatus.REQUIRED);
      expect(info.getAuthorizationUrl()).toMatch(/^https:\/\//);
    });
  });

  test('getOAuthToken and getScriptId return stable strings', () => {
    const { run } = world0();
    const [a, b] = run((g) => [g.ScriptApp.getOAuthToken(), g.ScriptApp.getScriptId()]);
    expect(typeof a).toBe('string');
    expect(run((g) => g.ScriptApp.getScriptId())).toBe(b);
  });
});

describe('installable triggers (§4.1–4.5)', () => {
  // [G ref:script/trigger]: getUniqueId, getHandlerFunction, getEventType, getTriggerSource, getTriggerSourceId (null for clock)
  test('a created trigger reports handler, event type, source and source id', () => {
    const { run } = world0();
    run((g) => {
      const clock = g.ScriptApp.newTrigger('daily').timeBased().everyDays(1).atHour(8).create();
      expect(clock.getHandlerFunction()).toBe('daily');
      expect(clock.getEventType()).toBe(g.ScriptApp.EventType.CLOCK);
      expect(clock.getTriggerSource()).toBe(g.ScriptApp.TriggerSource.CLOCK);
      expect(clock.getTriggerSourceId()).toBeNull();
      const submit = g.ScriptApp.newTrigger('onSubmit').forSpreadsheet(ssObject).onFormSubmit().create();
      expect(submit.getEventType()).toBe(g.ScriptApp.EventType.ON_FORM_SUBMIT);
      expect(submit.getTriggerSource()).toBe(g.ScriptApp.TriggerSource.SPREADSHEETS);
      expect(submit.getTriggerSourceId()).toBe(SS);
      expect(submit.getUniqueId()).not.toBe(clock.getUniqueId());
    });
  });

  // [G addon-triggers]: one trigger of each type per user per document; text undocumented [U]
  test.each(LOCALES)(
    'add-on mode: a second trigger of the same type for the same user and document is refused (%s)',
    (locale) => {
      const { run } = world0({ locale });
      run((g) => g.ScriptApp.newTrigger('a').forSpreadsheet(SS).onFormSubmit().create());
      const err = thrown(() => run((g) => g.ScriptApp.newTrigger('b').forSpreadsheet(SS).onFormSubmit().create()));
      expect(err.message).toBe(message(locale, 'addonTriggerDuplicate', { type: 'ON_FORM_SUBMIT' }));
      // other types, other users and other documents are fine
      run((g) => g.ScriptApp.newTrigger('c').forSpreadsheet(SS).onEdit().create());
      run((g) => g.ScriptApp.newTrigger('d').timeBased().everyDays(1).create());
      run((g) => g.ScriptApp.newTrigger('a').forSpreadsheet(SS).onFormSubmit().create(), 'other@school.example');
      run((g) => g.ScriptApp.newTrigger('a').forSpreadsheet('sheet-999').onFormSubmit().create());
    },
  );

  // "The recurrence interval for an Add-on trigger must be at least one hour." [R ttsukagoshi/mail-merge-for-gmail #165]
  test.each(LOCALES)('add-on mode: everyMinutes clock triggers are refused (%s)', (locale) => {
    const { run } = world0({ locale });
    const err = thrown(() => run((g) => g.ScriptApp.newTrigger('x').timeBased().everyMinutes(30).create()));
    expect(err.message).toBe(message(locale, 'addonTriggerInterval'));
    expect(() => run((g) => g.ScriptApp.newTrigger('x').timeBased().everyHours(1).create())).not.toThrow();
  });

  // [G ref:script/clock-trigger-builder#everyMinutes(Integer)]: n must be 1, 5, 10, 15 or 30 (plain scripts)
  test('outside add-on mode everyMinutes accepts only 1, 5, 10, 15 or 30 and triggers of one type may repeat', () => {
    const { world, run } = world0();
    configureServices(world, { addonMode: false });
    expect(() => run((g) => g.ScriptApp.newTrigger('x').timeBased().everyMinutes(7))).toThrow();
    run((g) => {
      g.ScriptApp.newTrigger('x').timeBased().everyMinutes(5).create();
      g.ScriptApp.newTrigger('y').timeBased().everyMinutes(5).create();
    });
    expect(allTriggers(world)).toHaveLength(2);
  });

  // [G quotas] 20 triggers / user / script; message §4.5 [R*]
  test.each(LOCALES)('the 21st trigger of a user throws tooManyTriggers (%s)', (locale) => {
    const { world, run } = world0({ locale });
    configureServices(world, { addonMode: false });
    run((g) => {
      for (let i = 0; i < 20; i++) g.ScriptApp.newTrigger(`f${i}`).timeBased().everyHours(1).create();
    });
    const err = thrown(() => run((g) => g.ScriptApp.newTrigger('f20').timeBased().everyHours(1).create()));
    expect(err.message).toBe(message(locale, 'tooManyTriggers'));
    // another user has their own 20
    expect(() =>
      run((g) => g.ScriptApp.newTrigger('f').timeBased().everyHours(1).create(), 'other@school.example'),
    ).not.toThrow();
  });

  // [G ref:script/script-app#getProjectTriggers()]: current user only; getUserTriggers(ss): this user, this document (§4.3)
  test('getProjectTriggers and getUserTriggers list only the current user’s triggers; deleteTrigger removes one', () => {
    const { run } = world0();
    run((g) => g.ScriptApp.newTrigger('mine').timeBased().everyDays(1).atHour(8).create(), 'alice@school.example');
    run((g) => g.ScriptApp.newTrigger('theirs').timeBased().everyDays(1).atHour(8).create(), 'bob@school.example');
    run((g) => {
      expect(g.ScriptApp.getProjectTriggers().map((t) => t.getHandlerFunction())).toEqual(['mine']);
      expect(g.ScriptApp.getUserTriggers(ssObject).map((t) => t.getHandlerFunction())).toEqual(['mine']);
      expect(
        g.ScriptApp.getUserTriggers({
          getId: () => 'elsewhere',
        } as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet),
      ).toEqual([]);
      g.ScriptApp.deleteTrigger(g.ScriptApp.getProjectTriggers()[0]!);
      expect(g.ScriptApp.getProjectTriggers()).toEqual([]);
    }, 'alice@school.example');
    expect(run((g) => g.ScriptApp.getProjectTriggers().length, 'bob@school.example')).toBe(1);
  });

  // [G ref:script/clock-trigger-builder#inTimezone(String)]: an invalid time-zone id throws
  test('inTimezone rejects an invalid zone id', () => {
    const { run } = world0();
    expect(() => run((g) => g.ScriptApp.newTrigger('x').timeBased().everyDays(1).inTimezone('Mars/Olympus'))).toThrow();
    expect(() =>
      run((g) => g.ScriptApp.newTrigger('x').timeBased().everyDays(1).inTimezone('Europe/Berlin')),
    ).not.toThrow();
  });

  // [G ref:script/clock-trigger-builder#atHour(Integer)]: a frequency is required with atHour()
  test('atHour without a frequency cannot be created', () => {
    const { run } = world0();
    expect(() => run((g) => g.ScriptApp.newTrigger('x').timeBased().atHour(8).create())).toThrow();
  });

  test('trigger calls are counted, builders included', () => {
    const { world, run } = world0();
    run((g) => g.ScriptApp.newTrigger('x').timeBased().everyDays(1).atHour(8).create());
    expect(world.calls.byMethod()).toEqual({
      'ClockTriggerBuilder.atHour': 1,
      'ClockTriggerBuilder.create': 1,
      'ClockTriggerBuilder.everyDays': 1,
      'ScriptApp.newTrigger': 1,
      'TriggerBuilder.timeBased': 1,
    });
  });

  test('formSubmitTriggersFor lists submit triggers on a spreadsheet for the Forms emulator', () => {
    const { run, world } = world0();
    run((g) => g.ScriptApp.newTrigger('onSubmit').forSpreadsheet(SS).onFormSubmit().create(), 'alice@school.example');
    expect(formSubmitTriggersFor(world, SS).map((t) => [t.handler, t.user])).toEqual([
      ['onSubmit', 'alice@school.example'],
    ]);
  });
});

describe('clock firing (§4.2–4.4)', () => {
  // §4.2: "a 9 a.m. trigger fires between 9 and 10" and then stays at that slot, 24 h apart (DST-free Moscow)
  test('everyDays(1).atHour(8) in Europe/Moscow fires once a day within 08:00–08:59 local, at the same minute', () => {
    const { world, run } = world0();
    run((g) => g.ScriptApp.newTrigger('daily').timeBased().everyDays(1).atHour(8).inTimezone('Europe/Moscow').create());
    const fired = fireAll(world, '2026-03-27T10:00:00Z');
    expect(fired).toHaveLength(7);
    const minutes = new Set(fired.map((f) => f.e.minute));
    expect(minutes.size).toBe(1);
    for (const f of fired) {
      expect(f.e.hour).toBe(8);
      expect(new Date(f.at).getUTCHours()).toBe(5); // MSK = UTC+3 all year
    }
    const gaps = fired.slice(1).map((f, i) => Date.parse(f.at) - Date.parse(fired[i]!.at));
    expect(new Set(gaps)).toEqual(new Set([24 * 3600_000]));
  });

  // DST zone: the local hour stays 8 across the 2026-03-29 spring-forward in Europe/Berlin (UTC hour moves 7 → 6)
  test('in Europe/Berlin the local firing hour stays 8 across the DST change', () => {
    const { world, run } = world0();
    run((g) => g.ScriptApp.newTrigger('daily').timeBased().everyDays(1).atHour(8).inTimezone('Europe/Berlin').create());
    const fired = fireAll(world, '2026-04-01T12:00:00Z');
    expect(fired.map((f) => f.e.hour)).toEqual(Array(fired.length).fill(8));
    const utcHours = fired.map((f) => new Date(f.at).getUTCHours());
    expect(utcHours.slice(0, 2)).toEqual([7, 7]); // before 29 March (CET, UTC+1)
    expect(utcHours.slice(-2)).toEqual([6, 6]); // after (CEST, UTC+2)
  });

  // [G events] §4.4: time-driven event object fields, in the trigger's zone; triggerUid = getUniqueId()
  test('the time-driven event object carries the documented fields in the trigger time zone', () => {
    const { world, run } = world0();
    const uid = run((g) =>
      g.ScriptApp.newTrigger('daily')
        .timeBased()
        .everyDays(1)
        .atHour(8)
        .inTimezone('Europe/Moscow')
        .create()
        .getUniqueId(),
    );
    const [first] = fireAll(world, '2026-03-21T10:00:00Z');
    const e = first!.e;
    expect(e).toEqual({
      authMode: 'FULL',
      'day-of-month': 21,
      'day-of-week': 6, // Saturday (1 = Monday … 7 = Sunday)
      hour: 8,
      minute: e.minute,
      month: 3,
      second: e.second,
      timezone: 'Europe/Moscow',
      triggerUid: uid,
      'week-of-year': 12,
      year: 2026,
    });
    expect(e.minute).toBeGreaterThanOrEqual(0);
    expect(e.minute).toBeLessThan(60);
  });

  // [G ref:script/clock-trigger-builder#nearMinute(Integer)]: ±15 min
  test('nearMinute fires within ±15 minutes of the minute', () => {
    const { world, run } = world0();
    run((g) =>
      g.ScriptApp.newTrigger('d')
        .timeBased()
        .everyDays(1)
        .atHour(8)
        .nearMinute(30)
        .inTimezone('Europe/Moscow')
        .create(),
    );
    for (const f of fireAll(world, '2026-03-25T00:00:00Z')) {
      expect(f.e.hour).toBe(8);
      expect(Math.abs(f.e.minute - 30)).toBeLessThanOrEqual(15);
    }
  });

  // [G ref:script/clock-trigger-builder#everyHours(Integer)]
  test('everyHours(6) fires every 6 hours', () => {
    const { world, run } = world0();
    run((g) => g.ScriptApp.newTrigger('h').timeBased().everyHours(6).create());
    const fired = fireAll(world, '2026-03-21T10:00:00Z');
    expect(fired).toHaveLength(4);
    expect(Date.parse(fired[1]!.at) - Date.parse(fired[0]!.at)).toBe(6 * 3600_000);
  });

  // [G ref:script/clock-trigger-builder#onWeekDay(Weekday)]
  test('everyWeeks(1).onWeekDay(MONDAY).atHour(9) fires on Mondays at 9 local', () => {
    const { world, run } = world0();
    run((g) =>
      g.ScriptApp.newTrigger('w').timeBased().everyWeeks(1).onWeekDay(g.ScriptApp.WeekDay.MONDAY).atHour(9).create(),
    );
    const fired = fireAll(world, '2026-04-10T00:00:00Z');
    expect(fired).toHaveLength(3); // 23 Mar, 30 Mar, 6 Apr
    for (const f of fired) expect([f.e['day-of-week'], f.e.hour]).toEqual([1, 9]);
  });

  // [G ref:script/clock-trigger-builder#at(Date), #after(Integer)]: one-shot; after(ms) is a minimum delay
  test('at(date) and after(ms) fire once and are then removed', () => {
    const { world, run } = world0();
    run((g) => {
      g.ScriptApp.newTrigger('once')
        .timeBased()
        .after(10 * 60_000)
        .create();
      g.ScriptApp.newTrigger('at').forSpreadsheet(SS).onOpen().create();
    });
    configureServices(world, { addonMode: false });
    run((g) => g.ScriptApp.newTrigger('at').timeBased().at(new Date('2026-03-20T12:00:00Z')).create());
    const fired = fireAll(world, '2026-03-21T00:00:00Z');
    expect(fired.map((f) => [f.handler, f.at])).toEqual([
      ['once', '2026-03-20T10:10:00.000Z'],
      ['at', '2026-03-20T12:00:00.000Z'],
    ]);
    expect(allTriggers(world).map((t) => t.eventType)).toEqual(['ON_OPEN']);
    expect(world.clock.now()).toBe(Date.parse('2026-03-21T00:00:00Z'));
  });

  // [G ref:script/clock-trigger-builder#atDate(Integer,Integer,Integer)]: near midnight ±15 min
  test('atDate fires near midnight (±15 min) of that date in the trigger zone', () => {
    const { world, run } = world0();
    run((g) => g.ScriptApp.newTrigger('d').timeBased().atDate(2026, 3, 25).inTimezone('Europe/Moscow').create());
    const [f] = fireAll(world, '2026-03-26T00:00:00Z');
    const midnight = Date.parse('2026-03-24T21:00:00Z');
    expect(Math.abs(Date.parse(f!.at) - midnight)).toBeLessThanOrEqual(15 * 60_000);
  });

  test('dueClockTriggers previews firings without moving the clock; a deleted trigger stops firing', () => {
    const { world, run } = world0();
    run((g) => g.ScriptApp.newTrigger('daily').timeBased().everyDays(1).atHour(8).create());
    const now = world.clock.now();
    expect(dueClockTriggers(world, now, now + 3 * 86_400_000)).toHaveLength(3);
    expect(world.clock.now()).toBe(now);
    run((g) => g.ScriptApp.deleteTrigger(g.ScriptApp.getProjectTriggers()[0]!));
    expect(fireAll(world, '2026-03-25T00:00:00Z')).toEqual([]);
  });

  test('advanceClock hands the run callback a counted Trigger whose id matches e.triggerUid', () => {
    const { world, gas, run } = world0();
    run((g: Gas) => g.ScriptApp.newTrigger('daily').timeBased().everyDays(1).atHour(8).create());
    advanceClock(world, '2026-03-22T00:00:00Z', (t, e, record) =>
      world.execute({ kind: 'trigger', user: record.user, functionName: t.getHandlerFunction() }, () => {
        expect(t.getUniqueId()).toBe(e.triggerUid);
        expect(gas.Session.getEffectiveUser().getEmail()).toBe(world.userEmail);
      }),
    );
    expect(world.calls.count('Trigger.getUniqueId')).toBe(1);
  });
});
