// «Главная»: the year at a glance — what is next and overdue on the roadmap, the first steps still to take, and the
// counts of both banks and the pairs — from one read of the workbook (the roadmap check's own reader).
import type { RoadmapFacts } from '../domain/roadmap/status';
import { settingSpecs } from '../workbook/tables/settings';
import type { AppContext } from './context';
import { roadmapOverviewOf, type RoadmapOverview, type TimelineItemView } from './roadmap/overview';
import { readRoadmapWorkbook } from './roadmap/read';

export type FirstStepKey = 'setup' | 'settings' | 'forms' | 'reminders';

export interface FirstStep {
  key: FirstStepKey;
  /** Russian: what to do. */
  title: string;
  done: boolean;
  /** Russian: why it is (not) done. */
  basis: string;
  /** The panel that does it. */
  panel: string;
}

export interface HomeOverview {
  isSetUp: boolean;
  academicYear: string;
  today: string;
  next: TimelineItemView[];
  overdue: TimelineItemView[];
  doneCount: number;
  totalCount: number;
  counts: {
    mentors: number;
    mentorsWithConsent: number;
    mentees: number;
    menteesWaiting: number;
    menteesPaired: number;
    menteesSupported: number;
    pairs: number;
    pairsInOrder: number;
    pairsWithProgram: number;
  };
  problemCount: number;
  firstSteps: FirstStep[];
}

const NEXT_SHOWN = 3;

const requiredSettingLabels = settingSpecs.filter((s) => s.required).map((s) => s.label);

function firstSteps(overview: RoadmapOverview, facts: RoadmapFacts, missingSettings: string[]): FirstStep[] {
  return [
    {
      key: 'setup',
      title: 'Настроить таблицу',
      done: overview.missingSheets.length === 0,
      basis: overview.missingSheets.length
        ? `Нет листов: ${overview.missingSheets.map((s) => `«${s}»`).join(', ')}.`
        : 'Все листы на месте.',
      panel: 'banks',
    },
    {
      key: 'settings',
      title: 'Заполнить «Настройки»',
      done: missingSettings.length === 0,
      basis: missingSettings.length
        ? `Не заполнено: ${missingSettings.map((s) => `«${s}»`).join(', ')}.`
        : 'Обязательные параметры заполнены.',
      panel: 'banks',
    },
    {
      key: 'forms',
      title: 'Создать форму запросов и отправить ссылку педагогам',
      done: facts.requestFormOpen === true || facts.requestAnswers > 0,
      basis:
        facts.requestFormOpen === null
          ? 'Форма запросов ещё не создана.'
          : facts.requestFormOpen
            ? `Форма открыта, ответов: ${facts.requestAnswers}.`
            : 'Форма закрыта для ответов.',
      panel: 'forms',
    },
    {
      key: 'reminders',
      title: 'Включить напоминания о сроках',
      done: overview.reminders.on,
      basis: overview.reminders.on
        ? `Проверка каждый день около ${overview.reminders.hour}:00.`
        : 'Ежедневная проверка сроков выключена.',
      panel: 'roadmap',
    },
  ];
}

export function getHomeOverview(ctx: AppContext): HomeOverview {
  const rw = readRoadmapWorkbook(ctx);
  const overview = roadmapOverviewOf(ctx, rw);
  const byRow = new Map(overview.stages.flatMap((s) => s.items).map((i) => [i.row, i]));
  const items = (rows: number[]) => rows.map((r) => byRow.get(r)).filter((i): i is TimelineItemView => i !== undefined);
  const f = rw.facts;
  const mentees = rw.check.mentees.records.map((r) => r.value);
  const mentors = rw.check.mentors.records.map((r) => r.value).filter((m) => m.status === 'active');
  // A required parameter that is empty or unreadable: its label is quoted in the settings' problem.
  const settingProblems = rw.check.settingsRead.problems.map((p) => p.message);
  const missingSettings = requiredSettingLabels.filter((label) =>
    settingProblems.some((m) => m.includes(`«${label}»`)),
  );
  return {
    isSetUp: overview.isSetUp && rw.missingSheets.length === 0,
    academicYear: overview.academicYear,
    today: overview.today,
    next: items(overview.next).slice(0, NEXT_SHOWN),
    overdue: items(overview.overdue),
    doneCount: overview.doneCount,
    totalCount: overview.totalCount,
    counts: {
      mentors: mentors.length,
      mentorsWithConsent: mentors.filter((m) => m.consentDate !== null).length,
      mentees: f.validMentees,
      menteesWaiting: mentees.filter((m) => m.status === 'waiting').length,
      menteesPaired: f.menteesPaired,
      menteesSupported: f.menteesSupported,
      pairs: f.pairs,
      pairsInOrder: f.pairsInOrder,
      pairsWithProgram: f.pairsWithProgram,
    },
    problemCount: rw.check.problems.length + rw.problems.length,
    firstSteps: firstSteps(overview, f, missingSettings),
  };
}
