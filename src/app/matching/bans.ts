// Pairs the curator banned («не предлагать эту пару»): a small list in the document properties, shared by all curators.
import { z } from 'zod';
import { toIsoDate } from '../../domain/calendar/calendar-date';
import { documentStore } from '../../google/document-properties';
import { withDocumentLock } from '../../google/lock';
import { checkWorkbook } from '../check-workbook';
import type { AppContext } from '../context';
import { UserError } from '../errors';
import { appendJournal } from '../journal';

export const BANS_KEY = 'matching.bans';
/** A document property value holds at most 9 KB; a school bans a handful of pairs, so 120 is generous. */
export const MAX_BANS = 120;

const banSchema = z.object({
  mentorId: z.string().min(1),
  menteeId: z.string().min(1),
  /** ISO date the ban was made. */
  at: z.string(),
  who: z.string().default(''),
});
export type Ban = z.infer<typeof banSchema>;

export interface BansRead {
  bans: Ban[];
  /** Russian text when the stored list could not be read (it is then treated as empty and rewritten on the next ban). */
  problem: string | null;
}

export function readBans(ctx: AppContext): BansRead {
  const text = documentStore(ctx).get(BANS_KEY);
  if (!text) return { bans: [], problem: null };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { bans: [], problem: 'Список запрещённых пар повреждён и не учитывается: запретите пары заново.' };
  }
  const parsed = z.array(banSchema).safeParse(json);
  if (!parsed.success)
    return { bans: [], problem: 'Список запрещённых пар повреждён и не учитывается: запретите пары заново.' };
  return { bans: parsed.data, problem: null };
}

/** Adds or removes one ban; the caller holds the document lock. Returns the list as stored. */
export function writeBan(ctx: AppContext, ban: Omit<Ban, 'at' | 'who'>, banned: boolean, today: string): Ban[] {
  const current = readBans(ctx).bans.filter((b) => !(b.mentorId === ban.mentorId && b.menteeId === ban.menteeId));
  if (banned) {
    if (current.length >= MAX_BANS)
      throw new UserError(
        `Запрещено уже ${MAX_BANS} пар — больше не помещается. Снимите ненужные запреты в панели «Подбор».`,
      );
    current.push({ ...ban, at: today, who: ctx.userEmail() });
  }
  documentStore(ctx).set(BANS_KEY, JSON.stringify(current));
  return current;
}

/** Use case «Запретить пару» / «Снять запрет»: checked against the banks, logged; an existing pair is not touched. */
export function setPairBan(
  ctx: AppContext,
  input: { mentorId: string; menteeId: string; banned: boolean },
): { bans: number; message: string } {
  return withDocumentLock(ctx, () => {
    const check = checkWorkbook(ctx);
    const mentor = check.mentors.records.find((r) => r.value.id === input.mentorId)?.value;
    const mentee = check.mentees.records.find((r) => r.value.id === input.menteeId)?.value;
    if (input.banned && (!mentor || !mentee))
      throw new UserError(
        `Запрет не сохранён: ${!mentor ? `наставника ${input.mentorId}` : `наставляемого ${input.menteeId}`} нет среди строк без ошибок.`,
      );
    const who = `${mentor?.fullName ?? input.mentorId} — ${mentee?.fullName ?? input.menteeId}`;
    const stored = writeBan(
      ctx,
      { mentorId: input.mentorId, menteeId: input.menteeId },
      input.banned,
      toIsoDate(ctx.today()),
    );
    appendJournal(ctx, check.workbook, [
      {
        what: input.banned ? 'Пара запрещена' : 'Запрет пары снят',
        details: `${who}${input.banned ? ': подбор не будет предлагать эту пару' : ''}.`,
      },
    ]);
    return {
      bans: stored.length,
      message: input.banned ? `Пара ${who} больше не будет предлагаться.` : `Запрет пары ${who} снят.`,
    };
  });
}
