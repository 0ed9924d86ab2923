// «Мониторинг» ↔ MonitoringAnswer and «Вопросы мониторинга» ↔ MonitoringQuestion, with the checks a person's edits need.
import type { MonitoringAnswer } from '../domain/monitoring/answers';
import {
  defaultQuestions,
  questionTypeRu,
  questionUseRu,
  type Audience,
  type MonitoringQuestion,
  type QuestionType,
  type QuestionUse,
} from '../domain/monitoring/questions';
import type { Problem } from '../domain/validation/problem';
import { parsed, readRecords, type RecordsRead } from './records';
import type { TableSnapshot } from './repository';
import type { RowContext } from './row-schema';
import { MULTI_SEPARATOR } from './table-schema';
import { monitoringQuestionsTable } from './tables/monitoring-questions';

export function readMonitoringAnswers(snapshot: TableSnapshot, ctx: RowContext): RecordsRead<MonitoringAnswer> {
  return readRecords<MonitoringAnswer>(snapshot, ctx, (p, row) => {
    const role = parsed.text(p.role) as Audience;
    const pairId = parsed.text(p.pairId).trim();
    if (role !== 'curator' && !pairId) {
      return [
        {
          sheet: snapshot.table.sheetName,
          row,
          column: 'ID пары/группы',
          message: 'Ответ наставника или наставляемого без пары.',
          fix: 'Укажите ID пары/группы, о которой ответ, или удалите строку вручную, если она попала сюда по ошибке.',
        },
      ];
    }
    return {
      row,
      responseId: parsed.text(p.responseId).trim(),
      answeredOn: parsed.date(p.answeredOn),
      pairId,
      role,
      personId: parsed.text(p.personId).trim(),
      personName: parsed.text(p.personName),
      questionCode: parsed.text(p.questionCode).trim(),
      question: parsed.text(p.question),
      competence: parsed.text(p.competence),
      text: parsed.text(p.text),
      score: parsed.number(p.score),
      scoreBefore: parsed.number(p.scoreBefore),
      libraryMark: parsed.text(p.libraryMark),
    };
  });
}

export function answerToRecord(a: Omit<MonitoringAnswer, 'row'>): Record<string, unknown> {
  return { ...a };
}

/** Which uses fit which question types. */
const useNeeds: Record<QuestionUse, QuestionType> = {
  practice: 'text',
  continue: 'yesno',
  strengths: 'text',
  weaknesses: 'text',
  opportunities: 'text',
  threats: 'text',
};

export interface QuestionsRead extends RecordsRead<MonitoringQuestion> {
  /** Rows with a question but no code yet: the caller assigns codes. */
  rowsWithoutCode: number[];
  /** true when the sheet is missing: the default questions are used. */
  defaults: boolean;
}

export function readMonitoringQuestions(snapshot: TableSnapshot, ctx: RowContext): QuestionsRead {
  const sheet = monitoringQuestionsTable.sheetName;
  const rowsWithoutCode: number[] = [];
  const read = readRecords<MonitoringQuestion>(snapshot, ctx, (p, row) => {
    const code = parsed.text(p.code).trim();
    if (!code) rowsWithoutCode.push(row);
    const type = parsed.text(p.type) as QuestionType;
    const audience = parsed.text(p.audience) as Audience;
    const use = (parsed.text(p.use) || null) as QuestionUse | null;
    const choices = parsed
      .text(p.choices)
      .split(/[;\n]+/)
      .map((c) => c.trim())
      .filter(Boolean);
    const problems: Problem[] = [];
    if (type === 'choice' && choices.length < 2)
      problems.push({
        sheet,
        row,
        column: 'Варианты ответа',
        message: 'У вопроса с выбором меньше двух вариантов.',
        fix: 'Перечислите варианты через «; ».',
      });
    if (type === 'competence' && audience === 'curator')
      problems.push({
        sheet,
        row,
        column: 'Тип',
        message: 'Вопрос «уровень до и после» задаётся по запросам пары, а у анкеты куратора пары нет.',
        fix: 'Выберите другой тип или анкету наставляемого.',
      });
    if (use && useNeeds[use] !== type)
      problems.push({
        sheet,
        row,
        column: 'Использование',
        message: `«${questionUseRu[use]}» подходит только к вопросам типа «${questionTypeRu[useNeeds[use]]}».`,
        fix: 'Измените тип вопроса или очистите «Использование».',
      });
    if (problems.length) return problems;
    return {
      code,
      audience,
      type,
      text: parsed.text(p.text),
      choices,
      required: p.required === '' ? type !== 'text' : p.required === 'yes',
      use,
      active: p.active !== 'no',
    };
  });
  const seen = new Map<string, number>();
  const problems = [...read.problems];
  const invalid = new Set(read.invalidRows);
  for (const r of read.records) {
    if (!r.value.code) continue;
    const first = seen.get(r.value.code);
    if (first === undefined) seen.set(r.value.code, r.row);
    else {
      invalid.add(r.row);
      problems.push({
        sheet,
        row: r.row,
        column: 'Код',
        value: r.value.code,
        message: `Код «${r.value.code}» уже есть в строке ${first}.`,
        fix: 'У каждого вопроса свой код: очистите ячейку — дополнение присвоит новый.',
      });
    }
  }
  const missing = snapshot.sheet === null;
  return {
    ...read,
    records: missing
      ? defaultQuestions.map((q, i) => ({ row: i + 2, value: q }))
      : read.records.filter((r) => !invalid.has(r.row)),
    problems,
    invalidRows: [...invalid].sort((a, b) => a - b),
    rowsWithoutCode,
    defaults: missing,
  };
}

/** Codes for new questions: «<audience>_q<n>», after the highest number in use. */
export function newQuestionCodes(existing: readonly string[], audience: Audience, count: number): string[] {
  let max = 0;
  for (const c of existing) {
    const m = /_q(\d+)$/.exec(c);
    if (m) max = Math.max(max, Number(m[1]));
  }
  return Array.from({ length: count }, (_, i) => `${audience}_q${max + 1 + i}`);
}

export function questionToRecord(q: MonitoringQuestion): Record<string, unknown> {
  return {
    ...q,
    choices: q.choices.join(MULTI_SEPARATOR),
    required: q.required ? 'yes' : 'no',
    use: q.use ?? '',
    active: q.active ? 'yes' : 'no',
  };
}
