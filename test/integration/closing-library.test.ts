// Events, publications, the practice library and completing programs, on the emulator.
import { completePrograms } from '../../src/app/closing/complete-programs';
import { recordEvent } from '../../src/app/closing/events';
import {
  acceptProposal,
  addPractice,
  declineProposal,
  markBestPractices,
  searchLibrary,
} from '../../src/app/closing/library';
import { monitoringResults } from '../../src/app/closing/monitoring';
import { closingData } from '../../src/app/closing/data';
import { draftPublications, markPublished } from '../../src/app/closing/publications';
import { UserError } from '../../src/app/errors';
import { closingSchool } from '../support/closing-school';

const header = (rows: unknown[][], name: string) => rows[0]!.indexOf(name);

describe('events and publications', () => {
  it('records an event, drafts its news at once, and drafts each milestone once', () => {
    const { wb } = closingSchool();
    const r = wb.run((ctx) =>
      recordEvent(ctx, {
        date: { year: 2027, month: 5, day: 28 },
        kind: 'round_table',
        title: 'Итоги года наставничества',
        roadmapItem: '',
        participants: '=не формула',
        participantCount: 15,
        materials: 'https://example.com/slides',
        outcome: 'отобраны лучшие практики',
        status: 'held',
      }),
    );
    expect(r.id).toBe('МР-0002');
    const events = wb.values('Мероприятия');
    expect(events[r.row - 1]![header(events, 'Участники')]).toBe('=не формула');
    expect(events[r.row - 1]![header(events, 'Вид')]).toBe('круглый стол');
    const titles = r.drafted.map((d) => d.title);
    expect(titles).toContain('Круглый стол «Итоги года наставничества»');
    expect(titles).toContain('Итоги мониторинга программ наставничества');
    const pubs = wb.values('Публикации');
    const text = pubs.find((p) => p[header(pubs, 'ID мероприятия')] === r.id)![header(pubs, 'Текст')] as string;
    expect(text).toContain('Лучшими практиками года признаны: «Лист наблюдения урока» (Петрова О. В.)');
    // Nothing new to draft: a second run writes nothing.
    expect(wb.run(draftPublications).drafted).toEqual([]);
    expect(wb.values('Публикации')).toEqual(pubs);
  });

  it('marks a publication published with its link; an unknown one is a Russian error', () => {
    const { wb } = closingSchool();
    const { drafted } = wb.run(draftPublications);
    const first = drafted[0]!;
    wb.run((ctx) => markPublished(ctx, { id: first.id, link: ' https://school.example/news/1 ' }));
    const pubs = wb.values('Публикации');
    const row = pubs[first.row - 1]!;
    expect([row[header(pubs, 'Статус')], row[header(pubs, 'Ссылка на публикацию')]]).toEqual([
      'опубликовано',
      'https://school.example/news/1',
    ]);
    expect(() => wb.run((ctx) => markPublished(ctx, { id: 'ПБ-9999', link: 'x' }))).toThrow(UserError);
  });
});

describe('practice library', () => {
  it('offers practices proposed in the answers, adds one with a click (once), declines another', () => {
    const { wb } = closingSchool();
    const proposals = wb.run((ctx) => monitoringResults(closingData(ctx)).proposals);
    expect(proposals.length).toBeGreaterThan(1);
    const [a, b] = proposals;
    const added = wb.run((ctx) => acceptProposal(ctx, a!.key));
    const library = wb.values('Методическая копилка');
    const row = library[added.row - 1]!;
    expect(row[header(library, 'Описание')]).toBe(a!.text);
    expect(row[header(library, 'Источник')]).toBe('анкета мониторинга');
    expect(row[header(library, 'Из анкеты')]).toBe(a!.key);
    // Repeating the click adds nothing (the mark is written again, the practice is not).
    expect(() => wb.run((ctx) => acceptProposal(ctx, a!.key))).not.toThrow();
    expect(wb.values('Методическая копилка')).toHaveLength(library.length);
    wb.run((ctx) => declineProposal(ctx, b!.key));
    const left = wb.run((ctx) => monitoringResults(closingData(ctx)).proposals.map((p) => p.key));
    expect(left).not.toContain(a!.key);
    expect(left).not.toContain(b!.key);
    const marks = wb.values('Мониторинг').map((r) => r[header(wb.values('Мониторинг'), 'В копилку')]);
    expect(marks).toContain(`добавлена ${added.id}`);
    expect(marks).toContain('отклонено');
  });

  it('searches the library and marks the round table’s best practices in one write', () => {
    const { wb } = closingSchool();
    const p = wb.run((ctx) =>
      addPractice(ctx, {
        title: 'Родительское собрание вдвоём',
        authors: 'Сидоров П. П.',
        pairId: '',
        competencies: ['Работа с родителями (законными представителями)'],
        description: 'Наставник и наставляемый готовят и проводят собрание вместе',
        materials: '',
        tags: ['родители'],
        best: false,
        kind: 'practice',
        fromRoundTable: true,
      }),
    );
    expect(wb.run((ctx) => searchLibrary(ctx, { text: 'родителями' })).hits.map((h) => h.practice.id)).toEqual([p.id]);
    wb.world.calls.reset();
    wb.run((ctx) => markBestPractices(ctx, { ids: [p.id, 'МК-0001'], best: true }));
    expect(wb.world.calls.count('Range.setValues')).toBe(2); // the block of marks, and the journal
    expect(wb.run((ctx) => searchLibrary(ctx, { text: '', bestOnly: true })).total).toBe(2);
    expect(() => wb.run((ctx) => addPractice(ctx, { ...baseInput, competencies: ['Нет такого запроса'] }))).toThrow(
      'Нет в списке запросов',
    );
  });
});

const baseInput = {
  title: 'x',
  authors: 'y',
  pairId: '',
  competencies: [],
  description: '',
  materials: '',
  tags: [],
  best: false,
  kind: 'practice' as const,
  fromRoundTable: false,
};

describe('completing programs', () => {
  it('ends the chosen pairs today; mentees who want to continue stay, the others finish', () => {
    const { wb, pairIds } = closingSchool();
    const open = pairIds.slice(Math.ceil(pairIds.length / 2));
    const r = wb.run((ctx) => completePrograms(ctx, { pairIds: [open[0]!] }));
    expect(r.finished).toEqual([open[0]]);
    expect(r.menteesFinished.length + r.menteesContinuing.length).toBe(1);
    const pairs = wb.values('Пары и группы');
    const row = pairs.find((p) => p[0] === open[0])!;
    expect(row[header(pairs, 'Статус')]).toBe('завершена');
    expect(row[header(pairs, 'Дата завершения')]).toBeInstanceOf(Date);
    expect(() => wb.run((ctx) => completePrograms(ctx, { pairIds: [open[0]!] }))).toThrow('уже завершена');
  });
});
