// Demo data for the end of the year: pairs for the demo school, monitoring answers, events and practices.
//
// API
//   formDemoPairs(ctx, { limit?, start? }) → pair ids; writes «Пары и группы» rows (status «действует») for
//     waiting mentees and active mentors with consent who share a request, and marks those mentees «в паре».
//     Used where the matching feature is not the subject (closing tests, benchmarks, the playground's June).
//   writeDemoAnswers(ctx, { share?, seed? }) → questionnaires written; each participant of an active pair answers with
//     probability `share`, as the monitoring form would file it (one row per answer).
//   seedClosingDemo(ctx) → events of the year (training, consultation, seminar, round table) and a few practices.
import type { AppContext } from '../../src/app/context';
import { closingData } from '../../src/app/closing/data';
import { recordEvent } from '../../src/app/closing/events';
import { addPractice } from '../../src/app/closing/library';
import { addMonths, type CalendarDate } from '../../src/domain/calendar/calendar-date';
import { nextPairIds } from '../../src/domain/matching/pair-id';
import { participantsOf } from '../../src/domain/monitoring/participants';
import { questionnaire } from '../../src/domain/monitoring/questions';
import type { Pair } from '../../src/domain/model';
import { answerToRecord } from '../../src/workbook/monitoring';
import { pairToRecord } from '../../src/workbook/pairs';
import { appendRecords, encodeCell, readTable, writeCells } from '../../src/workbook/repository';
import { columnOf } from '../../src/workbook/table-schema';
import { menteesTable } from '../../src/workbook/tables/mentees';
import { monitoringTable } from '../../src/workbook/tables/monitoring';
import { random } from './school';
import { pairsTable } from '../../src/workbook/tables/pairs';

export function formDemoPairs(ctx: AppContext, options: { limit?: number; start?: CalendarDate } = {}): string[] {
  const data = closingData(ctx);
  const check = data.check();
  const start = options.start ?? { year: 2026, month: 10, day: 1 };
  const year = data.year();
  const mentors = check.mentors.records
    .filter((r) => r.value.status === 'active' && r.value.consentDate)
    .map((r) => ({ ...r.value, free: r.value.capacity }));
  const existing = data.pairs().records.map((r) => r.value);
  for (const p of existing)
    for (const id of p.mentorIds) {
      const m = mentors.find((x) => x.id === id);
      if (m) m.free -= p.menteeIds.length;
    }
  const waiting = check.mentees.records.filter((r) => r.value.status === 'waiting' && r.value.id);
  const pairs: Array<{ pair: Pair; mentorRow: (typeof mentors)[number]; menteeRow: number }> = [];
  const ids = nextPairIds(
    existing.map((p) => p.id),
    year,
    waiting.length,
  );
  // A mentor who offers one of the mentee's requests, else any mentor with room: demo data, not the matching feature.
  const byCompetence = new Map<string, typeof mentors>();
  for (const x of mentors) for (const c of x.competencies) byCompetence.set(c, [...(byCompetence.get(c) ?? []), x]);
  const hasRoom = (x: (typeof mentors)[number]) => x.free > 0 && x.id !== '';
  for (const m of waiting) {
    if (options.limit !== undefined && pairs.length >= options.limit) break;
    const mentor =
      m.value.requests.map((c) => byCompetence.get(c)?.find(hasRoom)).find(Boolean) ?? mentors.find(hasRoom);
    if (!mentor) break;
    mentor.free--;
    const requests = m.value.requests.length ? m.value.requests : mentor.competencies.slice(0, 1);
    pairs.push({
      pair: {
        id: ids[pairs.length]!,
        form: 'individual',
        mentorIds: [mentor.id],
        menteeIds: [m.value.id],
        requests,
        startDate: start,
        endDate: addMonths(start, 8),
        status: 'active',
        locked: false,
        orderLink: '',
        programLink: '',
        notes: '',
      },
      mentorRow: mentor,
      menteeRow: m.row,
    });
  }
  const tz = ctx.timeZone();
  const menteeAt = new Map(check.mentees.records.map((r) => [r.row, r.value]));
  appendRecords(
    readTable(data.workbook, pairsTable),
    pairs.map((p) => pairToRecord(p.pair, { mentors: [p.mentorRow], mentees: [menteeAt.get(p.menteeRow)!] })),
    tz,
  );
  const paired = encodeCell(columnOf(menteesTable, 'status'), 'paired', tz);
  writeCells(check.mentees.snapshot, [
    ...pairs.map((p) => ({ row: p.menteeRow, field: 'status', value: paired })),
    ...pairs.map((p) => ({ row: p.menteeRow, field: 'pairId', value: p.pair.id })),
  ]);
  return pairs.map((p) => p.pair.id);
}

const VALUABLE = [
  'Разбор уроков после посещения',
  'Помощь с рабочей программой',
  'Поддержка в трудных ситуациях с родителями',
  'Совместная подготовка открытого урока',
  'Разбор уроков после посещения.',
];
const MISSING = [
  'Времени на встречи',
  'Больше посещений уроков наставника',
  'Всего хватало',
  'Методических материалов по оцениванию',
];
const PRACTICES = [
  'Взаимопосещение уроков с листом наблюдения и разбором в тот же день',
  'Совместная разработка критериев оценивания к контрольным работам',
  'Родительское собрание, подготовленное вместе с наставником',
  'Еженедельная пятиминутка: один приём управления классом',
];

export function writeDemoAnswers(
  ctx: AppContext,
  options: { share?: number; seed?: number; answeredOn?: CalendarDate } = {},
): number {
  const rnd = random(options.seed ?? 7);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const data = closingData(ctx);
  const questions = data.questions().records.map((r) => r.value);
  const pairs = new Map(data.monitoredPairs().map((p) => [p.id, p]));
  const answeredOn = options.answeredOn ?? ctx.today();
  const rows: Record<string, unknown>[] = [];
  let n = 0;
  for (const p of participantsOf([...pairs.values()])) {
    if (rnd() >= (options.share ?? 0.8)) continue;
    n++;
    const responseId = `ДЕМО-${String(n).padStart(5, '0')}`;
    const mood = rnd() < 0.15 ? -4 : 0; // a few unhappy pairs, so «требуют внимания» has something to show
    const base = {
      responseId,
      answeredOn,
      pairId: p.pairId,
      role: p.role,
      personId: p.id,
      personName: p.name,
      libraryMark: '',
      competence: '',
      scoreBefore: null,
      score: null,
      text: '',
    };
    for (const q of questionnaire(questions, p.role)) {
      const row = { ...base, questionCode: q.code, question: q.text };
      const rating = () => Math.max(1, Math.min(10, 7 + Math.floor(rnd() * 4) + mood));
      switch (q.type) {
        case 'rating': {
          const v = rating();
          rows.push({ ...row, score: v, text: String(v) });
          break;
        }
        case 'competence':
          for (const c of pairs.get(p.pairId)?.requests ?? []) {
            const before = 2 + Math.floor(rnd() * 4);
            const after = Math.min(10, before + Math.max(0, 1 + Math.floor(rnd() * 4) + mood));
            rows.push({ ...row, competence: c, scoreBefore: before, score: after, text: `${before} → ${after}` });
          }
          break;
        case 'choice':
          rows.push({ ...row, text: pick(q.choices) });
          break;
        case 'yesno':
          rows.push({ ...row, text: rnd() < (mood ? 0.4 : 0.85) ? 'да' : 'нет' });
          break;
        case 'text': {
          const bank = q.use === 'practice' ? PRACTICES : q.code.includes('missing') ? MISSING : VALUABLE;
          if (rnd() < 0.7) rows.push({ ...row, text: pick(bank) });
        }
      }
    }
  }
  appendRecords(
    readTable(data.workbook, monitoringTable),
    rows.map((r) => answerToRecord(r as never)),
    ctx.timeZone(),
  );
  return n;
}

/** The year's events and a few practices, through the same use cases the sidebar calls. */
export function seedClosingDemo(ctx: AppContext): void {
  const base = { roadmapItem: '', participants: 'наставники', materials: '', status: null };
  recordEvent(ctx, {
    ...base,
    date: { year: 2026, month: 10, day: 14 },
    kind: 'training',
    title: 'Роль наставника: с чего начать',
    participantCount: 12,
    outcome: 'наставники получили памятку по составлению ПНП',
  });
  recordEvent(ctx, {
    ...base,
    date: { year: 2026, month: 11, day: 18 },
    kind: 'consultation',
    title: 'Как посещать уроки наставляемого',
    participantCount: 9,
    outcome: 'разобран лист наблюдения урока',
  });
  addPractice(ctx, {
    title: 'Памятка наставнику: первые две недели',
    authors: 'Кузнецова М. С.',
    pairId: '',
    competencies: ['Адаптация в коллективе, корпоративная культура школы'],
    description: 'Что сделать вместе с наставляемым в первые две недели работы',
    materials: '',
    tags: ['адаптация', 'памятка'],
    best: false,
    kind: 'method',
    fromRoundTable: false,
  });
}
