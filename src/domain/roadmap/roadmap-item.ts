// A row of the roadmap: its stage, activity, deadline rule, who answers for it and which workbook fact shows it done.
import type { Email } from '../model';
import type { DeadlineRule } from './deadline-rule';

/** The workbook fact that shows an item done; the app layer computes these facts (see RoadmapFacts). */
export type AutoStatusKey =
  | 'requestsCollected'
  | 'mentorBank'
  | 'menteeBank'
  | 'mentorsChosen'
  | 'pairsFormed'
  | 'orderIssued'
  | 'programs'
  | 'supportUnpaired'
  | 'mentorTraining'
  | 'monitoring'
  | 'conference'
  | 'roundTable'
  | 'publications';

export type ResponsibleRole = 'curator' | 'director' | 'psychologist' | 'siteEditor';

export const responsibleRoleRu: Record<ResponsibleRole, string> = {
  curator: 'куратор наставничества',
  director: 'директор',
  psychologist: 'педагог-психолог',
  siteEditor: 'ответственный за сайт',
};

/** What the curator may set by hand; it always wins over the automatic status. */
export type ManualStatus = 'done' | 'not_needed' | 'in_progress';

export interface RoadmapItemDef {
  /** The stage's title, e.g. «Формирование банка наставников»; items of one stage are adjacent. */
  readonly stage: string;
  /** «1.1», «5.3». */
  readonly number: string;
  readonly activity: string;
  /** The deadline as the school wrote it, e.g. «Ежегодно, до 15 сентября». */
  readonly deadlineText: string;
  readonly rule: DeadlineRule;
  readonly role: ResponsibleRole;
  /** null for rows the curator added: their status is only ever manual. */
  readonly autoStatusKey: AutoStatusKey | null;
}

/** A row as read from the «Дорожная карта» sheet. */
export interface RoadmapItem extends RoadmapItemDef {
  /** The person named in the row; '' means the role's email from the settings. */
  readonly responsibleEmail: Email;
  readonly manualStatus: ManualStatus | null;
}
