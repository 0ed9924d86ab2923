// «Отчёт о мониторинге реализации ПНП»: the year's monitoring as a document — the numbers in tables, the ratings and
// the change of competence as charts (images in Google Docs, so they print), the pairs needing attention, the
// participants' words, the events and best practices, and the SWOT prefilled for the curator to edit.
import { academicYearLabel } from '../calendar/academic-year';
import { toRuDate, toRuLongDate, type CalendarDate } from '../calendar/calendar-date';
import { bold, cell, heading, line, list, para, table } from '../documents/blocks';
import type { Block, ChartBlock, Document } from '../documents/model';
import { placeLine, shortPersonName } from '../documents/people';
import { eventKindRu, type EventKind } from '../events/event';
import type { SchoolSettings } from '../model';
import { formRu } from '../model';
import { countRu } from '../roadmap/plural-ru';
import { decimalRu, percentRu, signedRu } from '../text/number-ru';
import { audienceRu } from './questions';
import type { GroupSummary, MonitoringSummary, RatingStat } from './summary';
import { swotTitlesRu, type Swot } from './swot';

export interface ReportInput {
  settings: SchoolSettings;
  date: CalendarDate;
  deadline: CalendarDate;
  summary: MonitoringSummary;
  swot: Swot;
  pairs: {
    total: number;
    individual: number;
    group: number;
    mentors: number;
    mentees: number;
    withProgram: number;
    finished: number;
  };
  events: Array<{ date: CalendarDate; kind: EventKind; title: string; participantCount: number | null }>;
  bestPractices: Array<{ title: string; authors: string }>;
}

export const REPORT_TITLE = 'Отчёт о мониторинге реализации ПНП';

/** The open answers quoted per question: the most frequent ones. */
const QUOTED = 6;

const avg = (n: number | null) => (n === null ? '—' : decimalRu(n));

function ratingChart(title: string, ratings: readonly RatingStat[]): ChartBlock {
  return {
    kind: 'chart',
    chart: 'bar',
    title,
    categories: ratings.map((r) => r.question),
    series: [{ name: 'Средняя оценка', values: ratings.map((r) => r.average ?? 0) }],
    range: { min: 0, max: 10 },
    aspect: Math.min(0.9, 0.16 + ratings.length * 0.07),
  };
}

function rateText(g: GroupSummary): string {
  return g.rate === null ? 'анкеты не рассылались' : `${g.answered} из ${g.expected} (${percentRu(g.rate)})`;
}

export function buildMonitoringReport(input: ReportInput): Document {
  const { settings, summary: s, swot } = input;
  const year = academicYearLabel(settings.academicYear);
  const school = s.school;
  let figure = 0;
  const blocks: Block[] = [
    {
      kind: 'requisites',
      organization: settings.schoolFullName || settings.schoolShortName,
      city: placeLine(settings.city),
    },
    heading('ОТЧЁТ', 1),
    line(
      `о мониторинге реализации персонализированных программ наставничества педагогических работников в ${year} учебном году`,
      'center',
      { spaceAfter: 12 },
    ),
    heading('1. Общие сведения', 2, 'left'),
    para(
      `Мониторинг качества реализации персонализированных программ наставничества (ПНП) проведён в соответствии с дорожной картой реализации Положения о системе наставничества педагогических работников (пункт 6.1, срок — до ${toRuLongDate(input.deadline)}) в форме анкетирования наставников и наставляемых по личным ссылкам; анкету заполнил также куратор наставничества.`,
    ),
    table(
      ['Показатель', 'Значение'],
      [7, 3],
      [
        [
          cell('Наставнических пар и групп'),
          cell(`${input.pairs.total} (индивидуальных — ${input.pairs.individual}, групповых — ${input.pairs.group})`),
        ],
        [cell('Наставников / наставляемых'), cell(`${input.pairs.mentors} / ${input.pairs.mentees}`)],
        [cell('Разработано ПНП'), cell(`${input.pairs.withProgram} из ${input.pairs.total}`)],
        [cell('Завершено программ'), cell(String(input.pairs.finished))],
        [cell('Ответили на анкету (все участники)'), cell(rateText(school))],
        [cell('Наставляемые'), cell(`${school.byRole.mentee.answered} из ${school.byRole.mentee.expected}`)],
        [cell('Наставники'), cell(`${school.byRole.mentor.answered} из ${school.byRole.mentor.expected}`)],
        [cell('Средняя оценка по всем вопросам (1–10)'), cell(avg(school.averageRating))],
      ],
    ),
  ];

  blocks.push(heading('2. Оценка качества реализации программ', 2, 'left'));
  if (school.ratings.length) {
    blocks.push(
      para(
        'Участники оценивали каждое утверждение по шкале от 1 (совсем нет) до 10 (полностью). Средние оценки и число ответов:',
      ),
      table(
        ['Вопрос', 'Кто отвечал', 'Средняя оценка', 'Ответов', 'Оценки 1–4'],
        [8, 3, 2, 2, 2],
        school.ratings.map((r) => [
          cell(r.question),
          cell(audienceRu[r.audience]),
          cell(avg(r.average)),
          cell(String(r.count)),
          cell(String(r.distribution.slice(0, 4).reduce((a, b) => a + b, 0))),
        ]),
      ),
    );
    for (const audience of ['mentee', 'mentor'] as const) {
      const rs = school.ratings.filter((r) => r.audience === audience && r.average !== null);
      if (rs.length)
        blocks.push(
          ratingChart(
            `Рисунок ${++figure}. Средние оценки: ${audience === 'mentee' ? 'наставляемые' : 'наставники'}`,
            rs,
          ),
        );
    }
  } else blocks.push(para('Оценок пока нет: ни одна анкета не заполнена.'));
  for (const y of school.yesNo)
    blocks.push(para([bold(`${y.question} `), `«да» — ${y.yes}, «нет» — ${y.no} (${audienceRu[y.audience]}).`]));

  blocks.push(heading('3. Динамика профессиональных компетенций', 2, 'left'));
  const c = school.competence;
  if (c.count && c.before !== null && c.after !== null && c.change !== null) {
    blocks.push(
      para(
        `Наставляемые оценили уровень владения компетенциями по своим профессиональным запросам до программы и после неё. В среднем уровень вырос с ${decimalRu(c.before)} до ${decimalRu(c.after)} (${signedRu(c.change)}) по ${countRu(c.count, ['оценке', 'оценкам', 'оценкам'])}.`,
      ),
      table(
        ['Профессиональный запрос', 'Ответов', 'До', 'После', 'Изменение'],
        [8, 2, 2, 2, 2],
        c.byCompetence.map((x) => [
          cell(x.competence),
          cell(String(x.count)),
          cell(avg(x.before)),
          cell(avg(x.after)),
          cell(x.change === null ? '—' : signedRu(x.change)),
        ]),
      ),
      {
        kind: 'chart',
        chart: 'column',
        title: `Рисунок ${++figure}. Уровень владения компетенциями: до и после программы`,
        categories: c.byCompetence.map((x) => x.competence),
        series: [
          { name: 'До программы', values: c.byCompetence.map((x) => x.before ?? 0) },
          { name: 'После программы', values: c.byCompetence.map((x) => x.after ?? 0) },
        ],
        range: { min: 0, max: 10 },
        aspect: 0.55,
      },
    );
  } else blocks.push(para('Оценок уровня компетенций до и после программы пока нет.'));

  blocks.push(
    heading('4. По формам наставничества', 2, 'left'),
    table(
      ['Форма', 'Ответили', 'Средняя оценка', 'Рост компетенций'],
      [4, 4, 3, 3],
      (['individual', 'group'] as const).map((f) => {
        const g = s.byForm[f];
        return [
          cell(formRu[f]),
          cell(rateText(g)),
          cell(avg(g.averageRating)),
          cell(g.competence.change === null ? '—' : signedRu(g.competence.change)),
        ];
      }),
    ),
    heading('5. Пары и группы, требующие внимания', 2, 'left'),
  );
  if (s.attention.length)
    blocks.push(
      table(
        ['Пара/группа', 'Участники', 'Что требует внимания'],
        [3, 6, 8],
        s.attention.map((p) => [cell(p.pairId), cell(...[...p.mentorNames, ...p.menteeNames]), cell(...p.attention)]),
      ),
    );
  else blocks.push(para('Таких пар и групп нет: все участники ответили, низких оценок нет.'));

  blocks.push(heading('6. Мнения участников', 2, 'left'));
  const groups = s.openAnswers.filter((g) => g.answers.length);
  if (groups.length)
    for (const g of groups) {
      blocks.push(line([bold(g.question), ` (${audienceRu[g.audience]})`], 'left', { spaceBefore: 6 }));
      blocks.push(
        list(
          g.answers
            .slice(0, QUOTED)
            .map((a) => `${a.text}${a.count > 1 ? ` (${countRu(a.count, ['ответ', 'ответа', 'ответов'])})` : ''}`),
        ),
      );
    }
  else blocks.push(para('Открытых ответов нет.'));

  blocks.push(heading('7. Мероприятия года', 2, 'left'));
  if (input.events.length)
    blocks.push(
      table(
        ['Дата', 'Вид', 'Тема', 'Участников'],
        [3, 4, 8, 2],
        input.events.map((e) => [
          cell(toRuDate(e.date)),
          cell(eventKindRu[e.kind]),
          cell(e.title),
          cell(e.participantCount === null ? '—' : String(e.participantCount)),
        ]),
      ),
    );
  else blocks.push(para('Мероприятия в таблице не записаны.'));

  blocks.push(heading('8. Лучшие практики наставничества', 2, 'left'));
  if (input.bestPractices.length)
    blocks.push(list(input.bestPractices.map((p) => `«${p.title}»${p.authors ? ` — ${p.authors}` : ''}`)));
  else blocks.push(para('Лучшие практики года ещё не отмечены (итоговый круглый стол).'));

  blocks.push(
    heading('9. Анализ сильных и слабых сторон (SWOT)', 2, 'left'),
    para('Составлено по данным мониторинга и ответам куратора. Дополните или исправьте пункты при необходимости.', {
      spaceAfter: 6,
    }),
    swotTable(swot, 'strengths', 'weaknesses'),
    swotTable(swot, 'opportunities', 'threats'),
    heading('10. Выводы', 2, 'left'),
    ...conclusions(input).map((t) => para(t)),
    {
      kind: 'signature',
      post: settings.curatorPost ? `Куратор наставничества, ${settings.curatorPost}` : 'Куратор наставничества',
      name: shortPersonName(settings.curatorName),
      date: toRuDate(input.date),
    },
  );
  return { title: `${REPORT_TITLE} ${year}`, blocks };
}

function swotTable(swot: Swot, left: keyof Swot, right: keyof Swot): Block {
  const points = (k: keyof Swot) => (swot[k].length ? swot[k].map((p) => `• ${p}`) : ['—']);
  return table([swotTitlesRu[left], swotTitlesRu[right]], [1, 1], [[cell(...points(left)), cell(...points(right))]]);
}

function conclusions(input: ReportInput): string[] {
  const s = input.summary.school;
  const out: string[] = [];
  if (s.rate !== null)
    out.push(
      `В анкетировании приняли участие ${s.answered} из ${s.expected} наставников и наставляемых (${percentRu(s.rate)}).${s.rate < 0.6 ? ' Активность участников недостаточна: в следующем году анкеты стоит разослать раньше и напомнить о них.' : ''}`,
    );
  if (s.averageRating !== null)
    out.push(`Средняя оценка качества реализации программ — ${decimalRu(s.averageRating)} из 10.`);
  const c = s.competence;
  if (c.change !== null && c.before !== null && c.after !== null)
    out.push(
      `Самооценка владения компетенциями по профессиональным запросам выросла с ${decimalRu(c.before)} до ${decimalRu(c.after)} баллов.`,
    );
  if (input.summary.attention.length)
    out.push(
      `Требуют внимания куратора ${countRu(input.summary.attention.length, ['пара', 'пары', 'пар'])}: ${input.summary.attention.map((p) => p.pairId).join(', ')}.`,
    );
  if (input.bestPractices.length)
    out.push(`Методическая копилка пополнена лучшими практиками года: ${input.bestPractices.length}.`);
  if (!out.length) out.push('Данных мониторинга пока нет.');
  return out;
}
