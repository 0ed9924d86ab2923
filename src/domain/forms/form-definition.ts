// A form as data: questions (Russian titles), kinds, choice sources; what «Создать/Обновить формы» builds in Google Forms.
import type { DictionaryKey } from '../vocabulary/vocabulary';

export type QuestionKind =
  /** Short text. */
  | 'text'
  /** Short text validated as an e-mail address. */
  | 'email'
  /** Short text validated as a whole number within `range`. */
  | 'wholeNumber'
  | 'paragraph'
  | 'date'
  /** One choice (radio buttons). */
  | 'choice'
  /** One choice from a drop-down. */
  | 'list'
  /** Several choices. */
  | 'checkbox'
  /** A required single-box checkbox whose only choice is the consent statement. */
  | 'consent'
  /** A linear scale from `range.min` to `range.max` (the monitoring's 1–10 ratings). */
  | 'scale';

/** Stable English key of a question: the field it fills, independent of the title the curator may edit. */
export type QuestionKey = string;

export interface QuestionDef {
  key: QuestionKey;
  /** The question title in Russian: answers are read back by this title (normalizeTerm), not by position. */
  title: string;
  /** Earlier or alternative titles still recognised when reading answers (e.g. the respondent e-mail column). */
  aliases?: readonly string[];
  kind: QuestionKind;
  required: boolean;
  helpText: string;
  /** Choices come from this vocabulary list of «Справочники». */
  choicesFrom?: DictionaryKey;
  /** Fixed choices (consent statement, or lists not in the vocabulary). */
  choices?: readonly string[];
  /** Shows «Другое» with free text (Forms' "other" option). */
  other?: boolean;
  /** Inclusive bounds for 'wholeNumber' and 'scale'. */
  range?: { min: number; max: number };
  /** The words at both ends of a 'scale'. */
  scaleLabels?: { low: string; high: string };
  /** Maximum answer length in characters (longer answers are not accepted into the bank). */
  maxLength?: number;
}

/** The intake forms, and the monitoring questionnaires of issue 8. */
export type FormKind = 'requests' | 'mentors' | 'monitoring-mentee' | 'monitoring-mentor' | 'monitoring-curator';

export interface FormDefinition {
  kind: FormKind;
  title: string;
  description: string;
  confirmationMessage: string;
  /** Collect the respondent's e-mail by the form itself (Workspace domain) instead of an e-mail question. */
  collectEmail: boolean;
  questions: readonly QuestionDef[];
}

/** Titles of the respondent e-mail column the Forms → Sheets link writes (ru, en), read as the e-mail answer. */
export const RESPONDENT_EMAIL_TITLES: readonly string[] = ['Адрес электронной почты', 'Email Address'];

/** Titles of the timestamp column (ru, en). */
export const TIMESTAMP_TITLES: readonly string[] = ['Отметка времени', 'Timestamp'];

/** Choices of a question from the current vocabulary (or its fixed choices). */
export function choicesOf(q: QuestionDef, vocabulary: Readonly<Record<DictionaryKey, readonly string[]>>): string[] {
  if (q.choicesFrom) return [...vocabulary[q.choicesFrom]];
  return [...(q.choices ?? [])];
}
