// «Автоподбор» on the emulator: the proposal (optimal vs greedy, pins, exclusions, skips, coverage first, revisiting),
// and confirming it under the document lock against the CURRENT sheets — capacity holds even with two curators.
import { BusyError } from '../../src/app/errors';
import { setPairBan } from '../../src/app/matching/bans';
import { confirmPairs, type PairRequest } from '../../src/app/matching/confirm';
import { proposeForWaiting, type ProposeInput, type ProposalView } from '../../src/app/matching/propose';
import { readMatchingState } from '../../src/app/matching/state';
import { holdLock } from '../../tools/emulator/services';
import {
  column,
  expectCapacityKept,
  matchingWorkbook,
  mentorRow,
  menteeRow,
  records,
  C,
} from '../support/matching-school';

const base: ProposeInput = { mode: 'maxScore', pins: [], exclusions: [], skip: [], revisit: false };
const asRequests = (p: ProposalView): PairRequest[] =>
  p.pairs
    .filter((x) => x.change !== 'same')
    .map((x) => ({
      form: 'individual',
      mentorIds: [x.mentorId],
      menteeIds: [x.menteeId],
      locked: x.pinned,
      ...(x.change === 'replace' ? { replacesPairId: x.existingPairId } : {}),
    }));
const mentorOf = (p: ProposalView, menteeId: string) => p.pairs.find((x) => x.menteeId === menteeId)?.mentorId;

describe('the proposal', () => {
  const wb = matchingWorkbook();
  const p = wb.run((ctx) => proposeForWaiting(ctx, base));

  it('places everyone a mentor can serve within the places, explains each pair, and beats or equals greedy', () => {
    expect(p.totals.pool).toBe(6);
    expect(p.pairs.map((x) => [x.menteeId, x.mentorId]).sort()).toEqual([
      ['НЯ-0001', 'Н-0001'],
      ['НЯ-0002', 'Н-0002'],
      ['НЯ-0003', 'Н-0001'],
      ['НЯ-0005', 'Н-0005'],
      ['НЯ-0006', 'Н-0005'],
    ]);
    expect(p.unassigned).toEqual([
      {
        menteeId: 'НЯ-0004',
        name: 'Егорова Светлана Павловна',
        reason: expect.stringMatching(/^нет подходящего наставника/),
      },
    ]);
    expect(p.totals.totalScore).toBe(p.pairs.reduce((s, x) => s + x.score, 0));
    expect(p.totals.totalScore).toBeGreaterThanOrEqual(p.totals.greedyTotal);
    for (const x of p.pairs) expect(x.summary).toMatch(/^закрывает/);
    expect(p.pairs.every((x) => x.change === 'new' && !x.pinned)).toBe(true);
  });

  it('keeps a pinned pair and optimises the rest around it; a removed pair is not proposed again; a skipped mentee stays out', () => {
    const pinned = wb.run((ctx) =>
      proposeForWaiting(ctx, { ...base, pins: [{ menteeId: 'НЯ-0005', mentorId: 'Н-0002' }] }),
    );
    expect(pinned.pairs.find((x) => x.menteeId === 'НЯ-0005')).toMatchObject({ mentorId: 'Н-0002', pinned: true });
    // Орлова has one place: НЯ-0002 goes elsewhere.
    expect(mentorOf(pinned, 'НЯ-0002')).toBe('Н-0005');
    const removed = wb.run((ctx) =>
      proposeForWaiting(ctx, { ...base, exclusions: [{ menteeId: 'НЯ-0001', mentorId: 'Н-0001' }] }),
    );
    expect(mentorOf(removed, 'НЯ-0001')).not.toBe('Н-0001');
    const skipped = wb.run((ctx) => proposeForWaiting(ctx, { ...base, skip: ['НЯ-0003'] }));
    expect(skipped.pairs.map((x) => x.menteeId)).not.toContain('НЯ-0003');
    expect(skipped.skipped).toEqual([{ menteeId: 'НЯ-0003', name: 'Волкова Юлия Андреевна' }]);
  });

  it('«сначала охватить как можно больше» places more mentees than «лучшая сумма» when they conflict', () => {
    // Попова fits Семёнова very well and Орлова poorly; Егорова (a biologist asking about inclusion) fits Семёнова
    // poorly and the curator banned her pair with Орлова. Best total: Попова–Семёнова alone; best coverage: both.
    const school = {
      mentors: [
        mentorRow({ capacity: 1, competencies: [C['classroom'], C['parents']] }),
        mentorRow({
          fullName: 'Орлова Ирина Викторовна',
          email: 'orlova@sosh.example',
          subjects: ['химия'],
          competencies: [C['exams']],
          capacity: 1,
          trainingDate: null,
          qualification: 'первая',
        }),
      ],
      mentees: [
        menteeRow({ requests: [C['classroom'], C['parents']] }),
        menteeRow({
          fullName: 'Егорова Светлана Павловна',
          email: 'egorova@sosh.example',
          subjects: ['биология'],
          requests: [C['inclusion']],
        }),
      ],
    };
    const w2 = matchingWorkbook({ school, minScore: 1 });
    w2.run((ctx) => setPairBan(ctx, { mentorId: 'Н-0002', menteeId: 'НЯ-0002', banned: true }));
    const score = w2.run((ctx) => proposeForWaiting(ctx, base));
    const cover = w2.run((ctx) => proposeForWaiting(ctx, { ...base, mode: 'maxCoverageThenScore' }));
    expect(score.pairs.map((x) => [x.menteeId, x.mentorId])).toEqual([['НЯ-0001', 'Н-0001']]);
    expect(score.unassigned[0]!.reason).toBe(
      'все подходящие наставники (1) заняты другими наставляемыми этого распределения',
    );
    expect(cover.pairs.map((x) => [x.menteeId, x.mentorId]).sort()).toEqual([
      ['НЯ-0001', 'Н-0002'],
      ['НЯ-0002', 'Н-0001'],
    ]);
    expect(score.totals.totalScore).toBeGreaterThan(cover.totals.totalScore);
  });
});

describe('confirming', () => {
  it('writes every proposed pair in one block, updates the mentees and marks who nobody can serve', () => {
    const wb = matchingWorkbook();
    const p = wb.run((ctx) => proposeForWaiting(ctx, base));
    const calls = wb.world.calls.count();
    const r = wb.run((ctx) => confirmPairs(ctx, { source: 'proposal', pairs: asRequests(p), markUnservable: true }));
    expect(r.refused).toEqual([]);
    expect(r.written.map((w) => w.pairId)).toEqual([
      'НП-2026-001',
      'НП-2026-002',
      'НП-2026-003',
      'НП-2026-004',
      'НП-2026-005',
    ]);
    expect(r.supported).toEqual([
      { id: 'НЯ-0004', name: 'Егорова Светлана Павловна', reason: expect.stringContaining('минимальный балл 40') },
    ]);
    expect(column(wb, 'Пары и группы', 'Закреплена')).toEqual(['нет', 'нет', 'нет', 'нет', 'нет']);
    const statuses = records(wb, 'Наставляемые').map((e) => [e['ID'], e['Статус'], e['Пара/группа']]);
    expect(statuses.filter((s) => s[1] === 'в паре')).toHaveLength(5);
    const supported = records(wb, 'Наставляемые')[3]!;
    expect(supported['Статус']).toBe('поддержка без пары');
    expect(supported['Поддержка без пары']).toMatch(
      /^10\.09\.2026: ни один свободный наставник не набирает минимальный балл 40.*поддержка без пары \(методическое объединение/,
    );
    expect(records(wb, 'Журнал').map((j) => j['Что'])).toEqual(
      expect.arrayContaining(['Пара сформирована', 'Поддержка без пары']),
    );
    // One bulk write of the new rows, whatever their number (listing the sheets costs one call per sheet of the workbook).
    const sheets = wb.spreadsheet().getSheets().length;
    expect(wb.world.calls.count() - calls).toBeLessThan(45 + sheets);
    expectCapacityKept(wb);
  });

  it('two curators confirm at once: the second is re-checked against what the first wrote and can never exceed a place', () => {
    const wb = matchingWorkbook();
    // Both proposals are computed before either is confirmed.
    const a = wb.run((ctx) => proposeForWaiting(ctx, base), 'rpc');
    const b = wb.run(
      (ctx) => proposeForWaiting(ctx, { ...base, pins: [{ menteeId: 'НЯ-0001', mentorId: 'Н-0002' }] }),
      'rpc',
    );
    expect(mentorOf(a, 'НЯ-0002')).toBe('Н-0002');
    expect(mentorOf(b, 'НЯ-0001')).toBe('Н-0002');
    const first = wb.run((ctx) => confirmPairs(ctx, { source: 'proposal', pairs: asRequests(a) }), 'rpc');
    expect(first.refused).toEqual([]);
    const second = wb.run((ctx) => confirmPairs(ctx, { source: 'proposal', pairs: asRequests(b) }), 'rpc');
    expect(second.written).toEqual([]);
    const orlova = second.refused.find((x) => x.mentorIds[0] === 'Н-0002')!;
    expect(orlova.reasons).toEqual(
      expect.arrayContaining([
        'Попова Анна Сергеевна уже в паре НП-2026-001',
        'у наставника Орлова Ирина Викторовна свободно мест: 0, нужно 1',
      ]),
    );
    expectCapacityKept(wb);
  });

  it('a confirm that waits for the lock sees the pair another execution wrote meanwhile', () => {
    const wb = matchingWorkbook();
    // Another execution holds the document lock for 5 s and, while holding it, fills Орлова's only place.
    holdLock(wb.world, 'document', { forMs: 5_000, owner: 'другой куратор' });
    wb.paste('Пары и группы', 2, [
      ['НП-2026-001', 'индивидуальная', 'Н-0002', '', 'НЯ-0005', '', '', '10.09.2026', '10.06.2027', 'сформирована'],
    ]);
    const start = wb.world.clock.now();
    const r = wb.run((ctx) =>
      confirmPairs(ctx, {
        source: 'suggestion',
        pairs: [{ form: 'individual', mentorIds: ['Н-0002'], menteeIds: ['НЯ-0002'] }],
      }),
    );
    expect(wb.world.clock.now() - start).toBe(5_000);
    expect(r.written).toEqual([]);
    expect(r.refused[0]!.reasons).toEqual(['у наставника Орлова Ирина Викторовна свободно мест: 0, нужно 1']);
    expectCapacityKept(wb);
  });

  it('when the lock stays busy, nothing is written and the curator is told to retry', () => {
    const wb = matchingWorkbook();
    holdLock(wb.world, 'document');
    const before = wb.values('Пары и группы');
    expect(() =>
      wb.run((ctx) =>
        confirmPairs(ctx, {
          source: 'suggestion',
          pairs: [{ form: 'individual', mentorIds: ['Н-0001'], menteeIds: ['НЯ-0001'] }],
        }),
      ),
    ).toThrow(BusyError);
    expect(wb.values('Пары и группы')).toEqual(before);
  });

  it('a capacity lowered on the sheet after the proposal is honoured at confirm', () => {
    const wb = matchingWorkbook();
    const p = wb.run((ctx) => proposeForWaiting(ctx, base));
    const capCol = (wb.values('Наставники')[0] as string[]).indexOf('Вместимость, наставляемых') + 1;
    wb.spreadsheet().getSheetByName('Наставники')!.getRange(6, capCol).setValue(1);
    const r = wb.run((ctx) => confirmPairs(ctx, { source: 'proposal', pairs: asRequests(p) }));
    expect(r.refused.map((x) => x.reasons)).toEqual([
      ['у наставника Морозова Елена Николаевна свободно мест: 0, нужно 1'],
    ]);
    expectCapacityKept(wb);
  });

  it('a pair row with an error still holds its mentor’s place and its mentee', () => {
    const wb = matchingWorkbook();
    wb.paste('Пары и группы', 2, [
      ['НП-2026-001', 'индивидуальная', 'Н-0002', '', 'НЯ-0002', '', '', 'не дата', '10.06.2027', ''],
    ]);
    const state = wb.run((ctx) => readMatchingState(ctx));
    expect(state.pairs.invalidRows).toEqual([2]);
    expect(state.load.get('Н-0002')).toBe(1);
    expect(state.warnings[0]).toMatch(/^«Пары и группы», строка 2 \(НП-2026-001\): строка с ошибкой/);
    const p = wb.run((ctx) => proposeForWaiting(ctx, base));
    expect(p.pairs.map((x) => x.menteeId)).not.toContain('НЯ-0002');
    expect(p.pairs.map((x) => x.mentorId)).not.toContain('Н-0002');
    // The next pair id skips the one typed on the broken row.
    const r = wb.run((ctx) => confirmPairs(ctx, { source: 'proposal', pairs: asRequests(p) }));
    expect(r.written[0]!.pairId).toBe('НП-2026-002');
  });

  it('puts a mentee’s status right when «Пары и группы» already pairs them (an interrupted run resumes)', () => {
    const wb = matchingWorkbook();
    wb.paste('Пары и группы', 2, [
      ['НП-2026-001', 'индивидуальная', 'Н-0005', '', 'НЯ-0005', '', '', '10.09.2026', '10.06.2027', 'сформирована'],
    ]);
    const r = wb.run((ctx) =>
      confirmPairs(ctx, {
        source: 'suggestion',
        pairs: [{ form: 'individual', mentorIds: ['Н-0001'], menteeIds: ['НЯ-0001'] }],
      }),
    );
    expect(r.repaired).toEqual(['Павлова Ольга Игоревна']);
    expect(records(wb, 'Наставляемые')[4]).toMatchObject({ Статус: 'в паре', 'Пара/группа': 'НП-2026-001' });
  });
});

describe('revisiting formed pairs', () => {
  it('an unlocked formed pair may get a better mentor in place; a locked one is kept', () => {
    const wb = matchingWorkbook({ minScore: 1 });
    // Попова was given Морозова by an earlier «Автоподбор»; Семёнова covers her request.
    wb.run((ctx) =>
      confirmPairs(ctx, {
        source: 'proposal',
        pairs: [{ form: 'individual', mentorIds: ['Н-0005'], menteeIds: ['НЯ-0001'] }],
      }),
    );
    wb.run((ctx) =>
      confirmPairs(ctx, {
        source: 'suggestion',
        pairs: [{ form: 'individual', mentorIds: ['Н-0002'], menteeIds: ['НЯ-0003'] }],
      }),
    );
    const p = wb.run((ctx) => proposeForWaiting(ctx, { ...base, revisit: true }));
    const popova = p.pairs.find((x) => x.menteeId === 'НЯ-0001')!;
    expect(popova).toMatchObject({
      change: 'replace',
      existingPairId: 'НП-2026-001',
      oldMentorName: 'Морозова Елена Николаевна',
      mentorId: 'Н-0001',
    });
    expect(p.pairs.find((x) => x.menteeId === 'НЯ-0003')).toBeUndefined();
    const r = wb.run((ctx) => confirmPairs(ctx, { source: 'proposal', pairs: asRequests(p) }));
    expect(r.written.find((w) => w.pairId === 'НП-2026-001')).toMatchObject({
      replaced: true,
      mentorNames: ['Семёнова Ольга Петровна'],
    });
    expect(records(wb, 'Пары и группы')[0]).toMatchObject({
      'ID наставников': 'Н-0001',
      'Наставник(и)': 'Семёнова Ольга Петровна',
      Статус: 'сформирована',
    });
    expect(records(wb, 'Журнал').find((j) => j['Что'] === 'Замена наставника (автоподбор)')!['Подробности']).toContain(
      '(был Н-0005)',
    );
    expectCapacityKept(wb);
  });
});
