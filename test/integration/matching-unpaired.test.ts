// «Поддержка без пары» on the emulator: marked with a note when nobody can serve, re-offered when the mentor bank
// changes (afterBankChange, as the forms feature calls it) or a place frees up; the journal and the digest tell.
import { collectDailyNotes } from '../../src/app/daily-notes';
import { afterBankChange, afterPairsClosed } from '../../src/app/hooks';
import { confirmPairs } from '../../src/app/matching/confirm';
import { dissolvePair } from '../../src/app/matching/manage-pairs';
import { matchingOverview } from '../../src/app/matching/overview';
import { proposeForWaiting } from '../../src/app/matching/propose';
import { reofferSupported } from '../../src/app/matching/reoffer';
import { withDocumentLock } from '../../src/google/lock';
import {
  addMentors,
  C,
  expectCapacityKept,
  matchingWorkbook,
  menteeRow,
  mentorRow,
  records,
  smallSchool,
} from '../support/matching-school';

/** Everyone paired who can be; Егорова (inclusion) is left on «поддержка без пары». */
function afterAutoAssign() {
  const wb = matchingWorkbook();
  const p = wb.run((ctx) =>
    proposeForWaiting(ctx, { mode: 'maxScore', pins: [], exclusions: [], skip: [], revisit: false }),
  );
  wb.run((ctx) =>
    confirmPairs(ctx, {
      source: 'proposal',
      pairs: p.pairs.map((x) => ({ form: 'individual', mentorIds: [x.mentorId], menteeIds: [x.menteeId] })),
      markUnservable: true,
    }),
  );
  return wb;
}

describe('nobody is forgotten', () => {
  it('lists the supported mentee with the note in the panel, and her best mentor once one exists', () => {
    const wb = afterAutoAssign();
    const o = wb.run(matchingOverview);
    expect(o.counts.supported).toBe(1);
    expect(o.supported[0]).toMatchObject({ id: 'НЯ-0004', statusRu: 'поддержка без пары', best: null });
    expect(o.supported[0]!.supportNote).toContain('повторный подбор после пополнения банка наставников');
  });

  it('a new mentor from the form re-offers her: back to waiting, the mentor named, the journal and the digest tell once', () => {
    const wb = afterAutoAssign();
    const [id] = addMentors(wb, [
      mentorRow({
        fullName: 'Андреева Нина Петровна',
        email: 'andreeva@sosh.example',
        post: 'учитель-логопед',
        subjects: ['биология'],
        competencies: [C['inclusion']],
        capacity: 1,
      }),
    ]);
    // What the forms feature does after filing an answer: its own lock, its write, then the reactions.
    const lines = wb.run((ctx) =>
      withDocumentLock(ctx, () =>
        afterBankChange(ctx, { bank: 'mentors', kind: 'added', ids: [id!], source: 'форма' }),
      ),
    );
    expect(lines).toEqual([
      expect.stringMatching(
        /^Повторный подбор \(в банк добавлен наставник \(форма\)\): снова ожидают наставника 1 — Егорова Светлана Павловна \(подходит Андреева Нина Петровна, \d+\)\.$/,
      ),
    ]);
    const egorova = records(wb, 'Наставляемые')[3]!;
    expect(egorova['Статус']).toBe('ожидает');
    expect(egorova['Поддержка без пары']).toMatch(
      /^10\.09\.2026: повторный подбор — в банк добавлен наставник \(форма\); подходит Андреева Нина Петровна \(совместимость \d+\)\. Сформируйте пару/,
    );
    expect(records(wb, 'Журнал').at(-1)).toMatchObject({ Что: 'Повторный подбор', Лист: 'Наставляемые', Строки: '5' });
    const notes = wb.run((ctx) => collectDailyNotes(ctx, ctx.today()));
    expect(notes.errors).toEqual([]);
    const reoffer = notes.notes.filter((n) => n.key.startsWith('matching-reoffer:'));
    expect(reoffer).toEqual([
      expect.objectContaining({
        recipient: 'curator@school.example',
        key: 'matching-reoffer:2026-09-10#1',
        title: 'Подбор: для наставляемых без пары появился наставник',
        lines: expect.arrayContaining([
          expect.stringMatching(/^Егорова Светлана Павловна — подходит Андреева Нина Петровна/),
        ]),
      }),
    ]);
    // The weekly note names who has waited long (since her request of 01.09); new waiting mentees are the roadmap's.
    expect(notes.notes.find((n) => n.key === 'matching-waiting:2026-09-07')!.lines).toEqual([
      'Ждут наставника дольше 7 дней: 1 — Егорова Светлана Павловна.',
      'Запустите «Автоподбор» или «Анализ банка», чтобы увидеть, каких наставников не хватает.',
    ]);
    // A second change does not re-offer her again: she is waiting now, not supported.
    const again = wb.run((ctx) =>
      withDocumentLock(ctx, () =>
        afterBankChange(ctx, { bank: 'mentors', kind: 'updated', ids: [id!], source: 'панель' }),
      ),
    );
    expect(again).toEqual([]);
  });

  it('only as many are re-offered as there are places, and a mentor who cannot help re-offers nobody', () => {
    const wb = matchingWorkbook();
    // Two more inclusion requests; both go to «поддержка без пары».
    const p = wb.run((ctx) =>
      proposeForWaiting(ctx, { mode: 'maxScore', pins: [], exclusions: [], skip: [], revisit: false }),
    );
    wb.run((ctx) =>
      confirmPairs(ctx, {
        source: 'proposal',
        pairs: p.pairs.map((x) => ({ form: 'individual', mentorIds: [x.mentorId], menteeIds: [x.menteeId] })),
        markUnservable: true,
      }),
    );
    addMentors(wb, [
      mentorRow({
        fullName: 'Ким Ольга',
        email: 'kim@sosh.example',
        competencies: [C['exams']],
        subjects: ['физика'],
        capacity: 1,
        consentDate: null,
      }),
    ]);
    expect(wb.run(reofferSupported).reoffered).toEqual([]);
    addMentors(wb, [
      mentorRow({
        fullName: 'Андреева Нина Петровна',
        email: 'andreeva@sosh.example',
        subjects: ['биология'],
        competencies: [C['inclusion']],
        capacity: 1,
      }),
    ]);
    const r = wb.run(reofferSupported);
    expect(r.reoffered.map((x) => x.name)).toEqual(['Егорова Светлана Павловна']);
    expect(r.stillSupported).toBe(0);
  });

  it('a place freed by dissolving a pair or by finished pairs re-offers supported mentees, one per place', () => {
    const school = smallSchool();
    school.mentees.push(
      menteeRow({ fullName: 'Белова Инна Юрьевна', email: 'belova@sosh.example', requests: [C['classroom']] }),
      menteeRow({
        fullName: 'Гришина Вера Олеговна',
        email: 'grishina@sosh.example',
        requests: [C['classroom'], C['parents']],
      }),
    );
    const wb = matchingWorkbook({ school, minScore: 1 });
    // Every place taken: Семёнова 2/2, Орлова 1/1, Морозова 3/3.
    wb.run((ctx) =>
      confirmPairs(ctx, {
        source: 'manual',
        pairs: [
          { form: 'individual', mentorIds: ['Н-0001'], menteeIds: ['НЯ-0001'] },
          { form: 'individual', mentorIds: ['Н-0001'], menteeIds: ['НЯ-0003'] },
          { form: 'individual', mentorIds: ['Н-0002'], menteeIds: ['НЯ-0002'] },
          { form: 'group', mentorIds: ['Н-0005'], menteeIds: ['НЯ-0005', 'НЯ-0006'] },
          { form: 'individual', mentorIds: ['Н-0005'], menteeIds: ['НЯ-0004'] },
        ],
        markUnservable: true,
      }),
    );
    const status = (row: number) => records(wb, 'Наставляемые')[row]!['Статус'];
    expect([status(6), status(7)]).toEqual(['поддержка без пары', 'поддержка без пары']);
    expect(records(wb, 'Наставляемые')[6]!['Поддержка без пары']).toMatch(
      /^10\.09\.2026: подходящие наставники \(\d\) заняты: свободных мест нет\./,
    );
    // One place frees up: one of the two is re-offered, the better fit for Семёнова.
    const r = wb.run((ctx) => dissolvePair(ctx, { pairId: 'НП-2026-001', reason: 'наставляемая уволилась' }));
    expect(r.reoffered).toEqual(['Гришина Вера Олеговна']);
    expect([status(0), status(6), status(7)]).toEqual(['ожидает', 'поддержка без пары', 'ожидает']);
    // The year-end feature finishes Морозова's group (two places) and calls the hook: now there is room for her too.
    const statusCol = (wb.values('Пары и группы')[0] as string[]).indexOf('Статус') + 1;
    wb.spreadsheet().getSheetByName('Пары и группы')!.getRange(5, statusCol).setValue('завершена');
    const lines = wb.run((ctx) =>
      withDocumentLock(ctx, () => afterPairsClosed(ctx, { pairIds: ['НП-2026-004'], source: 'итоги года' })),
    );
    expect(lines).toEqual([
      expect.stringMatching(
        /^Повторный подбор \(завершены пары НП-2026-004 \(итоги года\), освободились места\): снова ожидают наставника 1 — Белова Инна Юрьевна \(подходит /,
      ),
    ]);
    expect(status(6)).toBe('ожидает');
    expectCapacityKept(wb);
  });

  it('a reaction that fails never breaks the form answer that triggered it', () => {
    const wb = afterAutoAssign();
    wb.spreadsheet().deleteSheet(wb.spreadsheet().getSheetByName('Пары и группы')!);
    const lines = wb.run((ctx) =>
      afterBankChange(ctx, { bank: 'mentors', kind: 'added', ids: ['Н-0009'], source: 'форма' }),
    );
    expect(lines).toEqual([
      'Повторный подбор: не выполнено — Листа «Пары и группы» нет: выберите «Наставничество → Настроить таблицу», лист будет создан.',
    ]);
  });
});
