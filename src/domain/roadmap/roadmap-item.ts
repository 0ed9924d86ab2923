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

/** The role a «Ответственный» cell names (case, ё and spacing aside), or null for a person's name or other text. */
export function roleFromText(text: string): ResponsibleRole | null {
  const t = text.trim().toLowerCase().replace(/ё/g, 'е').replace(/\s+/g, ' ');
  const hit = (Object.keys(responsibleRoleRu) as ResponsibleRole[]).find((r) => responsibleRoleRu[r] === t);
  if (hit) return hit;
  return t === 'куратор' ? 'curator' : null;
}

/** Russian labels of the workbook facts, as the «Показатель» column of «Дорожная карта» shows them. */
export const autoStatusKeyRu: Record<AutoStatusKey, string> = {
  requestsCollected: 'ответы на анкету запросов',
  mentorBank: 'банк наставников',
  menteeBank: 'банк наставляемых',
  mentorsChosen: 'выбор наставников',
  pairsFormed: 'пары и группы',
  orderIssued: 'приказ и согласия',
  programs: 'программы (ПНП)',
  supportUnpaired: 'поддержка без пары',
  mentorTraining: 'обучение наставников',
  monitoring: 'мониторинг',
  conference: 'конференция или семинар',
  roundTable: 'круглый стол и копилка',
  publications: 'публикации',
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
  /** null: a person the school named rather than a role; only the row's own email reaches them. */
  readonly role: ResponsibleRole | null;
  /** null for rows the curator added: their status is only ever manual. */
  readonly autoStatusKey: AutoStatusKey | null;
}

/** A row as read from the «Дорожная карта» sheet. */
export interface RoadmapItem extends RoadmapItemDef {
  /** The person named in the row; '' means the role's email from the settings. */
  readonly responsibleEmail: Email;
  readonly manualStatus: ManualStatus | null;
}
