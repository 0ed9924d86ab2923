// Seeded generator of realistic mentor/mentee banks for matching tests and benchmarks (no randomness without a seed).
import type { Mentee, Mentor, MentoringForm } from '../../src/domain/model';
import { defaultCompetencies, defaultQualifications, defaultSubjects } from '../../src/domain/vocabulary/defaults';

/** mulberry32: small, fast, reproducible. Returns floats in [0, 1). */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const intIn = (rnd: () => number, lo: number, hi: number): number => lo + Math.floor(rnd() * (hi - lo + 1));

export function pick<T>(rnd: () => number, list: readonly T[]): T {
  return list[Math.floor(rnd() * list.length)]!;
}

/** k distinct items; earlier items are likelier (requests are not uniform in real schools). */
export function pickSome<T>(rnd: () => number, list: readonly T[], k: number, skew = 1.3): T[] {
  const out: T[] = [];
  const taken = new Set<number>();
  while (out.length < Math.min(k, list.length)) {
    const idx = Math.min(list.length - 1, Math.floor(Math.pow(rnd(), skew) * list.length));
    if (taken.has(idx)) continue;
    taken.add(idx);
    out.push(list[idx]!);
  }
  return out;
}

const SURNAMES = [
  'Иванова',
  'Петрова',
  'Смирнова',
  'Кузнецова',
  'Попова',
  'Соколова',
  'Лебедева',
  'Козлова',
  'Новикова',
  'Морозова',
  'Семёнова',
  'Фёдорова',
];
const NAMES = ['Анна', 'Мария', 'Елена', 'Ольга', 'Наталья', 'Ирина', 'Светлана', 'Татьяна', 'Алёна', 'Юлия'];
const PATRONYMICS = ['Сергеевна', 'Петровна', 'Ивановна', 'Андреевна', 'Николаевна', 'Алексеевна'];
const competenceTitles = defaultCompetencies.map((c) => c.title);

export interface InstanceOptions {
  seed: number;
  mentees: number;
  mentors: number;
  capacity?: [number, number];
  /** Share of mentors without consent / not active (hard rules). */
  blockedShare?: number;
  /** Share of mentees naming a preferred mentor. */
  preferredShare?: number;
  groupShare?: number;
}

export interface Instance {
  mentors: Mentor[];
  mentees: Mentee[];
}

const date = { year: 2026, month: 9, day: 1 };

export function makeInstance(o: InstanceOptions): Instance {
  const rnd = prng(o.seed);
  const [capLo, capHi] = o.capacity ?? [1, 3];
  const blocked = o.blockedShare ?? 0.1;
  const mentors: Mentor[] = [];
  for (let j = 0; j < o.mentors; j++) {
    const fullName = `${pick(rnd, SURNAMES)} ${pick(rnd, NAMES)} ${pick(rnd, PATRONYMICS)}`;
    const status = rnd() < blocked / 2 ? 'on_leave' : 'active';
    mentors.push({
      id: `R${j + 1}`,
      fullName,
      email: `mentor${j + 1}@school.ru`,
      post: 'учитель',
      subjects: pickSome(rnd, defaultSubjects, intIn(rnd, 1, 2), 1.1),
      experienceYears: intIn(rnd, 5, 35),
      schoolYears: intIn(rnd, 1, 20),
      qualification: pick(rnd, defaultQualifications.slice(2)),
      competencies: pickSome(rnd, competenceTitles, intIn(rnd, 3, 8)),
      capacity: intIn(rnd, capLo, capHi),
      forms: rnd() < 0.3 ? ['individual', 'group'] : ['individual'],
      consentDate: rnd() < blocked / 2 ? null : date,
      trainingDate: rnd() < 0.6 ? date : null,
      status,
      addedOn: date,
      source: 'form',
      notes: '',
    });
  }
  const mentees: Mentee[] = [];
  for (let i = 0; i < o.mentees; i++) {
    let preferredMentor = '';
    if (mentors.length > 0 && rnd() < (o.preferredShare ?? 0.05)) {
      const m = pick(rnd, mentors);
      preferredMentor = rnd() < 0.5 ? m.fullName.toUpperCase().replace(/Ё/g, 'Е') : ` ${m.email.toUpperCase()} `;
    }
    const form: MentoringForm = rnd() < (o.groupShare ?? 0.1) ? 'group' : 'individual';
    mentees.push({
      id: `E${i + 1}`,
      fullName: `${pick(rnd, SURNAMES)} ${pick(rnd, NAMES)} ${pick(rnd, PATRONYMICS)}`,
      email: `mentee${i + 1}@school.ru`,
      post: 'учитель',
      subjects: pickSome(rnd, defaultSubjects, 1, 1.1),
      experienceYears: intIn(rnd, 0, 6),
      hiredOn: date,
      category: 'молодой специалист (стаж до 3 лет)',
      requests: pickSome(rnd, competenceTitles, intIn(rnd, 1, 4)),
      requestText: '',
      desiredForm: form,
      preferredMentor,
      requestDate: date,
      consentDate: date,
      status: 'waiting',
      pairId: '',
      notes: '',
    });
  }
  return { mentors, mentees };
}
