// Groups, dissolving, replacing a mentor and co-mentors on the emulator: the sheet, both banks and «Журнал» agree.
import { confirmPairs } from '../../src/app/matching/confirm';
import { proposeGroupsForWaiting } from '../../src/app/matching/groups';
import { dissolvePair, replaceMentor, setCoMentors } from '../../src/app/matching/manage-pairs';
import { matchingOverview } from '../../src/app/matching/overview';
import { expectCapacityKept, matchingWorkbook, records, setSetting } from '../support/matching-school';

const journal = (wb: ReturnType<typeof matchingWorkbook>, what: string) =>
  records(wb, 'Журнал').filter((j) => j['Что'] === what);

describe('groups', () => {
  it('proposes mentees who want the group form and share requests under a mentor with places for all of them', () => {
    const wb = matchingWorkbook();
    const g = wb.run(proposeGroupsForWaiting);
    expect(g.maxGroupSize).toBe(5);
    expect(g.groups).toHaveLength(1);
    expect(g.groups[0]!.mentor.name).toBe('Морозова Елена Николаевна');
    expect(g.groups[0]!.mentees.map((e) => e.id)).toEqual(['НЯ-0005', 'НЯ-0006']);
    expect(g.groups[0]!.reasons[1]).toBe(
      'наставник закрывает общие запросы: ведение документации, цифровые образовательные ресурсы',
    );
    const r = wb.run((ctx) =>
      confirmPairs(ctx, {
        source: 'group',
        pairs: [{ form: 'group', mentorIds: ['Н-0005'], menteeIds: ['НЯ-0005', 'НЯ-0006'] }],
      }),
    );
    expect(r.written[0]).toMatchObject({
      pairId: 'НП-2026-001',
      form: 'group',
      menteeNames: ['Павлова Ольга Игоревна', 'Зайцева Алла Борисовна'],
    });
    expect(records(wb, 'Пары и группы')[0]).toMatchObject({
      Форма: 'групповая',
      'ID наставляемых': 'НЯ-0005; НЯ-0006',
      Наставляемые: 'Павлова Ольга Игоревна; Зайцева Алла Борисовна',
      'Почему эта пара': expect.stringMatching(
        /^группа из 2; общие запросы: ведение документации, цифровые образовательные ресурсы; наставник закрывает/,
      ),
    });
    expect(
      records(wb, 'Наставляемые')
        .slice(4)
        .map((e) => [e['Статус'], e['Пара/группа']]),
    ).toEqual([
      ['в паре', 'НП-2026-001'],
      ['в паре', 'НП-2026-001'],
    ]);
    expect(wb.run(matchingOverview).mentors.find((m) => m.id === 'Н-0005')!.free).toBe(1);
  });

  it('a hand-built group with a co-mentor: the lead takes the places, the co-mentor none; limits and rules are checked', () => {
    const wb = matchingWorkbook();
    setSetting(wb, 'Максимальный размер группы', '2');
    const tooBig = wb.run((ctx) =>
      confirmPairs(ctx, {
        source: 'manual',
        pairs: [{ form: 'group', mentorIds: ['Н-0005', 'Н-0002'], menteeIds: ['НЯ-0001', 'НЯ-0005', 'НЯ-0006'] }],
      }),
    );
    expect(tooBig.refused[0]!.reasons).toEqual(['в группе 3 наставляемых, допускается не больше 2']);
    const noConsent = wb.run((ctx) =>
      confirmPairs(ctx, {
        source: 'manual',
        pairs: [{ form: 'group', mentorIds: ['Н-0005', 'Н-0003'], menteeIds: ['НЯ-0005', 'НЯ-0006'] }],
      }),
    );
    expect(noConsent.refused[0]!.reasons).toEqual([
      'Кузнецов Павел Андреевич: наставник не дал согласие на наставничество',
    ]);
    const notGroupLead = wb.run((ctx) =>
      confirmPairs(ctx, {
        source: 'manual',
        pairs: [{ form: 'group', mentorIds: ['Н-0002'], menteeIds: ['НЯ-0005', 'НЯ-0006'] }],
      }),
    );
    expect(notGroupLead.refused[0]!.reasons).toEqual(
      expect.arrayContaining([
        'Орлова Ирина Викторовна: групповая форма наставничества не отмечена в банке наставников',
      ]),
    );
    const ok = wb.run((ctx) =>
      confirmPairs(ctx, {
        source: 'manual',
        pairs: [{ form: 'group', mentorIds: ['Н-0005', 'Н-0002'], menteeIds: ['НЯ-0005', 'НЯ-0006'] }],
      }),
    );
    expect(ok.refused).toEqual([]);
    expect(records(wb, 'Пары и группы')[0]).toMatchObject({
      'ID наставников': 'Н-0005; Н-0002',
      'Наставник(и)': 'Морозова Елена Николаевна; Орлова Ирина Викторовна',
      Закреплена: 'да',
    });
    // Орлова co-mentors without using her single place.
    const o = wb.run(matchingOverview);
    expect(o.mentors.find((m) => m.id === 'Н-0002')!.free).toBe(1);
    expect(o.mentors.find((m) => m.id === 'Н-0005')!.free).toBe(1);
  });
});

describe('changing pairs', () => {
  function withPair() {
    const wb = matchingWorkbook();
    wb.run((ctx) =>
      confirmPairs(ctx, {
        source: 'suggestion',
        pairs: [{ form: 'individual', mentorIds: ['Н-0001'], menteeIds: ['НЯ-0001'] }],
      }),
    );
    return wb;
  }

  it('dissolving keeps the row with its end date, sends the mentee back to waiting and tells why in the journal', () => {
    const wb = withPair();
    wb.world.clock.advance(5 * 86_400_000);
    const r = wb.run((ctx) => dissolvePair(ctx, { pairId: 'НП-2026-001', reason: 'наставник ушёл на больничный' }));
    expect(r.message).toBe('Пара НП-2026-001 расформирована. Попова Анна Сергеевна снова в списке ожидающих.');
    expect(records(wb, 'Пары и группы')[0]).toMatchObject({
      Статус: 'расформирована',
      'Дата завершения': new Date('2026-09-14T21:00:00.000Z'),
    });
    expect(records(wb, 'Наставляемые')[0]).toMatchObject({ Статус: 'ожидает', 'Пара/группа': '' });
    expect(journal(wb, 'Пара расформирована')[0]!['Подробности']).toBe(
      'НП-2026-001: наставник Семёнова Ольга Петровна; наставляемые Попова Анна Сергеевна (с 10.09.2026 по 15.09.2026). Причина: наставник ушёл на больничный. Наставляемые снова ожидают наставника.',
    );
    expect(() => wb.run((ctx) => dissolvePair(ctx, { pairId: 'НП-2026-001', reason: '' }))).toThrow(
      'Пара НП-2026-001 уже не действует (статус «расформирована»).',
    );
    expect(wb.run(matchingOverview).counts.waiting).toBe(6);
  });

  it('replacing the mentor of a formed pair changes it in place; of a pair in the order, makes a new pair', () => {
    const wb = withPair();
    const r = wb.run((ctx) =>
      replaceMentor(ctx, { pairId: 'НП-2026-001', mentorId: 'Н-0005', reason: 'по просьбе наставляемой' }),
    );
    expect(r).toMatchObject({
      pairId: 'НП-2026-001',
      message: 'В паре НП-2026-001 теперь наставник Морозова Елена Николаевна.',
    });
    expect(records(wb, 'Пары и группы')).toHaveLength(1);
    expect(records(wb, 'Пары и группы')[0]).toMatchObject({
      'ID наставников': 'Н-0005',
      'Наставник(и)': 'Морозова Елена Николаевна',
    });
    expect(journal(wb, 'Замена наставника')[0]!['Подробности']).toBe(
      'НП-2026-001: Семёнова Ольга Петровна → Морозова Елена Николаевна; наставляемые Попова Анна Сергеевна. Причина: по просьбе наставляемой.',
    );
    // The order was issued: now a replacement must leave the ordered pair as history.
    wb.paste('Пары и группы', 2, [
      [
        'НП-2026-001',
        'индивидуальная',
        'Н-0005',
        'Морозова Елена Николаевна',
        'НЯ-0001',
        'Попова Анна Сергеевна',
        '',
        '10.09.2026',
        '10.06.2027',
        'в приказе',
      ],
    ]);
    const r2 = wb.run((ctx) => replaceMentor(ctx, { pairId: 'НП-2026-001', mentorId: 'Н-0001', reason: '' }));
    expect(r2.pairId).toBe('НП-2026-002');
    const rows = records(wb, 'Пары и группы');
    expect(rows.map((p) => [p['ID пары/группы'], p['Статус'], p['ID наставников']])).toEqual([
      ['НП-2026-001', 'расформирована', 'Н-0005'],
      ['НП-2026-002', 'сформирована', 'Н-0001'],
    ]);
    expect(rows[1]!['Окончание (план)']).toEqual(new Date('2027-06-09T21:00:00.000Z'));
    expect(records(wb, 'Наставляемые')[0]).toMatchObject({ Статус: 'в паре', 'Пара/группа': 'НП-2026-002' });
    expect(() =>
      wb.run((ctx) => replaceMentor(ctx, { pairId: 'НП-2026-002', mentorId: 'Н-0003', reason: '' })),
    ).toThrow('Изменение пары НП-2026-002 не выполнено:');
    expectCapacityKept(wb);
  });

  it('co-mentors are added and removed; one without consent is refused', () => {
    const wb = withPair();
    wb.run((ctx) => setCoMentors(ctx, { pairId: 'НП-2026-001', coMentorIds: ['Н-0002'] }));
    expect(records(wb, 'Пары и группы')[0]!['ID наставников']).toBe('Н-0001; Н-0002');
    expect(() => wb.run((ctx) => setCoMentors(ctx, { pairId: 'НП-2026-001', coMentorIds: ['Н-0003'] }))).toThrow(
      'Изменение пары НП-2026-001 не выполнено:',
    );
    wb.run((ctx) => setCoMentors(ctx, { pairId: 'НП-2026-001', coMentorIds: [] }));
    expect(records(wb, 'Пары и группы')[0]!['ID наставников']).toBe('Н-0001');
    expect(journal(wb, 'Со-наставники изменены').map((j) => j['Подробности'])).toEqual([
      'НП-2026-001: было — нет; стало — Орлова Ирина Викторовна.',
      'НП-2026-001: было — Орлова Ирина Викторовна; стало — нет.',
    ]);
  });
});
