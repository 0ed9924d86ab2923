// «Главная» on the emulator: first steps follow the workbook, the counts and the roadmap's next items come from one read.
import { createForm } from '../../src/app/forms/create-form';
import { getHomeOverview } from '../../src/app/home';
import { setupWorkbook } from '../../src/app/setup-workbook';
import { generateSchool, seedDemoWorkbook } from '../../tools/demo/school';
import { emulatedWorkbook } from '../support/context';

describe('«Главная»', () => {
  it('a workbook just set up: settings to fill, no form, reminders off; the September deadlines come next', () => {
    const wb = emulatedWorkbook();
    wb.run(setupWorkbook);
    const home = wb.run(getHomeOverview, 'rpc');
    const steps = Object.fromEntries(home.firstSteps.map((s) => [s.key, s]));
    expect(steps.setup!.done).toBe(true);
    expect(steps.settings!.done).toBe(false);
    expect(steps.settings!.basis).toContain('«Полное название школы»');
    expect(steps.forms).toMatchObject({ done: false, basis: 'Форма запросов ещё не создана.' });
    expect(steps.reminders!.done).toBe(false);
    expect(home.next.map((i) => i.number)).toEqual(['2.1', '3.1']); // the nearest deadline's items
    expect(home.next[0]).toMatchObject({ deadline: '2026-09-15', daysLeft: 5 });
    expect(home.counts.pairs).toBe(0);
  });

  it('the demo school: counts match the banks, the request form step is done once the form is open', () => {
    const wb = emulatedWorkbook();
    const school = generateSchool(7);
    wb.run((ctx) => seedDemoWorkbook(ctx, school));
    const before = wb.run(getHomeOverview, 'rpc');
    expect(before.firstSteps.find((s) => s.key === 'settings')!.done).toBe(true);
    expect(before.counts.mentees).toBe(
      school.mentees.length - 3 - school.mentees.filter((m) => m.status === 'finished').length,
    );
    wb.run((ctx) => createForm(ctx, 'requests'));
    const after = wb.run(getHomeOverview, 'rpc');
    expect(after.firstSteps.find((s) => s.key === 'forms')).toMatchObject({ done: true });
    const calls = wb.world.calls.byMethod();
    expect(calls['Range.getValues']).toBeGreaterThan(0);
  });
});
