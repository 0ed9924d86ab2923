// The domain's entities: people in the two banks, pairs/groups, the school's settings. Pure data, no Google.
import type { AcademicYear } from './calendar/academic-year';
import type { CalendarDate } from './calendar/calendar-date';

/** Lower-cased, trimmed email: a person's identity across the workbook. */
export type Email = string;

export type MentorStatus = 'active' | 'on_leave' | 'left';
export type MenteeStatus = 'waiting' | 'paired' | 'supported' | 'finished';
export type MentoringForm = 'individual' | 'group';
export type PairStatus = 'formed' | 'program_ready' | 'in_order' | 'active' | 'finished' | 'dissolved';
export type RowSource = 'form' | 'manual' | 'import';

export interface Mentor {
  id: string;
  fullName: string;
  email: Email;
  post: string;
  subjects: string[];
  experienceYears: number;
  schoolYears: number | null;
  qualification: string;
  /** Titles from the shared competence vocabulary. */
  competencies: string[];
  capacity: number;
  forms: MentoringForm[];
  consentDate: CalendarDate | null;
  trainingDate: CalendarDate | null;
  status: MentorStatus;
  addedOn: CalendarDate | null;
  source: RowSource;
  notes: string;
}

export interface Mentee {
  id: string;
  fullName: string;
  email: Email;
  post: string;
  subjects: string[];
  experienceYears: number;
  hiredOn: CalendarDate | null;
  category: string;
  /** Titles from the shared competence vocabulary. */
  requests: string[];
  /** Free text: «Другое» requests and the description of difficulties. */
  requestText: string;
  desiredForm: MentoringForm;
  /** Optional preferred mentor (name or email as the teacher wrote it). */
  preferredMentor: string;
  requestDate: CalendarDate | null;
  consentDate: CalendarDate | null;
  status: MenteeStatus;
  pairId: string;
  notes: string;
}

export interface Pair {
  /** Readable id, e.g. НП-2026-001. */
  id: string;
  form: MentoringForm;
  /** The lead mentor first, then co-mentors. */
  mentorIds: string[];
  menteeIds: string[];
  requests: string[];
  startDate: CalendarDate;
  endDate: CalendarDate;
  status: PairStatus;
  locked: boolean;
  orderLink: string;
  programLink: string;
  notes: string;
}

export interface SchoolSettings {
  schoolFullName: string;
  schoolShortName: string;
  city: string;
  directorName: string;
  directorTitle: string;
  curatorName: string;
  curatorPost: string;
  curatorEmail: Email;
  academicYear: AcademicYear;
  timeZone: string;
  alertRecipients: Email[];
  alertLeadDays: number[];
  defaultMentorCapacity: number;
  defaultProgramMonths: number;
  maxGroupSize: number;
  /** A monitoring rating at or below this puts the pair on the «требуют внимания» list (absent: the default 4). */
  monitoringLowScore?: number;
}

export const mentorStatusRu: Record<MentorStatus, string> = {
  active: 'активен',
  on_leave: 'в отпуске',
  left: 'выбыл',
};

export const menteeStatusRu: Record<MenteeStatus, string> = {
  waiting: 'ожидает',
  paired: 'в паре',
  supported: 'поддержка без пары',
  finished: 'завершил',
};

export const formRu: Record<MentoringForm, string> = {
  individual: 'индивидуальная',
  group: 'групповая',
};

export const pairStatusRu: Record<PairStatus, string> = {
  formed: 'сформирована',
  program_ready: 'программа готова',
  in_order: 'в приказе',
  active: 'действует',
  finished: 'завершена',
  dissolved: 'расформирована',
};

export const sourceRu: Record<RowSource, string> = {
  form: 'форма',
  manual: 'вручную',
  import: 'импорт',
};

/** Compares vocabulary values as people type them: case, ё/е and spacing do not matter. */
export function normalizeTerm(text: string): string {
  return text.trim().toLowerCase().replace(/ё/g, 'е').replace(/\s+/g, ' ');
}

export function normalizeEmail(text: string): Email {
  return text.trim().toLowerCase();
}

/** One address: no spaces, and none of the separators a mail service splits a recipient list on (",", ";"). */
const EMAIL_ADDRESS = /^[^\s@,;<>"]+@[^\s@,;<>"]+\.[^\s@,;<>"]+$/;

/** Whether a (normalised) text is one email address, as the workbook, the settings and the mail all check it. */
export function isEmailAddress(text: string): boolean {
  return EMAIL_ADDRESS.test(text);
}
