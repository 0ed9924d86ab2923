// What the «Подбор» panel shows of people and scores: plain, wire-safe objects (dates as ISO strings, no Date).
import { toIsoDate } from '../../domain/calendar/calendar-date';
import type { PairScore } from '../../domain/matching/score';
import { matchWeightFields } from '../../domain/matching/weights';
import { formRu, menteeStatusRu, type Mentee, type Mentor } from '../../domain/model';
import { cellText } from '../../workbook/cells';
import type { MatchingState } from './state';

export interface MentorCard {
  id: string;
  name: string;
  post: string;
  subjects: string[];
  experienceYears: number;
  qualification: string;
  capacity: number;
  free: number;
  groups: boolean;
}

export interface MenteeCard {
  id: string;
  name: string;
  post: string;
  subjects: string[];
  experienceYears: number;
  requests: string[];
  requestText: string;
  form: string;
  wantsGroup: boolean;
  status: string;
  statusRu: string;
  pairId: string;
  preferredMentor: string;
  requestDate: string;
  supportNote: string;
}

export interface CriterionView {
  key: string;
  label: string;
  points: number;
  maxPoints: number;
  reason: string;
}

export interface ScoreView {
  score: number;
  summary: string;
  criteria: CriterionView[];
}

export function mentorCard(
  state: MatchingState,
  m: Mentor,
  load: ReadonlyMap<string, number> = state.load,
): MentorCard {
  return {
    id: m.id,
    name: m.fullName,
    post: m.post,
    subjects: m.subjects,
    experienceYears: m.experienceYears,
    qualification: m.qualification,
    capacity: m.capacity,
    free: Math.max(0, m.capacity - (load.get(m.id) ?? 0)),
    groups: m.forms.includes('group'),
  };
}

export function menteeCard(state: MatchingState, e: Mentee): MenteeCard {
  return {
    id: e.id,
    name: e.fullName,
    post: e.post,
    subjects: e.subjects,
    experienceYears: e.experienceYears,
    requests: e.requests,
    requestText: e.requestText,
    form: formRu[e.desiredForm],
    wantsGroup: e.desiredForm === 'group',
    status: e.status,
    statusRu: menteeStatusRu[e.status] ?? e.status,
    pairId: state.placeOf.get(e.id)?.pairId ?? e.pairId,
    preferredMentor: e.preferredMentor,
    requestDate: e.requestDate ? toIsoDate(e.requestDate) : '',
    supportNote: supportNoteOf(state, e.id),
  };
}

/** The «Поддержка без пары» cell as it stands (not part of the Mentee record: only matching reads it). */
export function supportNoteOf(state: MatchingState, menteeId: string): string {
  const rec = state.menteeById.get(menteeId);
  const col = state.check.mentees.snapshot.columns.get('supportNote');
  if (!rec || col === undefined) return '';
  return cellText(state.check.mentees.snapshot.grid[rec.row - 1]?.[col - 1], 'UTC');
}

const labelOf = new Map<string, string>(matchWeightFields.map((f) => [f.key, f.labelRu]));

export function scoreView(s: PairScore, summary: string): ScoreView {
  return {
    score: s.score,
    summary,
    criteria: s.criteria.map((c) => ({
      key: c.key,
      label: labelOf.get(c.key) ?? c.key,
      points: c.points,
      maxPoints: c.maxPoints,
      reason: c.reasonRu,
    })),
  };
}
