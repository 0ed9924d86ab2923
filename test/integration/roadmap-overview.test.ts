// The «Дорожная карта» panel's data: the year's stages in the sheet's order with status and deadline, what is next,
// what is overdue (longest first), manual marks beside the data, and who runs the reminders.
import { getRoadmapOverview } from '../../src/app/roadmap/overview';
import { mentorsTable } from '../../src/workbook/tables/mentors';
import { createPublicApi } from '../../src/server/public-api';
import { allTriggers } from '../../tools/emulator/services';
import { uiState } from '../../tools/emulator/spreadsheet';
import { emulatedWorkbook } from '../support/context';
import { addRows, CURATOR, mentorRecord, roadmapRow, roadmapWorld, setRoadmap } from '../support/roadmap';

describe('the panel’s overview', () => {
  const wb = roadmapWorld('2026-09-20T10:00:00+03:00', { year: '2026/2027' });
  setRoadmap(wb, '5.3', 'Статус (вручную)', 'не требуется');
  addRows(wb, mentorsTable, [mentorRecord(1), mentorRecord(2, { consentDate: null })]);
  const o = wb.run((ctx) => getRoadmapOverview(ctx));
  const item = (n: string) => o.stages.flatMap((s) => s.items).find((i) => i.number === n)!;

  test('seven stages, fourteen items, in the sheet’s order', () => {
    expect(o.academicYear).toBe('2026/2027');
    expect(o.today).toBe('2026-09-20');
    expect(o.stages.map((s) => s.items.map((i) => i.number))).toEqual([
      ['1.1', '1.2'],
      ['2.1', '2.2'],
      ['3.1'],
      ['4.1', '4.2'],
      ['5.1', '5.2', '5.3'],
      ['6.1', '6.2', '6.3'],
      ['7.1'],
    ]);
    expect([o.doneCount, o.totalCount]).toEqual([1, 14]);
  });

  test('overdue and next, by sheet row; each item with its deadline, status and basis', () => {
    expect(o.overdue).toEqual([roadmapRow(wb, '2.1'), roadmapRow(wb, '3.1')]);
    expect(o.next).toEqual(['1.1', '2.2', '4.1', '5.1'].map((n) => roadmapRow(wb, n)));
    expect(item('3.1')).toMatchObject({
      deadline: '2026-09-15',
      deadlineRu: '15.09.2026',
      daysLeft: -5,
      state: 'in_progress',
      source: 'auto',
      basis: 'Данные полные у 1 из 2 наставников',
      overdue: true,
      responsible: 'куратор наставничества',
    });
    expect(item('5.3')).toMatchObject({ state: 'not_needed', source: 'manual', overdue: false, deadline: null });
    expect(item('5.3').basis).toBe('Отмечено вручную; по данным: Наставляемых пока нет');
    // «Мероприятия» is set up with the workbook (issue 8): the status reads it.
    expect(item('6.2').basis).toBe('Конференция или семинар ещё не проведены');
  });

  test('reminders: off until switched on; another editor sees who sends them', () => {
    expect(o.reminders).toMatchObject({ on: false, mine: false, warning: null, info: null, runs: [] });
    expect(o.recipients).toEqual([CURATOR]);
    wb.world.execute({ authMode: 'FULL', kind: 'menu' }, () => wb.api.roadmapRemindersOn!.run());
    const deputy = wb.world.execute({ authMode: 'FULL', kind: 'rpc', user: 'deputy@school.example' }, () =>
      wb.api.getRoadmap!.run({}),
    ) as {
      data: { reminders: { on: boolean; mine: boolean; owner: string; info: string | null; warning: string | null } };
    };
    expect(deputy.data.reminders).toMatchObject({
      on: true,
      mine: false,
      owner: CURATOR,
      warning: null,
      info: `Напоминания включил ${CURATOR}: письма уходят от его имени.`,
    });
    const mine = wb.run((ctx) => getRoadmapOverview(ctx)).reminders;
    expect(mine).toMatchObject({
      on: true,
      mine: true,
      owner: CURATOR,
      hour: 8,
      timeZone: 'Europe/Moscow',
      warning: null,
      info: null,
    });
  });
});

test('reminders cannot be switched on before setup: the dialog says what to do, no trigger is made', () => {
  const wb = emulatedWorkbook();
  const api = createPublicApi(() => wb.services);
  wb.world.execute({ authMode: 'FULL', kind: 'menu' }, () => api.roadmapRemindersOn!.run());
  expect(uiState(wb.world).alerts.at(-1)!.prompt).toBe(
    'Листа «Дорожная карта» нет: сначала выберите «Наставничество → Настроить таблицу», затем включите напоминания.',
  );
  expect(allTriggers(wb.world)).toEqual([]);
});
