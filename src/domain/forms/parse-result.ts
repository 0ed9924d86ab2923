// The outcome of reading one form answer: a typed profile for the bank, or the reasons it goes to «Карантин».
import { z } from 'zod';
import type { CalendarDate } from '../calendar/calendar-date';
import { normalizeEmail, type Mentee, type Mentor } from '../model';
import { AnswerReader } from './answer-reader';
import { parseAnswerDate } from './field-schemas';
import { TIMESTAMP_TITLES, type QuestionDef } from './form-definition';

/** The mentee fields a request answer fills; everything else in the bank row is the curator's. */
export type MenteeFromForm = Pick<
  Mentee,
  | 'fullName'
  | 'email'
  | 'post'
  | 'subjects'
  | 'experienceYears'
  | 'hiredOn'
  | 'category'
  | 'requests'
  | 'requestText'
  | 'desiredForm'
  | 'preferredMentor'
  | 'requestDate'
  | 'consentDate'
>;

/** The mentor fields a profile answer fills. */
export type MentorFromForm = Pick<
  Mentor,
  | 'fullName'
  | 'email'
  | 'post'
  | 'subjects'
  | 'experienceYears'
  | 'schoolYears'
  | 'qualification'
  | 'competencies'
  | 'capacity'
  | 'forms'
  | 'consentDate'
>;

export type ParseResult<T> =
  | { ok: true; profile: T; warnings: string[] }
  /** `email` (normalised) when it could be read, so the curator can match the quarantined answer to a person. */
  | { ok: false; reasons: string[]; email: string | null };

export interface ParseOptions {
  /** The answer's date (from the Timestamp cell); else read from the Timestamp display value. */
  answeredOn?: CalendarDate | null;
}

/** Raw answer texts keyed by question key, plus reasons for malformed cells. */
export function readAnswers(
  namedValues: unknown,
  questions: readonly QuestionDef[],
): { raw: Record<string, string>; reasons: string[]; reader: AnswerReader } {
  const reader = new AnswerReader(namedValues);
  const raw: Record<string, string> = {};
  const reasons: string[] = [];
  for (const q of questions) {
    const a = reader.read(q);
    if (a.malformed) reasons.push(`Ответ на вопрос «${q.title}» имеет неожиданный формат`);
    raw[q.key] = a.text;
  }
  return { raw, reasons, reader };
}

/** Runs a parser so that a bug in it still leaves the answer in quarantine with a reason, never loses it. */
export function parseGuarded<T>(parse: () => ParseResult<T>): ParseResult<T> {
  try {
    return parse();
  } catch (e) {
    return {
      ok: false,
      reasons: [`Ответ не удалось разобрать: ${e instanceof Error ? e.message : String(e)}`],
      email: null,
    };
  }
}

/** The answer's email, normalised, when it is one: kept with a quarantined answer so the curator can find the person. */
export function answerEmail(raw: Record<string, string>): string | null {
  const email = normalizeEmail(raw.email ?? '');
  return email && z.email().safeParse(email).success ? email : null;
}

export function answeredOn(reader: AnswerReader, options: ParseOptions): CalendarDate | null {
  if (options.answeredOn !== undefined) return options.answeredOn;
  for (const t of TIMESTAMP_TITLES) {
    const d = parseAnswerDate(reader.readTitle(t));
    if (d) return d;
  }
  return null;
}

/** zod issues → the Russian reasons (each schema sets its message), without repeats. */
export function reasonsOf(error: z.ZodError): string[] {
  return [...new Set(error.issues.map((i) => i.message))];
}
