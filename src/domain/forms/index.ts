// Forms domain: form definitions, reading answers by title, spurious/duplicate events, upsert planning.
export * from './form-definition';
export * from './consents';
export * from './common-questions';
export { buildRequestForm, requestQuestions, REQUEST_FORM_TITLE, type FormContext } from './request-form';
export { buildMentorForm, mentorQuestions, MENTOR_FORM_TITLE } from './mentor-form';
export { AnswerReader, type ReadAnswer } from './answer-reader';
export { splitChoices, type SplitChoices } from './choice-split';
export { parseAnswerDate, quote } from './field-schemas';
export type { MenteeFromForm, MentorFromForm, ParseResult, ParseOptions } from './parse-result';
export { parseRequestAnswer, requestAnswerQuestions } from './parse-request';
export { parseMentorAnswer, mentorAnswerQuestions } from './parse-mentor';
export { isSpuriousEvent, answerKey } from './spurious';
export { planUpsert, sameValue, CURATOR_FIELDS, type UpsertPlan, type FieldChange, type ExistingRow } from './upsert';
