// Both banks turned into flat typed arrays once per call, and the pair score computed from them without allocation.
import { normalizeEmail, normalizeTerm, type Mentee, type Mentor } from '../model';
import type { MatchContext } from './context';
import { qualificationRank, subjectField } from './labels';
import { TermIndex, intersectCount, popcount32, writeMask } from './term-index';
import { criterionKeys, type MatchWeights } from './weights';

/** Mentor-level hard rules, as bits (pair-level ones — same person, ban — are checked per pair). */
export const FLAG_NO_CONSENT = 1;
export const FLAG_INACTIVE = 2;
export const FLAG_FULL = 4;
export const FLAG_SCHOOL_YEARS = 8;

/** Criterion slots in the scratch arrays, in `criterionKeys` order. */
export const C_COVERAGE = 0;
export const C_SUBJECT = 1;
export const C_EXPERIENCE = 2;
export const C_QUALIFICATION = 3;
export const C_TRAINING = 4;
export const C_PREFERRED = 5;
export const C_FREE = 6;
export const CRITERIA = criterionKeys.length;

export interface Prepared {
  readonly weights: MatchWeights;
  readonly w: Float64Array;
  readonly mentors: readonly Mentor[];
  readonly mentees: readonly Mentee[];
  readonly competences: TermIndex;
  readonly subjects: TermIndex;
  readonly fields: TermIndex;
  readonly cw: number;
  readonly sw: number;
  readonly fw: number;
  // Mentors
  readonly rOffer: Uint32Array;
  readonly rOfferCount: Int32Array;
  readonly rSubj: Uint32Array;
  readonly rField: Uint32Array;
  readonly rExp: Float64Array;
  readonly rQual: Float64Array;
  readonly rTrained: Uint8Array;
  readonly rCap: Int32Array;
  readonly rLoad: Int32Array;
  readonly rFlags: Uint8Array;
  /** Weighted mentor-only criteria (qualification, training, free places). */
  readonly rStatic: Float64Array;
  readonly rEmail: string[];
  readonly rName: string[];
  readonly rInitials: string[];
  // Mentees
  readonly eNeed: Uint32Array;
  readonly eNeedCount: Int32Array;
  readonly eSubj: Uint32Array;
  readonly eSubjCount: Int32Array;
  readonly eField: Uint32Array;
  readonly eExp: Float64Array;
  /** Sum of the weights of the criteria that apply to the mentee. */
  readonly eMax: Float64Array;
  readonly eEmail: string[];
  readonly ePref: string[];
  readonly ePrefInitials: string[];
  /** Mentor indices the curator banned for each mentee (null when none: the common case). */
  readonly eBanned: Array<Set<number> | null>;
  // Scratch for one pair: field scores (−1…1) and whether each criterion applies.
  readonly f: Float64Array;
  readonly app: Uint8Array;
}

const num = (x: number | null | undefined): number => (typeof x === 'number' && Number.isFinite(x) ? x : 0);

/** «Иванова Мария Петровна» → «иванова м п»: lets «Иванова М.П.» find the mentor. */
function initialsKey(normalizedName: string): string {
  const parts = normalizedName
    .replace(/\./g, ' ')
    .split(' ')
    .filter((p) => p !== '');
  if (parts.length < 2) return '';
  let key = parts[0]!;
  for (let k = 1; k < parts.length; k++) key += ' ' + parts[k]!.charAt(0);
  return key;
}

/** The mentee's text is «Фамилия И.О.» (only initials after the surname): its initials key, else ''. */
function preferredInitials(pref: string): string {
  const parts = pref
    .replace(/\./g, ' ')
    .split(' ')
    .filter((p) => p !== '');
  if (parts.length < 2 || parts.slice(1).some((p) => p.length !== 1)) return '';
  return parts.join(' ');
}

export function prepare(mentors: readonly Mentor[], mentees: readonly Mentee[], ctx: MatchContext): Prepared {
  const weights = ctx.weights;
  const competences = new TermIndex();
  const subjects = new TermIndex();
  const fields = new TermIndex();
  // Field id of each subject id, so each distinct subject is normalised once.
  const fieldOfSubject: number[] = [];
  const subjectIds = (list: readonly string[]): number[] => {
    const out: number[] = [];
    for (const s of list) {
      const id = subjects.add(s);
      if (id >= 0 && fieldOfSubject[id] === undefined) fieldOfSubject[id] = fields.add(subjectField(s));
      out.push(id);
    }
    return out;
  };
  const fieldIds = (ids: readonly number[]): number[] => ids.map((id) => (id >= 0 ? fieldOfSubject[id]! : -1));
  const rC = mentors.map((m) => m.competencies.map((c) => competences.add(c)));
  const rS = mentors.map((m) => subjectIds(m.subjects));
  const eC = mentees.map((e) => e.requests.map((c) => competences.add(c)));
  const eS = mentees.map((e) => subjectIds(e.subjects));
  const cw = competences.words;
  const sw = subjects.words;
  const fw = fields.words;
  const nm = mentors.length;
  const ne = mentees.length;

  const w = new Float64Array(CRITERIA);
  criterionKeys.forEach((k, c) => (w[c] = weights[k]));

  const rOffer = new Uint32Array(nm * cw);
  const rOfferCount = new Int32Array(nm);
  const rSubj = new Uint32Array(nm * sw);
  const rField = new Uint32Array(nm * fw);
  const rExp = new Float64Array(nm);
  const rQual = new Float64Array(nm);
  const rTrained = new Uint8Array(nm);
  const rCap = new Int32Array(nm);
  const rLoad = new Int32Array(nm);
  const rFlags = new Uint8Array(nm);
  const rStatic = new Float64Array(nm);
  const rEmail: string[] = new Array<string>(nm);
  const rName: string[] = new Array<string>(nm);
  const rInitials: string[] = new Array<string>(nm);
  const minSchool = weights.minSchoolYears;
  mentors.forEach((m, j) => {
    rOfferCount[j] = writeMask(rC[j]!, rOffer, j * cw);
    writeMask(rS[j]!, rSubj, j * sw);
    writeMask(fieldIds(rS[j]!), rField, j * fw);
    rExp[j] = num(m.experienceYears);
    rQual[j] = qualificationRank(m.qualification);
    rTrained[j] = m.trainingDate ? 1 : 0;
    rCap[j] = Math.max(0, Math.floor(num(m.capacity)));
    rLoad[j] = Math.max(0, Math.floor(num(ctx.load?.get(m.id))));
    let flags = 0;
    if (!m.consentDate) flags |= FLAG_NO_CONSENT;
    if (m.status !== 'active') flags |= FLAG_INACTIVE;
    if (rCap[j]! - rLoad[j]! <= 0) flags |= FLAG_FULL;
    if (minSchool !== null && (m.schoolYears === null || num(m.schoolYears) < minSchool)) flags |= FLAG_SCHOOL_YEARS;
    rFlags[j] = flags;
    const cap = rCap[j]!;
    const free = cap > 0 ? Math.max(0, cap - rLoad[j]!) / cap : 0;
    // The mentor-only criteria, summed once in a fixed order (the fast score adds the pair terms to this).
    rStatic[j] = w[C_QUALIFICATION]! * rQual[j]! + w[C_TRAINING]! * rTrained[j]! + w[C_FREE]! * free;
    rEmail[j] = normalizeEmail(m.email);
    const name = normalizeTerm(m.fullName);
    rName[j] = name;
    rInitials[j] = initialsKey(name);
  });

  const eNeed = new Uint32Array(ne * cw);
  const eNeedCount = new Int32Array(ne);
  const eSubj = new Uint32Array(ne * sw);
  const eSubjCount = new Int32Array(ne);
  const eField = new Uint32Array(ne * fw);
  const eExp = new Float64Array(ne);
  const eMax = new Float64Array(ne);
  const eEmail: string[] = new Array<string>(ne);
  const ePref: string[] = new Array<string>(ne);
  const ePrefInitials: string[] = new Array<string>(ne);
  const eBanned: Array<Set<number> | null> = new Array<Set<number> | null>(ne).fill(null);
  mentees.forEach((e, i) => {
    eNeedCount[i] = writeMask(eC[i]!, eNeed, i * cw);
    eSubjCount[i] = writeMask(eS[i]!, eSubj, i * sw);
    writeMask(fieldIds(eS[i]!), eField, i * fw);
    eExp[i] = num(e.experienceYears);
    eEmail[i] = normalizeEmail(e.email);
    const pref = normalizeTerm(e.preferredMentor ?? '');
    ePref[i] = pref;
    ePrefInitials[i] = pref === '' ? '' : preferredInitials(pref);
    // Points achievable for this mentee: only the criteria that apply to them.
    let max = 0;
    for (let c = 0; c < CRITERIA; c++) {
      if (c === C_COVERAGE && eNeedCount[i] === 0) continue;
      if (c === C_SUBJECT && eSubjCount[i] === 0) continue;
      if (c === C_PREFERRED && pref === '') continue;
      max += w[c]!;
    }
    eMax[i] = max;
  });
  if (ctx.bannedPairs && ctx.bannedPairs.size > 0) {
    const mentorIndex = new Map<string, number>();
    mentors.forEach((m, j) => mentorIndex.set(m.id, j));
    const menteeIndex = new Map<string, number>();
    mentees.forEach((e, i) => menteeIndex.set(e.id, i));
    for (const key of ctx.bannedPairs) {
      const bar = key.indexOf('|');
      const j = mentorIndex.get(key.slice(0, bar));
      const i = menteeIndex.get(key.slice(bar + 1));
      if (j === undefined || i === undefined) continue;
      (eBanned[i] ??= new Set<number>()).add(j);
    }
  }

  return {
    weights,
    w,
    mentors,
    mentees,
    competences,
    subjects,
    fields,
    cw,
    sw,
    fw,
    rOffer,
    rOfferCount,
    rSubj,
    rField,
    rExp,
    rQual,
    rTrained,
    rCap,
    rLoad,
    rFlags,
    rStatic,
    rEmail,
    rName,
    rInitials,
    eNeed,
    eNeedCount,
    eSubj,
    eSubjCount,
    eField,
    eExp,
    eMax,
    eEmail,
    ePref,
    ePrefInitials,
    eBanned,
    f: new Float64Array(CRITERIA),
    app: new Uint8Array(CRITERIA),
  };
}

/** Same person, mentor-level rules and the curator's ban: true when the pair may not be formed. */
export function isBlocked(p: Prepared, j: number, i: number): boolean {
  if (p.rFlags[j] !== 0) return true;
  if (p.rEmail[j] === p.eEmail[i] && p.eEmail[i] !== '') return true;
  const banned = p.eBanned[i];
  return banned !== null && banned !== undefined && banned.has(j);
}

/** Does the mentee's «желаемый наставник» name this mentor (full name, «Фамилия Имя», «Фамилия И.О.» or email)? */
export function prefersMentor(p: Prepared, j: number, i: number): boolean {
  const pref = p.ePref[i]!;
  if (pref === '') return false;
  const name = p.rName[j]!;
  if (pref === name || pref === p.rEmail[j]) return true;
  if (
    name.length > pref.length &&
    name.charCodeAt(pref.length) === 32 &&
    name.startsWith(pref) &&
    pref.indexOf(' ') > 0
  )
    return true;
  const ini = p.ePrefInitials[i]!;
  return ini !== '' && ini === p.rInitials[j];
}

/** Experience gap → −1…1: diminishing returns above, a penalty when the mentor has less experience. */
export function experienceFit(gap: number): number {
  return gap >= 0 ? gap / (gap + 6) : Math.max(-1, gap / 5);
}

/** Fills p.f / p.app with each criterion's field score (−1…1) for the pair: the explanation's view of rawScore. */
export function computeFields(p: Prepared, j: number, i: number): void {
  const f = p.f;
  const app = p.app;
  const need = p.eNeedCount[i]!;
  if (need > 0) {
    const inter = intersectCount(p.eNeed, i * p.cw, p.rOffer, j * p.cw, p.cw);
    const offers = p.rOfferCount[j]!;
    // Chronus set formula: covering the mentee's needs weighs 10× the share of the mentor's offers used.
    f[C_COVERAGE] = ((10 * inter) / need + (offers > 0 ? inter / offers : 0)) / 11;
    app[C_COVERAGE] = 1;
  } else {
    f[C_COVERAGE] = 0;
    app[C_COVERAGE] = 0;
  }
  if (p.eSubjCount[i]! > 0) {
    app[C_SUBJECT] = 1;
    f[C_SUBJECT] =
      intersectCount(p.eSubj, i * p.sw, p.rSubj, j * p.sw, p.sw) > 0
        ? 1
        : intersectCount(p.eField, i * p.fw, p.rField, j * p.fw, p.fw) > 0
          ? 0.5
          : 0;
  } else {
    app[C_SUBJECT] = 0;
    f[C_SUBJECT] = 0;
  }
  f[C_EXPERIENCE] = experienceFit(p.rExp[j]! - p.eExp[i]!);
  app[C_EXPERIENCE] = 1;
  f[C_QUALIFICATION] = p.rQual[j]!;
  app[C_QUALIFICATION] = 1;
  f[C_TRAINING] = p.rTrained[j]!;
  app[C_TRAINING] = 1;
  if (p.ePref[i] !== '') {
    app[C_PREFERRED] = 1;
    f[C_PREFERRED] = prefersMentor(p, j, i) ? 1 : 0;
  } else {
    app[C_PREFERRED] = 0;
    f[C_PREFERRED] = 0;
  }
  const cap = p.rCap[j]!;
  f[C_FREE] = cap > 0 ? Math.max(0, cap - p.rLoad[j]!) / cap : 0;
  app[C_FREE] = 1;
}

/**
 * The pair's score ignoring hard rules (0–100): the share of the points achievable on the criteria that apply to
 * this mentee. The one place the score is computed — suggestions, assignment and explanations all call it, so they
 * can never disagree. Hot path: no allocation, single-word masks special-cased.
 */
export function rawScore(p: Prepared, j: number, i: number): number {
  const w = p.w;
  let total = p.rStatic[j]!;
  const need = p.eNeedCount[i]!;
  if (need > 0) {
    const cw = p.cw;
    const inter =
      cw === 1 ? popcount32(p.eNeed[i]! & p.rOffer[j]!) : intersectCount(p.eNeed, i * cw, p.rOffer, j * cw, cw);
    if (inter > 0) {
      const offers = p.rOfferCount[j]!;
      total += (w[C_COVERAGE]! * ((10 * inter) / need + inter / offers)) / 11;
    }
  }
  if (p.eSubjCount[i]! > 0) {
    const sw = p.sw;
    const fw = p.fw;
    const same =
      sw === 1 ? (p.eSubj[i]! & p.rSubj[j]!) !== 0 : intersectCount(p.eSubj, i * sw, p.rSubj, j * sw, sw) > 0;
    if (same) total += w[C_SUBJECT]!;
    else if (
      fw === 1 ? (p.eField[i]! & p.rField[j]!) !== 0 : intersectCount(p.eField, i * fw, p.rField, j * fw, fw) > 0
    ) {
      total += w[C_SUBJECT]! * 0.5;
    }
  }
  total += w[C_EXPERIENCE]! * experienceFit(p.rExp[j]! - p.eExp[i]!);
  if (p.ePref[i] !== '' && prefersMentor(p, j, i)) total += w[C_PREFERRED]!;
  const max = p.eMax[i]!;
  if (max <= 0 || total <= 0) return 0;
  const s = Math.round((100 * total) / max);
  return s > 100 ? 100 : s;
}

/** The score when the pair is allowed, −1 when a hard rule forbids it. */
export function eligibleScore(p: Prepared, j: number, i: number): number {
  return isBlocked(p, j, i) ? -1 : rawScore(p, j, i);
}
