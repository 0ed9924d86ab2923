// The monitoring questionnaires in the forms feature's registry (src/app/forms/form-kinds.ts): how each is defined
// from «Вопросы мониторинга», and how its answers are filed — by the code of the personal link — into «Мониторинг»,
// or, from an unknown or mismatched link, into «Карантин».
import { toCalendarDate } from '../../domain/calendar/zoned';
import { textHash } from '../../domain/documents/content-hash';
import { RESPONDENT_EMAIL_TITLES, type FormContext, type FormDefinition } from '../../domain/forms';
import { CODE_TITLE, monitoringFormDefinition, readQuestionnaire } from '../../domain/monitoring/forms';
import { readLinkToken } from '../../domain/monitoring/link-token';
import type { PersonRef } from '../../domain/monitoring/participants';
import {
  audienceRu,
  defaultQuestions,
  type Audience,
  type MonitoringQuestion,
} from '../../domain/monitoring/questions';
import { normalizeEmail } from '../../domain/model';
import type { WorkbookGateway } from '../../google/sheet-gateway';
import { answerToRecord } from '../../workbook/monitoring';
import { appendRecords } from '../../workbook/repository';
import type { MonitoringFormPrefix } from '../../workbook/tables/settings';
import { monitoringTable } from '../../workbook/tables/monitoring';
import { quarantineTable } from '../../workbook/tables/quarantine';
import type { AppContext } from '../context';
import { UserError } from '../errors';
import type { AnswerOutcome } from '../forms/bank-answers';
import type { FormKindEntry } from '../forms/form-kinds';
import { appendToQuarantine, readQuarantine, type QuarantineEntry } from '../forms/quarantine';
import type { FormAnswer } from '../forms/response-sheet';
import { appendJournal, describeRows } from '../journal';
import { closingData, type ClosingData } from './data';
import { linkSecret } from './link-secret';

/** The curator's questionnaire has no pair: its code names the curator by e-mail under this word. */
export const CURATOR_PAIR = 'куратор';

export const monitoringLabels: Record<Audience, string> = {
  mentee: 'Анкета мониторинга (наставляемые)',
  mentor: 'Анкета мониторинга (наставники)',
  curator: 'Анкета мониторинга (куратор)',
};

export const monitoringKindKeys: Record<Audience, string> = {
  mentee: 'monitoringMentees',
  mentor: 'monitoringMentors',
  curator: 'monitoringCurator',
};

const prefixes: Record<Audience, MonitoringFormPrefix> = {
  mentee: 'monitoringMenteeForm',
  mentor: 'monitoringMentorForm',
  curator: 'monitoringCuratorForm',
};

/** The questions and the number of request slots: the school's sheet, or the defaults before setup. */
function formInput(data: ClosingData): { questions: MonitoringQuestion[]; slots: number } {
  const questions = data.questions().records.map((r) => r.value);
  const pairs = data.pairs().snapshot.sheet ? data.monitoredPairs() : [];
  return { questions, slots: Math.max(1, ...pairs.map((p) => p.requests.length)) };
}

export function monitoringDefinition(audience: Audience, data: ClosingData, base: FormContext): FormDefinition {
  const { questions, slots } = formInput(data);
  return monitoringFormDefinition({
    audience,
    questions,
    schoolName: base.schoolName,
    academicYear: base.academicYear,
    collectEmail: base.collectEmail,
    competenceSlots: slots,
  });
}

/** Who a valid code names: the participant of that pair (or the curator), with their bank e-mail. */
type Resolved = { ok: true; pairId: string; person: PersonRef } | { ok: false; reason: string };

function resolve(data: ClosingData, audience: Audience, code: string, secret: string): Resolved {
  const token = readLinkToken(secret, audience, code);
  if (!token.ok) return { ok: false, reason: token.reason };
  if (audience === 'curator') {
    if (token.pairId !== CURATOR_PAIR) return { ok: false, reason: `Код анкеты «${code}» не для анкеты куратора` };
    return {
      ok: true,
      pairId: '',
      person: { id: token.personId, name: data.check().settings?.curatorName || token.personId, email: token.personId },
    };
  }
  const pair = data.monitoredPairs().find((p) => p.id === token.pairId);
  if (!pair) return { ok: false, reason: `Пары ${token.pairId} нет на листе «Пары и группы» (или она расформирована)` };
  if (pair.status === 'dissolved')
    return { ok: false, reason: `Пара ${token.pairId} расформирована: её анкеты не учитываются` };
  const person = (audience === 'mentee' ? pair.mentees : pair.mentors).find((p) => p.id === token.personId);
  if (!person)
    return {
      ok: false,
      reason: `${token.personId} больше не ${audience === 'mentee' ? 'наставляемый' : 'наставник'} пары ${token.pairId}`,
    };
  return { ok: true, pairId: pair.id, person };
}

/** A stable id of one submitted questionnaire: the same answer filed twice is recognised. */
export function responseIdOf(answer: FormAnswer): string {
  return `АН-${textHash(answer.key).slice(0, 10).toUpperCase()}`;
}

function handler(audience: Audience) {
  const label = monitoringLabels[audience];
  return (
    ctx: AppContext,
    workbook: WorkbookGateway,
    answers: readonly FormAnswer[],
    mode: 'event' | 'accept',
  ): AnswerOutcome[] => {
    if (!answers.length) return [];
    const tz = ctx.timeZone();
    const data = closingData(ctx, workbook);
    const sheet = data.answers().snapshot;
    if (!sheet.sheet)
      throw new UserError(
        `Нет листа «${monitoringTable.sheetName}»: выберите «Наставничество → Настроить таблицу». Ответы анкет подождут в листе ответов.`,
      );
    const questions = data.questions().records.map((r) => r.value);
    const filed = new Set(data.answers().records.map((r) => r.value.responseId));
    const secret = linkSecret(ctx);
    const quarantine = mode === 'event' ? readQuarantine(workbook, tz) : null;
    const rows: Array<Record<string, unknown>> = [];
    const firstRowOf: Array<{ index: number; outcome: number }> = [];
    const toQuarantine: QuarantineEntry[] = [];
    const outcomes: AnswerOutcome[] = [];
    for (const answer of answers) {
      const read = readQuestionnaire(answer.namedValues, audience, questions, RESPONDENT_EMAIL_TITLES);
      const reasons = read.ok ? [] : [...read.reasons];
      const who = read.code ? resolve(data, audience, read.code, secret) : null;
      if (who && !who.ok) reasons.unshift(who.reason);
      if (who?.ok && read.email && who.person.email && normalizeEmail(read.email) !== normalizeEmail(who.person.email))
        reasons.push(
          `Анкета отправлена с адреса ${normalizeEmail(read.email)}, а личная ссылка выдана ${who.person.name} (${who.person.email})`,
        );
      if (reasons.length || !read.ok || !who?.ok) {
        if (mode === 'accept') outcomes.push({ kind: 'invalid', answer, reasons });
        else {
          toQuarantine.push({
            answer,
            formLabel: label,
            reasons,
            email: read.email || null,
            fullName: who?.ok ? who.person.name : '',
          });
          outcomes.push({ kind: 'quarantined', answer, reasons, row: null });
        }
        continue;
      }
      const responseId = responseIdOf(answer);
      if (filed.has(responseId)) {
        outcomes.push({ kind: 'unchanged', answer, sheet: monitoringTable.sheetName, row: 0, id: responseId });
        continue;
      }
      filed.add(responseId);
      const answeredOn = answer.answeredAt ? toCalendarDate(answer.answeredAt, tz) : ctx.today();
      firstRowOf.push({ index: rows.length, outcome: outcomes.length });
      for (const c of read.cells)
        rows.push(
          answerToRecord({
            responseId,
            answeredOn,
            pairId: who.pairId,
            role: audience,
            personId: who.person.id,
            personName: who.person.name,
            libraryMark: '',
            ...c,
          }),
        );
      outcomes.push({ kind: 'added', answer, sheet: monitoringTable.sheetName, row: 0, id: responseId });
    }
    const written = appendRecords(sheet, rows, tz);
    for (const f of firstRowOf) {
      const o = outcomes[f.outcome]!;
      if (o.kind === 'added') o.row = written[f.index] ?? 0;
    }
    const quarantined = quarantine ? appendToQuarantine(quarantine, toQuarantine, ctx.now(), tz) : [];
    for (const q of quarantined) {
      const o = outcomes.find((x) => x.kind === 'quarantined' && x.answer === q.entry.answer);
      if (o?.kind === 'quarantined') o.row = q.row;
    }
    const added = outcomes.filter((o) => o.kind === 'added');
    appendJournal(ctx, workbook, [
      ...(added.length
        ? [
            {
              what: `Анкеты мониторинга получены (${audienceRu[audience]})`,
              sheet: monitoringTable.sheetName,
              rows: describeRows(written),
              details: `Анкет: ${added.length}: ${added.map((o) => o.kind === 'added' && o.id).join(', ')}.`,
            },
          ]
        : []),
      ...(quarantined.length
        ? [
            {
              what: 'Анкета мониторинга отложена в карантин',
              sheet: quarantineTable.sheetName,
              rows: describeRows(quarantined.map((q) => q.row)),
              details: quarantined.map((q) => q.entry.reasons.join('; ')).join(' | '),
            },
          ]
        : []),
    ]);
    return outcomes;
  };
}

/** Signatures: the code question and a question of the default questionnaire of that audience. */
const signatureOf = (audience: Audience) => [
  CODE_TITLE,
  defaultQuestions.find((q) => q.audience === audience && q.type !== 'competence')!.text,
];

function kind(audience: Audience): FormKindEntry {
  const p = prefixes[audience];
  return {
    key: monitoringKindKeys[audience],
    label: monitoringLabels[audience],
    settings: { id: `${p}Id`, editUrl: `${p}EditUrl`, url: `${p}Url`, sheet: `${p}Sheet` },
    build: (base) =>
      monitoringFormDefinition({
        audience,
        questions: defaultQuestions,
        schoolName: base.schoolName,
        academicYear: base.academicYear,
        collectEmail: base.collectEmail,
        competenceSlots: 3,
      }),
    define: (ctx, workbook, base) => monitoringDefinition(audience, closingData(ctx, workbook), base),
    signature: signatureOf(audience),
    handle: handler(audience),
  };
}

/** Appended to the registry's `formKinds`. */
export const monitoringFormKinds: readonly FormKindEntry[] = [kind('mentee'), kind('mentor'), kind('curator')];
