// The roadmap's statuses read the closing sheets: events by kind, the library, publications, monitoring invitations.
import { recordEvent } from '../../src/app/closing/events';
import { addPractice } from '../../src/app/closing/library';
import { draftPublications, markPublished } from '../../src/app/closing/publications';
import { readRoadmapWorkbook } from '../../src/app/roadmap/read';
import { appendRecords, readTable } from '../../src/workbook/repository';
import { workbookOf } from '../../src/google/sheet-gateway';
import { monitoringInvitesTable } from '../../src/workbook/tables/monitoring-invites';
import { closingSchool } from '../support/closing-school';

const statusOf = (wb: ReturnType<typeof closingSchool>['wb'], number: string) =>
  wb.run((ctx) => {
    const r = readRoadmapWorkbook(ctx);
    const row = r.roadmap.rows.find((x) => x.item.number === number)!;
    return r.statuses.get(row.row)!.status;
  });

describe('roadmap facts from «Итоги года»', () => {
  it('6.2, 6.3, 4.2 and 7.1 follow the events, the library and the publications', () => {
    const { wb } = closingSchool();
    const base = {
      roadmapItem: '',
      participants: '',
      participantCount: null,
      materials: '',
      outcome: '',
      status: 'held' as const,
    };
    expect(statusOf(wb, '6.2')).toMatchObject({
      state: 'not_started',
      basisRu: 'Конференция или семинар ещё не проведены',
    });
    wb.run((ctx) =>
      recordEvent(ctx, { ...base, date: { year: 2027, month: 3, day: 10 }, kind: 'seminar', title: 'Семинар' }),
    );
    expect(statusOf(wb, '6.2')).toMatchObject({ state: 'done', basisRu: 'Проведено конференций и семинаров: 1' });
    // The round table is held and the demo's practice of the year is in the library.
    wb.run((ctx) =>
      recordEvent(ctx, { ...base, date: { year: 2027, month: 5, day: 28 }, kind: 'round_table', title: 'Итоги' }),
    );
    expect(statusOf(wb, '6.3')).toMatchObject({ state: 'done', basisRu: 'Круглых столов: 1; практик в копилке: 1' });
    // 4.2: the training is held; a methodological material makes it complete.
    expect(statusOf(wb, '4.2').state).toBe('in_progress');
    wb.run((ctx) =>
      addPractice(ctx, {
        title: 'Памятка наставнику',
        authors: 'Куратор',
        pairId: '',
        competencies: [],
        description: '',
        materials: '',
        tags: [],
        best: false,
        kind: 'method',
        fromRoundTable: false,
      }),
    );
    expect(statusOf(wb, '4.2').state).toBe('done');
    // 7.1: published share of the held events.
    // Held events got their drafts when recorded; nothing is left to draft.
    expect(wb.run(draftPublications).drafted).toEqual([]);
    const first = wb.values('Публикации').find((r) => r[2] === 'МР-0001')![0] as string;
    wb.run((ctx) => markPublished(ctx, { id: first, link: 'https://school.example/news/1' }));
    expect(statusOf(wb, '7.1')).toMatchObject({
      state: 'in_progress',
      basisRu: 'Освещено на сайте: 1 из 3 мероприятий',
    });
  });

  it('6.1 counts the invitations sent and the invited who answered', () => {
    const { wb } = closingSchool();
    expect(statusOf(wb, '6.1')).toMatchObject({ state: 'not_started', basisRu: 'Анкеты мониторинга не разосланы' });
    const answers = wb.values('Мониторинг');
    const who = [...new Map(answers.slice(1).map((r) => [`${r[2]}|${r[4]}`, r])).values()].slice(0, 3);
    wb.run((ctx) =>
      appendRecords(
        readTable(workbookOf(ctx), monitoringInvitesTable),
        [
          ...who.map((r) => ({
            pairId: r[2],
            role: r[3] === 'наставник' ? 'mentor' : 'mentee',
            personId: r[4],
            personName: r[5],
            sentOn: { year: 2027, month: 5, day: 10 },
          })),
          {
            pairId: 'НП-2026-999',
            role: 'mentee',
            personId: 'НЯ-9999',
            personName: 'Не ответил',
            sentOn: { year: 2027, month: 5, day: 10 },
          },
        ],
        ctx.timeZone(),
      ),
    );
    expect(statusOf(wb, '6.1')).toMatchObject({
      state: 'in_progress',
      basisRu: 'Ответили на анкету: 3 из 4 участников',
    });
  });
});
