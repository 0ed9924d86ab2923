// The short final report of one pair/group: who, when, what the program aimed at, how much of its plan was done, what
// the monitoring says about it, and signatures — generated from «План» and «Мониторинг» when the program ends.
import { academicYearLabel } from '../calendar/academic-year';
import { toRuDate, type CalendarDate } from '../calendar/calendar-date';
import { bold, cell, heading, line, list, para, table } from '../documents/blocks';
import type { Block, Document } from '../documents/model';
import { placeLine, shortPersonName } from '../documents/people';
import type { SchoolSettings } from '../model';
import { formRu, pairStatusRu, type MentoringForm, type PairStatus } from '../model';
import { decimalRu, percentRu, signedRu } from '../text/number-ru';
import { audienceRu } from './questions';
import type { OpenAnswerGroup, PairSummary } from './summary';

export interface PairReportInput {
  settings: SchoolSettings;
  date: CalendarDate;
  pair: {
    id: string;
    form: MentoringForm;
    status: PairStatus;
    requests: string[];
    startDate: CalendarDate;
    endDate: CalendarDate;
    endedOn: CalendarDate | null;
    mentors: Array<{ name: string; post: string }>;
    mentees: Array<{ name: string; post: string }>;
  };
  /** The pair's rows of «План»: activity, term, the mark of completion as typed. */
  plan: Array<{ number: string; activity: string; term: string; done: string }>;
  /** The monitoring of this pair, when anyone of it answered. */
  summary: PairSummary | null;
  /** Open answers of this pair's participants. */
  openAnswers: OpenAnswerGroup[];
}

export const PAIR_REPORT_TITLE = 'Итоговый отчёт о реализации ПНП';

/** A plan row counts as done when its mark says so («выполнено», «да», «+», a date…), not when it says otherwise. */
export function isDoneMark(text: string): boolean {
  const t = text.trim().toLowerCase().replace(/ё/g, 'е');
  if (!t) return false;
  if (/^(нет|не выполнено|не проведено|перенесено|отменено|-|—)\.?$/.test(t) || t.startsWith('не ')) return false;
  return true;
}

export function buildPairReport(input: PairReportInput): Document {
  const { settings, pair, summary } = input;
  const year = academicYearLabel(settings.academicYear);
  const done = input.plan.filter((r) => isDoneMark(r.done)).length;
  const total = input.plan.length;
  const blocks: Block[] = [
    {
      kind: 'requisites',
      organization: settings.schoolFullName || settings.schoolShortName,
      city: placeLine(settings.city),
    },
    heading('ИТОГОВЫЙ ОТЧЁТ', 1),
    line(`о реализации персонализированной программы наставничества ${pair.id} (${year} учебный год)`, 'center', {
      spaceAfter: 12,
    }),
    table(
      ['Участник', 'ФИО', 'Должность'],
      [3, 5, 5],
      [
        ...pair.mentors.map((m) => [cell('Наставник'), cell(m.name), cell(m.post)]),
        ...pair.mentees.map((m) => [cell('Наставляемый'), cell(m.name), cell(m.post)]),
      ],
    ),
    para([bold('Форма наставничества: '), formRu[pair.form]]),
    para([
      bold('Срок реализации: '),
      `с ${toRuDate(pair.startDate)} по ${toRuDate(pair.endDate)}${pair.endedOn ? `; программа завершена ${toRuDate(pair.endedOn)}` : ''} (${pairStatusRu[pair.status]}).`,
    ]),
    para([bold('Профессиональные запросы: '), pair.requests.length ? pair.requests.join('; ') : 'не указаны.']),
    heading('1. Выполнение плана', 2, 'left'),
  ];
  if (total) {
    blocks.push(
      table(
        ['№', 'Мероприятие', 'Срок', 'Отметка о выполнении'],
        [1, 9, 3, 4],
        input.plan.map((r) => [cell(r.number), cell(r.activity), cell(r.term), cell(r.done || '—')]),
      ),
      para(`Выполнено мероприятий: ${done} из ${total} (${percentRu(done / total)}).`),
    );
  } else
    blocks.push(para('План программы на листе «План» не найден: выполнение оценивается по результатам мониторинга.'));

  blocks.push(heading('2. Результаты мониторинга', 2, 'left'));
  if (summary && summary.answered > 0) {
    blocks.push(
      para(
        `Ответили на анкету: ${summary.answered} из ${summary.expected} участников${summary.averageRating === null ? '' : `; средняя оценка — ${decimalRu(summary.averageRating)} из 10`}.`,
      ),
    );
    if (summary.ratings.length)
      blocks.push(
        table(
          ['Вопрос', 'Кто отвечал', 'Оценка'],
          [8, 3, 2],
          summary.ratings.map((r) => [
            cell(r.question),
            cell(audienceRu[r.audience]),
            cell(r.average === null ? '—' : decimalRu(r.average)),
          ]),
        ),
      );
    const c = summary.competence.byCompetence;
    if (c.length)
      blocks.push(
        table(
          ['Профессиональный запрос', 'До', 'После', 'Изменение'],
          [8, 2, 2, 2],
          c.map((x) => [
            cell(x.competence),
            cell(x.before === null ? '—' : decimalRu(x.before)),
            cell(x.after === null ? '—' : decimalRu(x.after)),
            cell(x.change === null ? '—' : signedRu(x.change)),
          ]),
        ),
      );
    for (const g of input.openAnswers) {
      blocks.push(line([bold(g.question)], 'left', { spaceBefore: 6 }));
      blocks.push(list(g.answers.map((a) => a.text)));
    }
  } else blocks.push(para('Анкеты мониторинга участники этой пары не заполнили.'));

  blocks.push(heading('3. Итог', 2, 'left'), para(verdict(input, done, total)));
  if (summary?.attention.length) blocks.push(para([bold('Обратить внимание: '), summary.attention.join('; ')]));
  blocks.push(
    ...pair.mentors.map((m): Block => ({
      kind: 'signature',
      post: 'Наставник',
      name: shortPersonName(m.name),
      date: null,
    })),
    ...pair.mentees.map((m): Block => ({
      kind: 'signature',
      post: 'Наставляемый',
      name: shortPersonName(m.name),
      date: null,
    })),
    {
      kind: 'signature',
      post: 'Куратор наставничества',
      name: shortPersonName(settings.curatorName),
      date: toRuDate(input.date),
    },
  );
  return { title: `${PAIR_REPORT_TITLE} ${pair.id}`, blocks };
}

function verdict(input: PairReportInput, done: number, total: number): string {
  const parts: string[] = [];
  const share = total ? done / total : null;
  if (share !== null)
    parts.push(
      share >= 0.9
        ? 'План программы выполнен.'
        : share >= 0.6
          ? 'План программы выполнен в основном.'
          : 'План программы выполнен частично.',
    );
  const c = input.summary?.competence;
  if (c && c.change !== null && c.before !== null && c.after !== null)
    parts.push(
      c.change > 0
        ? `Самооценка владения компетенциями по запросам выросла с ${decimalRu(c.before)} до ${decimalRu(c.after)}.`
        : 'Роста самооценки по запросам не отмечено: запросы стоит учесть в следующем году.',
    );
  const avg = input.summary?.averageRating ?? null;
  if (avg !== null)
    parts.push(
      avg >= 8
        ? 'Участники высоко оценили совместную работу.'
        : avg >= 6
          ? 'Участники в целом удовлетворены совместной работой.'
          : 'Участники оценили совместную работу невысоко.',
    );
  if (!parts.length) parts.push('Данных для итога недостаточно.');
  return parts.join(' ');
}
