// Demo pairs for the documents feature: when «Пары и группы» is empty, pairs the demo school's valid mentors and
// mentees (through the repository, as the add-on writes), so the order, consents and programs have data to show.
//
// API
//   seedDemoPairs(ctx, { count? }) → pair ids written ([] when the sheet already has pairs: never a second set).
//     Individual pairs, one group of two; consent is whatever the banks say, so some pairs lack it on purpose.
import type { AppContext } from '../../src/app/context';
import { checkWorkbook } from '../../src/app/check-workbook';
import type { Mentee, Mentor, Pair } from '../../src/domain/model';
import { formatPairId } from '../../src/domain/matching/pair-id';
import { pairToRecord } from '../../src/workbook/pairs';
import { appendRecords, readTable } from '../../src/workbook/repository';
import { pairsTable } from '../../src/workbook/tables/pairs';

export function seedDemoPairs(ctx: AppContext, options: { count?: number } = {}): string[] {
  const check = checkWorkbook(ctx);
  const snapshot = readTable(check.workbook, pairsTable);
  if (!snapshot.sheet || snapshot.rows().length > 0) return [];
  const mentors = check.mentors.records.map((r) => r.value).filter((m) => m.status === 'active');
  const mentees = check.mentees.records.map((r) => r.value).filter((m) => m.status === 'waiting');
  const count = Math.min(options.count ?? 12, mentors.length, mentees.length - 1);
  const year = check.settings?.academicYear.startYear ?? 2026;
  const records: Array<Record<string, unknown>> = [];
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    const mentor = mentors[i]!;
    // The last pair is a group of two mentees, to show group programs and consents too.
    const group: Mentee[] = i === count - 1 ? [mentees[i]!, mentees[i + 1]!] : [mentees[i]!];
    const id = formatPairId(year, i + 1);
    const pair: Pair = {
      id,
      form: group.length > 1 ? 'group' : 'individual',
      mentorIds: [mentor.id],
      menteeIds: group.map((m) => m.id),
      requests: [...new Set(group.flatMap((m) => m.requests))],
      startDate: { year, month: 10, day: 1 },
      endDate: { year: year + 1, month: 6, day: 30 },
      status: 'formed',
      locked: false,
      orderLink: '',
      programLink: '',
      notes: '',
    };
    records.push(pairToRecord(pair, { mentors: [mentor] as Mentor[], mentees: group }));
    ids.push(id);
  }
  appendRecords(snapshot, records, ctx.timeZone());
  return ids;
}
