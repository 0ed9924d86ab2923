// Contract of the «Подбор» calls: overview, suggestions, the «Автоподбор» proposal, forming and changing pairs,
// groups, bans, re-offers and the bank analysis. Dates travel as ISO strings.
import { z } from 'zod';
import { defineRpc, isoDate } from './define';

const id = z.string().trim().min(1).max(40);
const ids = z.array(id).max(50);
const optionalIsoDate = z.union([isoDate, z.literal('')]);

const mentorCard = z.object({
  id: z.string(),
  name: z.string(),
  post: z.string(),
  subjects: z.array(z.string()),
  experienceYears: z.number(),
  qualification: z.string(),
  capacity: z.number(),
  free: z.number(),
  groups: z.boolean(),
});

const menteeCard = z.object({
  id: z.string(),
  name: z.string(),
  post: z.string(),
  subjects: z.array(z.string()),
  experienceYears: z.number(),
  requests: z.array(z.string()),
  requestText: z.string(),
  form: z.string(),
  wantsGroup: z.boolean(),
  status: z.string(),
  statusRu: z.string(),
  pairId: z.string(),
  preferredMentor: z.string(),
  requestDate: optionalIsoDate,
  supportNote: z.string(),
});

const criterion = z.object({
  key: z.string(),
  label: z.string(),
  points: z.number(),
  maxPoints: z.number(),
  reason: z.string(),
});
const scoreFields = { score: z.number(), summary: z.string(), criteria: z.array(criterion) };

const suggestView = z.object({
  mentees: z.array(
    z.object({
      mentee: menteeCard,
      unavailable: z.string(),
      suggestions: z.array(z.object({ rank: z.number(), mentor: mentorCard, ...scoreFields })),
      excluded: z.array(z.object({ mentorId: z.string(), name: z.string(), blockers: z.array(z.string()) })),
      excludedCount: z.number(),
      belowMinimum: z.number(),
      eligibleCount: z.number(),
    }),
  ),
  notes: z.array(z.string()),
  warnings: z.array(z.string()),
  minScore: z.number(),
});

const menteeMentor = z.object({ menteeId: id, mentorId: id });
const assignmentMode = z.enum(['maxScore', 'maxCoverageThenScore']);

const proposalView = z.object({
  mode: assignmentMode,
  revisit: z.boolean(),
  pairs: z.array(
    z.object({
      menteeId: z.string(),
      menteeName: z.string(),
      mentorId: z.string(),
      mentorName: z.string(),
      pinned: z.boolean(),
      change: z.enum(['new', 'same', 'replace']),
      existingPairId: z.string(),
      oldMentorName: z.string(),
      ...scoreFields,
    }),
  ),
  unassigned: z.array(z.object({ menteeId: z.string(), name: z.string(), reason: z.string() })),
  skipped: z.array(z.object({ menteeId: z.string(), name: z.string() })),
  totals: z.object({
    pool: z.number(),
    assigned: z.number(),
    totalScore: z.number(),
    averageScore: z.number(),
    greedyAssigned: z.number(),
    greedyTotal: z.number(),
    changes: z.number(),
  }),
  warnings: z.array(z.string()),
});

const pairRequest = z.object({
  form: z.enum(['individual', 'group']),
  mentorIds: ids.min(1),
  menteeIds: ids.min(1),
  locked: z.boolean().optional(),
  replacesPairId: id.optional(),
});

const confirmResult = z.object({
  written: z.array(
    z.object({
      pairId: z.string(),
      row: z.number(),
      form: z.enum(['individual', 'group']),
      mentorNames: z.array(z.string()),
      menteeNames: z.array(z.string()),
      score: z.number(),
      replaced: z.boolean(),
    }),
  ),
  refused: z.array(
    z.object({
      mentorIds: z.array(z.string()),
      menteeIds: z.array(z.string()),
      names: z.string(),
      reasons: z.array(z.string()),
    }),
  ),
  supported: z.array(z.object({ id: z.string(), name: z.string(), reason: z.string() })),
  repaired: z.array(z.string()),
});

const overview = z.object({
  blocking: z.array(z.string()),
  counts: z.object({
    waiting: z.number(),
    supported: z.number(),
    inPairs: z.number(),
    openPairs: z.number(),
    activeMentors: z.number(),
    freePlaces: z.number(),
    revisitable: z.number(),
  }),
  waiting: z.array(menteeCard),
  supported: z.array(
    menteeCard.extend({ best: z.object({ mentorId: z.string(), name: z.string(), score: z.number() }).nullable() }),
  ),
  pairs: z.array(
    z.object({
      id: z.string(),
      row: z.number(),
      form: z.string(),
      isGroup: z.boolean(),
      statusRu: z.string(),
      mentorIds: z.array(z.string()),
      mentorNames: z.array(z.string()),
      menteeIds: z.array(z.string()),
      menteeNames: z.array(z.string()),
      score: z.number().nullable(),
      locked: z.boolean(),
      startDate: isoDate,
      inDocuments: z.boolean(),
    }),
  ),
  mentors: z.array(mentorCard),
  bans: z.array(
    z.object({
      mentorId: z.string(),
      mentorName: z.string(),
      menteeId: z.string(),
      menteeName: z.string(),
      at: z.string(),
    }),
  ),
  weights: z.array(z.object({ label: z.string(), value: z.string() })),
  maxGroupSize: z.number(),
  warnings: z.array(z.string()),
});

const groupsView = z.object({
  maxGroupSize: z.number(),
  groups: z.array(
    z.object({
      mentor: mentorCard,
      mentees: z.array(z.object({ id: z.string(), name: z.string(), requests: z.array(z.string()) })),
      sharedRequests: z.array(z.string()),
      coveredRequests: z.array(z.string()),
      averageScore: z.number(),
      reasons: z.array(z.string()),
    }),
  ),
  ungrouped: z.array(z.object({ menteeId: z.string(), name: z.string(), reason: z.string() })),
  warnings: z.array(z.string()),
});

const pairChange = z.object({ pairId: z.string(), message: z.string(), reoffered: z.array(z.string()) });

const analysisView = z.object({
  date: z.string(),
  rows: z.array(
    z.object({
      competence: z.string(),
      waitingNeed: z.number(),
      pairedNeed: z.number(),
      mentorsOffering: z.number(),
      freePlaces: z.number(),
      shortfall: z.number(),
      verdict: z.enum(['deficit', 'enough', 'surplus']),
      verdictRu: z.string(),
      advice: z.string(),
      outsideVocabulary: z.boolean(),
    }),
  ),
  totals: z.object({
    waitingMentees: z.number(),
    pairedMentees: z.number(),
    activeMentors: z.number(),
    freePlaces: z.number(),
    deficits: z.number(),
  }),
  sheetUrl: z.string(),
  written: z.boolean(),
});

const reason = z.string().trim().max(500).default('');

export const matchingRpc = {
  matchingOverview: defineRpc(
    'The «Подбор» panel: waiting and supported mentees, open pairs, mentors with places, bans, the weights in force.',
    z.object({}),
    overview,
  ),
  matchingSuggest: defineRpc(
    'Ranked mentors with reasons, and the excluded ones with the rule, for the given mentees or the rows selected on «Наставляемые».',
    z.union([
      z.object({ menteeIds: ids.min(1), limit: z.number().int().min(1).max(50).optional() }),
      z.object({ selection: z.literal(true), limit: z.number().int().min(1).max(50).optional() }),
    ]),
    suggestView,
  ),
  matchingPropose: defineRpc(
    '«Автоподбор»: the optimal proposal for everyone waiting, with pins, exclusions, skips and the greedy comparison.',
    z.object({
      mode: assignmentMode.default('maxScore'),
      pins: z.array(menteeMentor).max(5000).default([]),
      exclusions: z.array(menteeMentor).max(5000).default([]),
      skip: z.array(id).max(5000).default([]),
      revisit: z.boolean().default(false),
    }),
    proposalView,
  ),
  matchingConfirm: defineRpc(
    'Forms the given pairs and groups after checking each against the current sheets under the document lock.',
    z.object({
      pairs: z.array(pairRequest).min(1).max(5000),
      source: z.enum(['suggestion', 'proposal', 'group', 'manual']),
      markUnservable: z.boolean().default(false),
    }),
    confirmResult,
  ),
  matchingGroups: defineRpc(
    'Proposed groups of waiting mentees who want the group form, one mentor each.',
    z.object({}),
    groupsView,
  ),
  matchingDissolve: defineRpc(
    'Dissolves a pair or group: history in «Журнал», mentees back to waiting.',
    z.object({ pairId: id, reason }),
    pairChange,
  ),
  matchingReplaceMentor: defineRpc(
    'Gives a pair or group a new lead mentor.',
    z.object({ pairId: id, mentorId: id, reason }),
    pairChange,
  ),
  matchingSetCoMentors: defineRpc(
    'Sets the co-mentors of a pair or group (the lead stays).',
    z.object({ pairId: id, coMentorIds: ids }),
    pairChange,
  ),
  matchingBan: defineRpc(
    'Bans (or un-bans) a mentor–mentee pair: suggestions and «Автоподбор» stop proposing it.',
    z.object({ mentorId: id, menteeId: id, banned: z.boolean() }),
    z.object({ bans: z.number(), message: z.string() }),
  ),
  matchingReoffer: defineRpc(
    'Re-checks «поддержка без пары»: mentees who can now get a mentor go back to waiting.',
    z.object({}),
    z.object({
      reoffered: z.array(z.object({ id: z.string(), name: z.string(), mentorName: z.string(), score: z.number() })),
      stillSupported: z.number(),
      lines: z.array(z.string()),
    }),
  ),
  matchingAnalysis: defineRpc(
    '«Анализ банка»: needs vs offers per competence; with write, rewrites the printable sheet.',
    z.object({ write: z.boolean().default(false) }),
    analysisView,
  ),
};
