// Contract of «Главная»: the year at a glance (next and overdue roadmap items, first steps, counts).
import { z } from 'zod';
import { defineRpc, isoDate } from './define';
import { roadmapItemSchema } from './roadmap';

const firstStep = z.object({
  key: z.enum(['setup', 'settings', 'forms', 'reminders']),
  title: z.string(),
  done: z.boolean(),
  basis: z.string(),
  panel: z.string(),
});

const count = z.number().int().min(0);

export const homeRpc = {
  getHome: defineRpc(
    '«Главная»: what is next and overdue on the roadmap, the first steps still to take, the counts of banks and pairs.',
    z.object({}),
    z.object({
      isSetUp: z.boolean(),
      academicYear: z.string(),
      today: isoDate,
      next: z.array(roadmapItemSchema),
      overdue: z.array(roadmapItemSchema),
      doneCount: count,
      totalCount: count,
      counts: z.object({
        mentors: count,
        mentorsWithConsent: count,
        mentees: count,
        menteesWaiting: count,
        menteesPaired: count,
        menteesSupported: count,
        pairs: count,
        pairsInOrder: count,
        pairsWithProgram: count,
      }),
      problemCount: count,
      firstSteps: z.array(firstStep),
    }),
  ),
};
