// Monitoring reminders in the one daily digest: to each invited participant who has not answered, with the personal
// link, on the reminder days before 1 June; once per reminder day; none after the deadline or once answered.
import { closingData } from '../../src/app/closing/data';
import { reminderSlot } from '../../src/app/closing/monitoring-reminders';
import { runDailyCheck } from '../../src/app/roadmap/daily-check';
import { participantsOf } from '../../src/domain/monitoring/participants';
import { monitoringInvitesTable } from '../../src/workbook/tables/monitoring-invites';
import { closingSchool } from '../support/closing-school';
import { addRows, mails } from '../support/roadmap';

const at = (wb: ReturnType<typeof closingSchool>['wb'], day: string) =>
  wb.world.clock.set(new Date(`${day}T08:30:00+03:00`).getTime());

describe('monitoring reminders', () => {
  it('reminder days are slots: a late run still sends the day’s reminder, once', () => {
    expect([15, 14, 10, 7, 2, 1, 0, -1].map((d) => reminderSlot(d, [14, 7, 1]))).toEqual([
      null,
      14,
      14,
      7,
      7,
      1,
      1,
      null,
    ]);
  });

  it('reminds those who have not answered, with their link, and tells the curator who is missing', () => {
    const { wb } = closingSchool();
    const { participants, answered } = wb.run((ctx) => {
      const data = closingData(ctx);
      const keys = new Set(data.answers().records.map((r) => `${r.value.pairId}|${r.value.personId}`));
      const all = participantsOf(data.monitoredPairs());
      return { participants: all, answered: all.filter((p) => keys.has(`${p.pairId}|${p.id}`)) };
    });
    const silent = participants.filter((p) => !answered.includes(p));
    expect(silent.length).toBeGreaterThan(0);
    const invite = (p: (typeof participants)[number]) => ({
      pairId: p.pairId,
      role: p.role,
      personId: p.id,
      personName: p.name,
      email: p.email,
      link: `https://docs.google.com/forms/d/e/x/viewform?entry.1=${encodeURIComponent(p.pairId)}`,
      sentOn: { year: 2027, month: 5, day: 10 },
    });
    addRows(wb, monitoringInvitesTable, [...answered.slice(0, 2), ...silent].map(invite));

    at(wb, '2027-05-16'); // 16 days before 1 June: not a reminder day yet
    wb.run((ctx) => runDailyCheck(ctx, { mode: 'send', source: 'trigger' }));
    expect(mails(wb).filter((m) => m.body.includes('Анкета мониторинга'))).toEqual([]);

    at(wb, '2027-05-19'); // the 14-day reminder, a day late
    wb.run((ctx) => runDailyCheck(ctx, { mode: 'send', source: 'trigger' }));
    const first = mails(wb).filter((m) => m.body.includes('Анкета мониторинга наставничества'));
    expect(first.map((m) => m.to).sort()).toEqual(silent.map((p) => p.email).sort());
    const one = first.find((m) => m.to === silent[0]!.email)!;
    expect(one.body).toContain(
      `просим ответить на анкету о работе наставнической пары ${silent[0]!.pairId} до 1 июня 2027 г. Осталось 13 дней.`,
    );
    expect(one.body).toContain(encodeURIComponent(silent[0]!.pairId));
    const curator = mails(wb).find(
      (m) => m.to === 'curator@school.example' && m.body.includes('Мониторинг: кто ещё не ответил'),
    )!;
    expect(curator.body).toContain(`Ответили 2 из ${silent.length + 2}`);

    const before = mails(wb).length;
    at(wb, '2027-05-20'); // same slot: nothing again
    wb.run((ctx) => runDailyCheck(ctx, { mode: 'send', source: 'trigger' }));
    expect(
      mails(wb)
        .slice(before)
        .filter((m) => m.body.includes('Анкета мониторинга')),
    ).toEqual([]);

    at(wb, '2027-05-25'); // the 7-day reminder
    wb.run((ctx) => runDailyCheck(ctx, { mode: 'send', source: 'trigger' }));
    expect(
      mails(wb)
        .slice(before)
        .filter((m) => m.body.includes('Анкета мониторинга наставничества')).length,
    ).toBe(silent.length);

    const after = mails(wb).length;
    at(wb, '2027-06-02'); // past the deadline
    wb.run((ctx) => runDailyCheck(ctx, { mode: 'send', source: 'trigger' }));
    expect(
      mails(wb)
        .slice(after)
        .filter((m) => m.body.includes('Анкета мониторинга')),
    ).toEqual([]);
  });
});
