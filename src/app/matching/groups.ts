// Use case «Группы»: proposed groups of waiting mentees who want the group form and share requests, one mentor each.
// Read-only; a group is formed (proposed or built by hand with co-mentors) through confirmPairs.
import { proposeGroups } from '../../domain/matching/groups';
import { shortCompetence } from '../../domain/matching/labels';
import { settingSpecs } from '../../workbook/tables/settings';
import type { AppContext } from '../context';
import { availableMentees, matchContextOf, readMatchingState } from './state';
import { mentorCard, type MentorCard } from './views';

export interface GroupProposalView {
  mentor: MentorCard;
  mentees: Array<{ id: string; name: string; requests: string[] }>;
  sharedRequests: string[];
  coveredRequests: string[];
  averageScore: number;
  reasons: string[];
}

export interface GroupsView {
  maxGroupSize: number;
  groups: GroupProposalView[];
  ungrouped: Array<{ menteeId: string; name: string; reason: string }>;
  warnings: string[];
}

export const seedGroupSize = Number(settingSpecs.find((s) => s.key === 'maxGroupSize')!.seed);

export function proposeGroupsForWaiting(ctx: AppContext): GroupsView {
  const state = readMatchingState(ctx);
  const maxGroupSize = state.settings?.maxGroupSize ?? seedGroupSize;
  const warnings = [...state.warnings];
  if (!state.settings) warnings.push(`«Настройки» с ошибками: размер группы взят по умолчанию (${maxGroupSize}).`);
  // proposeGroups takes the waiting ones who chose the group form; a supported mentee counts as waiting here.
  const pool = availableMentees(state).map((e) =>
    e.status === 'supported' ? { ...e, status: 'waiting' as const } : e,
  );
  const r = proposeGroups(pool, state.mentors, matchContextOf(state), { maxGroupSize });
  return {
    maxGroupSize,
    groups: r.groups.map((g) => ({
      mentor: mentorCard(state, g.mentor),
      mentees: g.mentees.map((e) => ({ id: e.id, name: e.fullName, requests: e.requests.map(shortCompetence) })),
      sharedRequests: g.sharedRequests,
      coveredRequests: g.coveredRequests,
      averageScore: g.averageScore,
      reasons: g.reasonsRu,
    })),
    ungrouped: r.ungrouped.map((u) => ({ menteeId: u.mentee.id, name: u.mentee.fullName, reason: u.reasonRu })),
    warnings,
  };
}
