// «Завершить учебный год» on the emulator: what it archives, keeps and carries; twice; interrupted at every call.
import { previewYearClose, runYearClose } from '../../src/app/closing/year-close';
import { startRun } from '../../src/app/documents/run';
import { createTemplates } from '../../src/app/documents/templates';
import { fullRequest } from '../support/documents';
import { UserError } from '../../src/app/errors';
import { closingSchool, savedWorkbook } from '../support/closing-school';
import type { EmulatedWorkbook } from '../support/context';

const WORKING = ['Наставляемые', 'Пары и группы', 'Мероприятия', 'Публикации', 'Мониторинг'];

function sheetsOf(wb: EmulatedWorkbook, except: string[] = ['Журнал']): Record<string, unknown[][]> {
  const out: Record<string, unknown[][]> = {};
  for (const s of wb.spreadsheet().getSheets())
    if (!except.includes(s.getName())) out[s.getName()] = wb.values(s.getName());
  return out;
}

function close(wb: EmulatedWorkbook) {
  const preview = wb.run(previewYearClose);
  return wb.run((ctx) => runYearClose(ctx, { fingerprint: preview.plan.fingerprint }));
}

describe('closing the year', () => {
  it('archives the year’s sheets, keeps the banks and the library, carries open pairs and continuing mentees, moves the year', () => {
    const { wb } = closingSchool();
    // The curator marked an item of the roadmap by hand this year.
    const roadmap = wb.values('Дорожная карта');
    const manual = roadmap[0]!.indexOf('Статус (вручную)');
    wb.paste('Дорожная карта', 3, [[...roadmap[2]!.slice(0, manual), 'выполнено']]);
    const before = sheetsOf(wb);
    const preview = wb.run(previewYearClose);
    expect(preview.plan.blockers).toEqual([]);
    expect(preview.lines[0]).toBe('Учебный год 2026/2027 будет завершён, в «Настройках» станет 2027/2028.');
    const result = wb.run((ctx) => runYearClose(ctx, { fingerprint: preview.plan.fingerprint }));
    expect(result).toMatchObject({ fromYear: '2026/2027', toYear: '2027/2028', resumed: false });
    const after = sheetsOf(wb);

    // Every working sheet's rows are on its archive sheet, exactly (header included).
    for (const name of WORKING) {
      const archive = after[`${name} (2026-2027)`];
      expect(archive).toBeDefined();
      expect(archive!.map((r) => r.slice(0, before[name]![0]!.length))).toEqual(before[name]);
    }
    // Kept as they were.
    for (const name of ['Наставники', 'Методическая копилка', 'Справочники', 'Вопросы мониторинга', 'Импорт'])
      expect(after[name]).toEqual(before[name]);
    // The year's sheets start empty; pairs and mentees keep what continues.
    for (const name of ['Мероприятия', 'Публикации', 'Мониторинг']) expect(after[name]).toEqual([before[name]![0]]);
    const pairs = after['Пары и группы']!;
    const status = pairs[0]!.indexOf('Статус');
    expect(pairs.length).toBeGreaterThan(1);
    expect(pairs.slice(1).every((r) => r[status] === 'действует')).toBe(true);
    expect(pairs.length - 1).toBe(preview.plan.carriedPairs.length);
    const mentees = after['Наставляемые']!;
    const mStatus = mentees[0]!.indexOf('Статус');
    const mPair = mentees[0]!.indexOf('Пара/группа');
    expect(mentees.slice(1).some((r) => r[mStatus] === 'завершил')).toBe(false);
    for (const r of mentees.slice(1)) if (r[mPair]) expect(preview.plan.carriedPairs).toContain(r[mPair]);
    const waiting = preview.plan.continuingMentees.filter((m) => m.becomesWaiting).map((m) => m.id);
    const idCol = mentees[0]!.indexOf('ID');
    for (const r of mentees.slice(1))
      if (waiting.includes(String(r[idCol]))) expect([r[mStatus], r[mPair]]).toEqual(['ожидает', '']);
    expect(preview.plan.leavingMentees.length).toBeGreaterThan(0);
    expect(waiting.length).toBeGreaterThan(0);
    expect(mentees.length).toBe(before['Наставляемые']!.length - preview.plan.leavingMentees.length);
    // The roadmap keeps its rows for the new year without the marks; the year's marks are on its archive.
    expect(after['Дорожная карта (2026-2027)']![2]![manual]).toBe('выполнено');
    expect(after['Дорожная карта']!.length).toBe(before['Дорожная карта']!.length);
    expect(after['Дорожная карта']!.slice(1).every((r) => r[manual] === '')).toBe(true);
    expect(after['Дорожная карта']!.map((r) => r[1])).toEqual(before['Дорожная карта']!.map((r) => r[1]));
    expect(after['Рассылка анкет (2026-2027)']).toBeDefined();
    // «Настройки» move on.
    const settings = after['Настройки']!;
    expect(settings.find((r) => r[0] === 'Учебный год')![1]).toBe('2027/2028');
    // The journal tells what happened.
    const journal = wb.values('Журнал').map((r) => r[2]);
    expect(journal).toContain('Архив учебного года');
    expect(journal).toContain('Учебный год завершён');
  });

  it('archives the programs’ plans and the register of documents: plans of continuing pairs and the school’s templates stay', () => {
    const { wb, pairIds } = closingSchool({ programs: true });
    wb.run(createTemplates);
    const before = sheetsOf(wb);
    const carried = pairIds.slice(Math.ceil(pairIds.length / 2));
    close(wb);
    const after = sheetsOf(wb);
    expect(after['План (2026-2027)']).toEqual(before['План']);
    const plan = after['План']!;
    const pairCol = plan[0]!.indexOf('ID пары/группы');
    expect(plan.length).toBeGreaterThan(1);
    expect(new Set(plan.slice(1).map((r) => r[pairCol]))).toEqual(new Set(carried));
    expect(plan.length - 1).toBe(before['План']!.slice(1).filter((r) => carried.includes(String(r[pairCol]))).length);
    expect(after['Документы (2026-2027)']).toEqual(before['Документы']);
    const register = after['Документы']!;
    const type = register[0]!.indexOf('Тип');
    expect(register.length).toBe(5); // the header and the four templates
    expect(register.slice(1).every((r) => r[type] === 'шаблон')).toBe(true);
  });

  it('waits for a documents run still in progress: its queue would be archived mid-run', () => {
    const { wb } = closingSchool();
    wb.run((ctx) => startRun(ctx, { request: fullRequest({ kind: 'programs' }), overwrite: [] }), 'rpc');
    const preview = wb.run(previewYearClose);
    expect(preview.plan.blockers.join(' ')).toMatch(/Не закончено формирование документов \(в очереди: \d+\)/);
  });

  it('does nothing a second time, and refuses a plan nobody saw', () => {
    const { wb } = closingSchool();
    const stale = wb.run(previewYearClose).plan.fingerprint;
    wb.run((ctx) => runYearClose(ctx, { fingerprint: stale }));
    const once = sheetsOf(wb, []);
    const again = wb.run(previewYearClose);
    expect(again.plan.blockers[0]).toContain('2027/2028 учебный год, а он ещё не начался');
    expect(() => wb.run((ctx) => runYearClose(ctx, { fingerprint: again.plan.fingerprint }))).toThrow(UserError);
    expect(() => wb.run((ctx) => runYearClose(ctx, { fingerprint: stale }))).toThrow(UserError);
    expect(sheetsOf(wb, [])).toEqual(once);
  });

  it('refuses when the workbook changed after the plan was shown', () => {
    const { wb } = closingSchool();
    const plan = wb.run(previewYearClose).plan;
    const events = wb.values('Мероприятия');
    wb.paste('Мероприятия', events.length + 1, [['', '01.06.2027', 'семинар', 'Новый семинар']]);
    expect(() => wb.run((ctx) => runYearClose(ctx, { fingerprint: plan.fingerprint }))).toThrow('Таблица изменилась');
    expect(wb.values('Мероприятия (2026-2027)')).toEqual([]);
  });

  it('an interruption at any call leaves the workbook consistent, and the next run finishes the same close', () => {
    const fresh = savedWorkbook(closingSchool().wb);
    const reference = fresh();
    close(reference);
    const expected = sheetsOf(reference);
    // The calls of one uninterrupted run. Stopping before a call that changes nothing leaves the same state as stopping
    // before the next one that does; among formatting calls in a row, the values are the same wherever it stops and
    // the resumed run takes the same path. So: every call that writes data or the record, and the first of each run
    // of formatting calls.
    const probe = fresh();
    const fingerprint = probe.run(previewYearClose).plan.fingerprint;
    probe.world.calls.reset();
    probe.run((ctx) => runYearClose(ctx, { fingerprint }));
    const calls = probe.world.calls.recentCalls().map((c) => c.name);
    expect(calls.length).toBe(probe.world.calls.count());
    const reads = /\.(get|is|has)[A-Z]|^Lock\.|SpreadsheetApp\.flush|^DataValidationBuilder\.|newDataValidation/;
    const data =
      /Range\.setValues|Properties\.setProperty|Spreadsheet\.insertSheet|Sheet\.clearContents|Sheet\.insert(Rows|Columns)After/;
    const stops: number[] = [];
    calls.forEach((name, i) => {
      if (reads.test(name)) return;
      const previous = calls
        .slice(0, i)
        .reverse()
        .find((n) => !reads.test(n));
      if (data.test(name) || !previous || data.test(previous)) stops.push(i);
    });
    expect(stops.length).toBeGreaterThan(20);

    for (const k of stops) {
      const wb = fresh();
      const original = sheetsOf(wb);
      const print = wb.run(previewYearClose).plan.fingerprint;
      wb.world.faults.timeLimitAfterCalls = k;
      expect(() => wb.run((ctx) => runYearClose(ctx, { fingerprint: print }))).toThrow();
      wb.world.faults.timeLimitAfterCalls = undefined;
      // Consistent now: every row of the year is on its working sheet or on its archive (or both).
      const now = sheetsOf(wb);
      for (const name of WORKING) {
        const rows = new Set(
          [...(now[name] ?? []).slice(1), ...(now[`${name} (2026-2027)`] ?? []).slice(1)].map((r) => JSON.stringify(r)),
        );
        for (const r of original[name]!.slice(1))
          expect([
            k,
            name,
            rows.has(JSON.stringify(r)) || rows.has(JSON.stringify(waitingOf(r, original[name]![0]!))),
          ]).toEqual([k, name, true]);
      }
      const resume = wb.run(previewYearClose);
      if (resume.plan.blockers.length === 0)
        wb.run((ctx) => runYearClose(ctx, { fingerprint: resume.plan.fingerprint }));
      expect(sheetsOf(wb)).toEqual(expected);
    }
  });
});

/** A continuing mentee's row as the new year has it: waiting, without the closed pair. */
function waitingOf(row: unknown[], header: unknown[]): unknown[] {
  const out = [...row];
  const status = header.indexOf('Статус');
  const pair = header.indexOf('Пара/группа');
  if (status >= 0 && pair >= 0) {
    out[status] = 'ожидает';
    out[pair] = '';
  }
  return out;
}
