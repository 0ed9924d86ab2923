// Contract of the «Итоги года» calls: monitoring summary, events and publications, the practice library, completing
// programs, and closing the year. Dates cross the wire as ISO strings.
import { z } from 'zod';
import { parseCalendarDate, type CalendarDate } from '../domain/calendar/calendar-date';
import { eventKinds, type EventKind } from '../domain/events/event';
import { defineRpc, isoDate } from './define';
import { problemSchema } from './workbook';

/** An ISO date from the sidebar, as the domain's calendar date. */
const calendarDateInput = isoDate.transform((t, c): CalendarDate => {
  const d = parseCalendarDate(t);
  if (!d) {
    c.addIssue({ code: 'custom', message: `Нет такой даты: ${t}` });
    return z.NEVER;
  }
  return d;
});

const audience = z.enum(['mentee', 'mentor', 'curator']);
const eventKind = z.enum(eventKinds as [EventKind, ...EventKind[]]);

const ratingSchema = z.object({
  code: z.string(),
  question: z.string(),
  audience,
  count: z.number(),
  average: z.number().nullable(),
  distribution: z.array(z.number()),
});

const groupSchema = z.object({
  expected: z.number(),
  answered: z.number(),
  rate: z.number().nullable(),
  byRole: z.object({
    mentee: z.object({ expected: z.number(), answered: z.number() }),
    mentor: z.object({ expected: z.number(), answered: z.number() }),
  }),
  ratings: z.array(ratingSchema),
  yesNo: z.array(z.object({ code: z.string(), question: z.string(), audience, yes: z.number(), no: z.number() })),
  choices: z.array(
    z.object({
      code: z.string(),
      question: z.string(),
      audience,
      counts: z.array(z.object({ choice: z.string(), count: z.number() })),
    }),
  ),
  competence: z.object({
    count: z.number(),
    before: z.number().nullable(),
    after: z.number().nullable(),
    change: z.number().nullable(),
    byCompetence: z.array(
      z.object({
        competence: z.string(),
        count: z.number(),
        before: z.number().nullable(),
        after: z.number().nullable(),
        change: z.number().nullable(),
      }),
    ),
  }),
  averageRating: z.number().nullable(),
});

const swotSchema = z.object({
  strengths: z.array(z.string()),
  weaknesses: z.array(z.string()),
  opportunities: z.array(z.string()),
  threats: z.array(z.string()),
});

const monitoringSchema = z.object({
  year: z.string(),
  deadline: isoDate,
  school: groupSchema,
  byForm: z.object({ individual: groupSchema, group: groupSchema }),
  attention: z.array(
    z.object({
      pairId: z.string(),
      mentorNames: z.array(z.string()),
      menteeNames: z.array(z.string()),
      answered: z.number(),
      expected: z.number(),
      averageRating: z.number().nullable(),
      attention: z.array(z.string()),
    }),
  ),
  openAnswers: z.array(
    z.object({
      code: z.string(),
      question: z.string(),
      audience,
      answers: z.array(z.object({ text: z.string(), count: z.number() })),
      more: z.number(),
    }),
  ),
  curatorAnswered: z.boolean(),
  superseded: z.number(),
  unmatched: z.number(),
  proposals: z.array(
    z.object({ key: z.string(), text: z.string(), authorName: z.string(), role: audience, pairId: z.string() }),
  ),
  swot: swotSchema,
  problems: z.array(problemSchema),
  sheetUrl: z.string(),
  invites: z.object({
    sent: z.number(),
    answered: z.number(),
    notSent: z.number(),
    waiting: z.array(z.string()),
    sheetUrl: z.string(),
  }),
});

const eventsSchema = z.object({
  events: z.array(
    z.object({
      id: z.string(),
      date: isoDate,
      kind: eventKind,
      title: z.string(),
      roadmapItem: z.string(),
      status: z.enum(['planned', 'held', 'cancelled']),
      published: z.boolean(),
      hasDraft: z.boolean(),
    }),
  ),
  publications: z.array(
    z.object({
      id: z.string(),
      title: z.string(),
      text: z.string(),
      attachments: z.string(),
      date: isoDate.nullable(),
      status: z.enum(['draft', 'published']),
      link: z.string(),
      roadmapItem: z.string(),
    }),
  ),
  pendingDrafts: z.number(),
  problems: z.array(problemSchema),
  eventsUrl: z.string(),
  publicationsUrl: z.string(),
});

const practiceSchema = z.object({
  id: z.string(),
  title: z.string(),
  authors: z.string(),
  pairId: z.string(),
  competencies: z.array(z.string()),
  description: z.string(),
  materials: z.string(),
  year: z.string(),
  tags: z.array(z.string()),
  best: z.boolean(),
  kind: z.enum(['practice', 'method']),
});

const planSchema = z.object({
  fromYear: z.string(),
  toYear: z.string(),
  lines: z.array(z.string()),
  warnings: z.array(z.string()),
  blockers: z.array(z.string()),
  fingerprint: z.string(),
  resuming: z.boolean(),
});

const drafted = z.array(z.object({ id: z.string(), title: z.string(), row: z.number() }));
const text = (max: number) => z.string().trim().max(max, `не длиннее ${max} символов`);

export const closingRpc = {
  closingMonitoring: defineRpc(
    'The monitoring summary: rates, ratings, competence change, pairs needing attention, SWOT, proposals.',
    z.object({}),
    monitoringSchema,
  ),
  closingEvents: defineRpc(
    'Events of the year with their publications, and the publications.',
    z.object({}),
    eventsSchema,
  ),
  closingRecordEvent: defineRpc(
    'Records an event on «Мероприятия»; a held event gets its news draft at once.',
    z.object({
      date: calendarDateInput,
      kind: eventKind,
      title: text(300).min(1, 'укажите тему'),
      roadmapItem: text(20).default(''),
      participants: text(2000).default(''),
      participantCount: z.number().int().min(0).max(10000).nullable().default(null),
      materials: text(5000).default(''),
      outcome: text(5000).default(''),
      status: z.enum(['planned', 'held', 'cancelled']).nullable().default(null),
    }),
    z.object({ id: z.string(), row: z.number(), drafted }),
  ),
  closingDraftPublications: defineRpc(
    'Drafts news for every held event and reached milestone that has none.',
    z.object({}),
    z.object({ drafted }),
  ),
  closingMarkPublished: defineRpc(
    'Marks a publication published with its link.',
    z.object({ id: z.string().min(1), link: text(2000).min(1, 'вставьте ссылку на публикацию') }),
    z.object({ row: z.number() }),
  ),
  closingLibrary: defineRpc(
    'Searches the practice library.',
    z.object({
      text: text(200).default(''),
      competence: z.string().optional(),
      bestOnly: z.boolean().default(false),
      kind: z.enum(['practice', 'method']).optional(),
      year: z.string().optional(),
    }),
    z.object({
      total: z.number(),
      hits: z.array(practiceSchema),
      competencies: z.array(z.string()),
      years: z.array(z.string()),
      sheetUrl: z.string(),
    }),
  ),
  closingAddPractice: defineRpc(
    'Adds a practice to the library (by hand or from the round table).',
    z.object({
      title: text(300).min(1, 'укажите название'),
      authors: text(500).min(1, 'укажите авторов'),
      pairId: text(40).default(''),
      competencies: z.array(z.string()).default([]),
      description: text(10000).default(''),
      materials: text(5000).default(''),
      tags: z.array(text(60)).default([]),
      best: z.boolean().default(false),
      kind: z.enum(['practice', 'method']).default('practice'),
      fromRoundTable: z.boolean().default(false),
    }),
    z.object({ id: z.string(), row: z.number() }),
  ),
  closingAcceptProposal: defineRpc(
    'Adds a practice proposed in a monitoring answer to the library.',
    z.object({ key: z.string().min(1) }),
    z.object({ id: z.string(), row: z.number() }),
  ),
  closingDeclineProposal: defineRpc(
    'Declines a practice proposed in a monitoring answer.',
    z.object({ key: z.string().min(1) }),
    z.object({ row: z.number() }),
  ),
  closingMarkBest: defineRpc(
    'Marks practices as the round table’s best (or removes the mark).',
    z.object({ ids: z.array(z.string().min(1)).min(1), best: z.boolean() }),
    z.object({ rows: z.array(z.number()) }),
  ),
  closingPairs: defineRpc(
    'Open pairs/groups that can complete their programs.',
    z.object({}),
    z.object({
      open: z.array(
        z.object({
          id: z.string(),
          mentorNames: z.array(z.string()),
          menteeNames: z.array(z.string()),
          endDate: isoDate,
          status: z.string(),
          due: z.boolean(),
        }),
      ),
      finished: z.number(),
    }),
  ),
  closingCompletePrograms: defineRpc(
    'Completes the programs of the chosen pairs/groups today.',
    z.object({ pairIds: z.array(z.string().min(1)).min(1, 'выберите хотя бы одну пару') }),
    z.object({
      finished: z.array(z.string()),
      menteesFinished: z.array(z.object({ id: z.string(), name: z.string() })),
      menteesContinuing: z.array(z.object({ id: z.string(), name: z.string() })),
    }),
  ),
  closingSendQuestionnaires: defineRpc(
    'Creates the monitoring questionnaires if needed and mails the personal links not sent yet.',
    z.object({}),
    z.object({
      forms: z.array(z.object({ label: z.string(), outcome: z.string(), url: z.string() })),
      invited: z.number(),
      sent: z.number(),
      failed: z.array(z.string()),
      remaining: z.number(),
      withoutEmail: z.array(z.string()),
      alreadySent: z.number(),
    }),
  ),
  yearClosePreview: defineRpc('What «Завершить учебный год» will do, before doing it.', z.object({}), planSchema),
  yearCloseRun: defineRpc(
    'Closes the academic year exactly as the plan with this fingerprint said.',
    z.object({ fingerprint: z.string().min(1) }),
    z.object({
      fromYear: z.string(),
      toYear: z.string(),
      archived: z.array(
        z.object({ sheetName: z.string(), archiveName: z.string(), rows: z.number(), carried: z.number() }),
      ),
      resumed: z.boolean(),
    }),
  ),
};
