// The monitoring questionnaires as Google Form definitions, built from the school's «Вопросы мониторинга», and the
// reading of a submitted questionnaire back into answer rows. A questionnaire opens by a personal link: its code
// question and each request's name come pre-filled.
import { z } from 'zod';
import { academicYearLabel, type AcademicYear } from '../calendar/academic-year';
import { AnswerReader } from '../forms/answer-reader';
import type { FormDefinition, QuestionDef } from '../forms/form-definition';
import {
  NO,
  parseYesNo,
  questionnaire,
  RATING_MAX,
  RATING_MIN,
  YES,
  type Audience,
  type MonitoringQuestion,
} from './questions';
import type { MonitoringAnswer } from './answers';

export const CODE_TITLE = 'Код анкеты';
const CODE_HELP = 'Заполнен по вашей личной ссылке — не меняйте его: по нему ответ попадёт к вашей паре.';

/** Requests of one pair the questionnaire asks about (each with its level before and now); more are rare. */
export const MAX_COMPETENCE_SLOTS = 5;

const slotTitle = (q: MonitoringQuestion, n: number) => `${q.text}: запрос ${n}`;
const beforeTitle = (q: MonitoringQuestion, n: number) => `${q.text}: запрос ${n} — уровень до программы`;
const afterTitle = (q: MonitoringQuestion, n: number) => `${q.text}: запрос ${n} — уровень сейчас`;

export interface MonitoringFormInput {
  audience: Audience;
  questions: readonly MonitoringQuestion[];
  schoolName: string;
  academicYear: AcademicYear;
  collectEmail: boolean;
  /** How many requests a pair has at most (1..MAX_COMPETENCE_SLOTS): one name + two levels per request. */
  competenceSlots: number;
}

const formTitles: Record<Audience, string> = {
  mentee: 'Анкета наставляемого: итоги программы наставничества',
  mentor: 'Анкета наставника: итоги программы наставничества',
  curator: 'Анкета куратора: итоги года системы наставничества',
};

const descriptions: Record<Audience, string> = {
  mentee:
    'Мониторинг качества реализации персонализированных программ наставничества. Оцените, пожалуйста, работу вашей наставнической пары (группы). Оценки от 1 (совсем нет) до 10 (полностью).',
  mentor:
    'Мониторинг качества реализации персонализированных программ наставничества. Оцените, пожалуйста, работу с вашим наставляемым (группой). Оценки от 1 (совсем нет) до 10 (полностью).',
  curator: 'Итоги года системы наставничества школы: для отчёта о мониторинге и анализа сильных и слабых сторон.',
};

export function monitoringFormDefinition(input: MonitoringFormInput): FormDefinition {
  const slots = Math.max(1, Math.min(MAX_COMPETENCE_SLOTS, input.competenceSlots));
  const scale = { min: RATING_MIN, max: RATING_MAX };
  const labels = { low: 'совсем нет', high: 'полностью' };
  const out: QuestionDef[] = [
    { key: 'code', title: CODE_TITLE, kind: 'text', required: true, helpText: CODE_HELP, maxLength: 200 },
  ];
  for (const q of questionnaire(input.questions, input.audience)) {
    switch (q.type) {
      case 'rating':
        out.push({
          key: q.code,
          title: q.text,
          kind: 'scale',
          required: q.required,
          helpText: '',
          range: scale,
          scaleLabels: labels,
        });
        break;
      case 'choice':
        out.push({
          key: q.code,
          title: q.text,
          kind: 'choice',
          required: q.required,
          helpText: '',
          choices: q.choices,
        });
        break;
      case 'yesno':
        out.push({
          key: q.code,
          title: q.text,
          kind: 'choice',
          required: q.required,
          helpText: '',
          choices: [YES, NO],
        });
        break;
      case 'text':
        out.push({
          key: q.code,
          title: q.text,
          kind: 'paragraph',
          required: q.required,
          helpText: '',
          maxLength: 5000,
        });
        break;
      case 'competence':
        for (let n = 1; n <= slots; n++) {
          out.push({
            key: `${q.code}#${n}`,
            title: slotTitle(q, n),
            kind: 'text',
            required: false,
            helpText: n === 1 ? 'Ваш профессиональный запрос: заполнен по ссылке.' : '',
            maxLength: 500,
          });
          out.push({
            key: `${q.code}#${n}:before`,
            title: beforeTitle(q, n),
            kind: 'scale',
            required: false,
            helpText: '',
            range: scale,
            scaleLabels: labels,
          });
          out.push({
            key: `${q.code}#${n}:after`,
            title: afterTitle(q, n),
            kind: 'scale',
            required: false,
            helpText: '',
            range: scale,
            scaleLabels: labels,
          });
        }
        break;
    }
  }
  return {
    kind: `monitoring-${input.audience}`,
    title: `${formTitles[input.audience]} — ${input.schoolName}, ${academicYearLabel(input.academicYear)} учебный год`,
    description: descriptions[input.audience],
    confirmationMessage: 'Спасибо! Ваши ответы записаны и будут учтены в отчёте о мониторинге.',
    collectEmail: input.collectEmail,
    questions: out,
  };
}

/** What the personal link pre-fills: the code, and each request's name in its slot. */
export function prefillValues(
  audience: Audience,
  questions: readonly MonitoringQuestion[],
  code: string,
  requests: readonly string[],
): Array<{ title: string; value: string }> {
  const out = [{ title: CODE_TITLE, value: code }];
  for (const q of questionnaire(questions, audience).filter((x) => x.type === 'competence'))
    requests.slice(0, MAX_COMPETENCE_SLOTS).forEach((r, i) => out.push({ title: slotTitle(q, i + 1), value: r }));
  return out;
}

/** One answer row of a questionnaire, as «Мониторинг» stores it (without who and when). */
export type AnswerCell = Pick<
  MonitoringAnswer,
  'questionCode' | 'question' | 'competence' | 'text' | 'score' | 'scoreBefore'
>;

export type QuestionnaireRead =
  | { ok: true; code: string; email: string; cells: AnswerCell[] }
  | { ok: false; code: string; email: string; reasons: string[] };

const rating = z
  .string()
  .trim()
  .transform((t, c) => {
    if (t === '') return null;
    const n = Number(t);
    if (!Number.isInteger(n) || n < RATING_MIN || n > RATING_MAX) {
      c.addIssue({ code: 'custom', message: `оценка «${t}» не от ${RATING_MIN} до ${RATING_MAX}` });
      return z.NEVER;
    }
    return n;
  });

/**
 * Reads a submitted questionnaire by question titles (so a reordered form still reads). Every rating must be 1–10,
 * a yes/no «да» or «нет», a choice one of the choices; a required question must be answered. The code is returned
 * as typed: checking it against the pairs is the caller's job.
 */
export function readQuestionnaire(
  namedValues: unknown,
  audience: Audience,
  questions: readonly MonitoringQuestion[],
  emailTitles: readonly string[],
): QuestionnaireRead {
  const reader = new AnswerReader(namedValues);
  const code = reader.readTitle(CODE_TITLE);
  let email = '';
  for (const t of emailTitles) email ||= reader.readTitle(t);
  const reasons: string[] = [];
  const cells: AnswerCell[] = [];
  for (const q of questionnaire(questions, audience)) {
    const read = (title: string) => {
      const a = reader.read({ title });
      if (a.malformed) reasons.push(`ответ на вопрос «${title}» имеет неожиданный формат`);
      return a;
    };
    if (q.type === 'competence') {
      for (let n = 1; n <= MAX_COMPETENCE_SLOTS; n++) {
        const name = read(slotTitle(q, n));
        if (!name.present) break;
        const before = rating.safeParse(read(beforeTitle(q, n)).text);
        const after = rating.safeParse(read(afterTitle(q, n)).text);
        if (!before.success || !after.success) {
          reasons.push(
            `«${q.text}», запрос ${n}: ${[...(before.error?.issues ?? []), ...(after.error?.issues ?? [])].map((i) => i.message).join('; ')}`,
          );
          continue;
        }
        if (!name.text && before.data === null && after.data === null) continue;
        if (before.data === null || after.data === null) {
          if (name.text) reasons.push(`«${q.text}», запрос «${name.text}»: укажите уровень и до программы, и сейчас`);
          continue;
        }
        cells.push({
          questionCode: q.code,
          question: q.text,
          competence: name.text,
          text: `${before.data} → ${after.data}`,
          score: after.data,
          scoreBefore: before.data,
        });
      }
      continue;
    }
    const a = read(q.text);
    if (!a.present) {
      if (q.required) reasons.push(`в анкете нет вопроса «${q.text}» (форма устарела — обновите её)`);
      continue;
    }
    if (a.text === '') {
      if (q.required) reasons.push(`нет ответа на обязательный вопрос «${q.text}»`);
      continue;
    }
    const cell = {
      questionCode: q.code,
      question: q.text,
      competence: '',
      text: a.text,
      score: null as number | null,
      scoreBefore: null,
    };
    if (q.type === 'rating') {
      const r = rating.safeParse(a.text);
      if (!r.success) reasons.push(`«${q.text}»: ${r.error.issues[0]!.message}`);
      else cells.push({ ...cell, score: r.data });
    } else if (q.type === 'yesno') {
      const v = parseYesNo(a.text);
      if (v === null) reasons.push(`«${q.text}»: ожидается «${YES}» или «${NO}», а ответ «${a.text}»`);
      else cells.push({ ...cell, text: v ? YES : NO });
    } else if (q.type === 'choice') {
      if (q.choices.length && !q.choices.includes(a.text)) reasons.push(`«${q.text}»: «${a.text}» нет среди вариантов`);
      else cells.push(cell);
    } else cells.push(cell);
  }
  if (!code) reasons.unshift('нет кода анкеты: анкета открыта не по личной ссылке');
  return reasons.length ? { ok: false, code, email, reasons } : { ok: true, code, email, cells };
}
