// Monitoring fixtures: three pairs (two individual, one group) and answers built question by question.
import type { MonitoringAnswer } from '../../../src/domain/monitoring/answers';
import type { MonitoredPair } from '../../../src/domain/monitoring/participants';
import { defaultQuestions, type Audience } from '../../../src/domain/monitoring/questions';

export const questions = defaultQuestions;

const person = (id: string, name: string) => ({ id, name, email: `${id.toLowerCase()}@school.example` });

export const pairs: MonitoredPair[] = [
  {
    id: 'НП-2026-001',
    form: 'individual',
    status: 'active',
    requests: ['Оценивание'],
    mentors: [person('Н-0001', 'Петрова О. В.')],
    mentees: [person('НЯ-0001', 'Иванова А. С.')],
  },
  {
    id: 'НП-2026-002',
    form: 'individual',
    status: 'active',
    requests: ['Работа с родителями'],
    mentors: [person('Н-0002', 'Сидоров П. П.')],
    mentees: [person('НЯ-0002', 'Кузнецова М. И.')],
  },
  {
    id: 'НП-2026-003',
    form: 'group',
    status: 'active',
    requests: ['Оценивание', 'Цифровые ресурсы'],
    mentors: [person('Н-0003', 'Орлова Е. Н.')],
    mentees: [person('НЯ-0003', 'Белова Т. А.'), person('НЯ-0004', 'Котов И. И.')],
  },
  {
    id: 'НП-2026-004',
    form: 'individual',
    status: 'dissolved',
    requests: [],
    mentors: [person('Н-0004', 'Волков В. В.')],
    mentees: [person('НЯ-0005', 'Зайцева Д. Д.')],
  },
];

let row = 1;

/** One questionnaire: answers by question code; a number is a rating, [before, after] a competence level. */
export function response(
  responseId: string,
  who: { pairId: string; role: Audience; personId: string; personName: string },
  answers: Record<string, string | number | [string, number, number]>,
  answeredOn = { year: 2027, month: 5, day: 20 },
): MonitoringAnswer[] {
  return Object.entries(answers).map(([code, v]) => {
    const q = questions.find((x) => x.code === code);
    row++;
    const base = {
      row,
      responseId,
      answeredOn,
      ...who,
      questionCode: code,
      question: q?.text ?? code,
      competence: '',
      libraryMark: '',
    };
    if (Array.isArray(v))
      return { ...base, competence: v[0], text: `${v[1]} → ${v[2]}`, scoreBefore: v[1], score: v[2] };
    if (typeof v === 'number') return { ...base, text: String(v), score: v, scoreBefore: null };
    return { ...base, text: v, score: null, scoreBefore: null };
  });
}
