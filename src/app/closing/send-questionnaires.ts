// Use case «Разослать анкеты мониторинга»: the three questionnaires exist and follow «Вопросы мониторинга»; every
// participant of a monitored pair (and the curator) gets a personal prefilled link by e-mail, recorded on
// «Рассылка анкет» so a second run sends nothing twice and an interrupted one continues.
import { stableJson, textHash } from '../../domain/documents/content-hash';
import { inviteKey } from '../../domain/monitoring/invites';
import { inviteMail } from '../../domain/monitoring/invite-mail';
import { linkToken } from '../../domain/monitoring/link-token';
import { participantsOf, type Participant } from '../../domain/monitoring/participants';
import { normalizeEmail } from '../../domain/model';
import { prefillValues } from '../../domain/monitoring/forms';
import { fillPrefill } from '../../domain/monitoring/prefill-url';
import type { Audience } from '../../domain/monitoring/questions';
import { documentStore } from '../../google/document-properties';
import { formApp, openForm } from '../../google/forms/form-files';
import { prefillTemplate, pruneQuestions, type PrefillTemplate } from '../../google/forms/monitoring-links';
import { withDocumentLock } from '../../google/lock';
import { sendAll, type OutgoingMail } from '../../google/mail';
import { workbookOf } from '../../google/sheet-gateway';
import { appendRecords, encodeCell, writeCells } from '../../workbook/repository';
import { columnOf } from '../../workbook/table-schema';
import { monitoringInvitesTable } from '../../workbook/tables/monitoring-invites';
import type { AppContext } from '../context';
import { UserError } from '../errors';
import { createForm } from '../forms/create-form';
import { collectsEmailFor, formContextOf, readFormsWorkbook } from '../forms/form-context';
import { formKind } from '../forms/form-kinds';
import { formRecordFrom } from '../forms/form-records';
import { appendJournal, describeRows } from '../journal';
import { closingData } from './data';
import { CURATOR_PAIR, monitoringDefinition, monitoringKindKeys } from './monitoring-forms';
import { linkSecret } from './link-secret';

/** E-mails per run: about 1.3 s each, well inside the 6-minute limit; the next run sends the rest. */
export const MAX_INVITES_PER_RUN = 40;

const AUDIENCES: readonly Audience[] = ['mentee', 'mentor', 'curator'];

export interface SendQuestionnairesResult {
  forms: Array<{ label: string; outcome: string; url: string }>;
  /** Invitations written this run (people newly on «Рассылка анкет»). */
  invited: number;
  /** Links mailed this run (a person with two pairs gets both in one e-mail). */
  sent: number;
  failed: string[];
  /** Invitations (links) still to send (a next run sends them), and participants without an e-mail. */
  remaining: number;
  withoutEmail: string[];
  alreadySent: number;
}

const defKey = (kind: string) => `closing.monitoringForm.${kind}`;

/**
 * Each questionnaire exists and follows the questions: created when missing (or deleted), rebuilt only when its
 * definition changed since the last mailing. A complete, unchanged form costs one Forms call.
 */
function ensureForms(ctx: AppContext): SendQuestionnairesResult['forms'] {
  const out: SendQuestionnairesResult['forms'] = [];
  const workbook = workbookOf(ctx);
  const wb = readFormsWorkbook(ctx, workbook);
  const data = closingData(ctx, workbook);
  const store = documentStore(ctx);
  for (const audience of AUDIENCES) {
    const kind = formKind(monitoringKindKeys[audience])!;
    const record = formRecordFrom(wb.raw, kind.settings);
    const opened = record.id ? openForm(ctx, record.id) : null;
    const collect = opened?.state === 'ok' ? opened.form.collectsEmail() : collectsEmailFor(ctx.userEmail());
    const def = monitoringDefinition(audience, data, formContextOf(ctx, wb.raw, collect));
    const hash = textHash(stableJson(def));
    const complete =
      opened?.state === 'ok' && record.url !== '' && record.sheet !== '' && workbook.sheet(record.sheet) !== null;
    if (complete && store.get(defKey(kind.key)) === hash) {
      out.push({ label: kind.label, outcome: 'exists', url: record.url });
      continue;
    }
    const r = createForm(ctx, kind.key, { rebuild: complete });
    const removed = pruneQuestions(
      formApp(ctx).openById(r.id),
      def.questions.map((q) => q.title),
    );
    if (removed.length) r.notes.push(`Убраны вопросы: ${removed.map((t) => `«${t}»`).join(', ')}.`);
    store.set(defKey(kind.key), hash);
    out.push({ label: r.label, outcome: r.outcome, url: r.publishedUrl });
  }
  return out;
}

interface Invitee extends Omit<Participant, 'role' | 'form'> {
  audience: Audience;
  requests: string[];
  partners: string[];
}

export function sendQuestionnaires(ctx: AppContext, options: { max?: number } = {}): SendQuestionnairesResult {
  const forms = ensureForms(ctx);
  return withDocumentLock(ctx, () => {
    const data = closingData(ctx);
    const settings = data.check().settings;
    if (!settings)
      throw new UserError('Заполните лист «Настройки» (учебный год, школа, куратор): без них анкеты не разослать.');
    const invites = data.invites();
    if (!invites.snapshot.sheet)
      throw new UserError(
        `Нет листа «${monitoringInvitesTable.sheetName}»: выберите «Наставничество → Настроить таблицу».`,
      );
    const tz = ctx.timeZone();
    const secret = linkSecret(ctx);
    const questions = data.questions().records.map((r) => r.value);
    const pairs = new Map(data.monitoredPairs().map((p) => [p.id, p]));
    const invitees: Invitee[] = participantsOf([...pairs.values()]).map((p) => {
      const pair = pairs.get(p.pairId)!;
      return {
        id: p.id,
        name: p.name,
        email: p.email,
        pairId: p.pairId,
        audience: p.role,
        requests: pair.requests,
        partners: (p.role === 'mentee' ? pair.mentors : pair.mentees).map((x) => x.name),
      };
    });
    if (settings.curatorEmail)
      invitees.push({
        id: settings.curatorEmail,
        name: settings.curatorName || settings.curatorEmail,
        email: settings.curatorEmail,
        pairId: '',
        audience: 'curator',
        requests: [],
        partners: [],
      });

    // One prefilled template per form: the links of any number of participants cost the same calls.
    const wbForms = readFormsWorkbook(ctx, data.workbook);
    const templates = new Map<Audience, PrefillTemplate>();
    for (const audience of AUDIENCES) {
      const id = formRecordFrom(wbForms.raw, formKind(monitoringKindKeys[audience])!.settings).id;
      const titles = prefillValues(audience, questions, 'x', ['x', 'x', 'x', 'x', 'x']).map((v) => v.title);
      templates.set(audience, prefillTemplate(formApp(ctx).openById(id), titles));
    }
    const linkOf = (i: Invitee): string => {
      const t = templates.get(i.audience)!;
      const token = linkToken(secret, {
        pairId: i.audience === 'curator' ? CURATOR_PAIR : i.pairId,
        personId: i.id,
        role: i.audience,
      });
      const values = new Map<string, string>();
      for (const ph of t.placeholders.values()) values.set(ph, '');
      for (const v of prefillValues(i.audience, questions, token, i.requests)) {
        const ph = t.placeholders.get(v.title);
        if (ph) values.set(ph, v.value);
      }
      return fillPrefill(t.url, values);
    };

    // New invitations are written before any e-mail goes: an interrupted run finds them and continues.
    const known = new Map(invites.records.map((r) => [inviteKey(r.value), r]));
    const fresh = invitees.filter((i) => !known.has(inviteKey({ pairId: i.pairId, role: i.audience, personId: i.id })));
    const freshLinks = fresh.map(linkOf);
    const freshRows = appendRecords(
      invites.snapshot,
      fresh.map((i, n) => ({
        pairId: i.pairId,
        role: i.audience,
        personId: i.id,
        personName: i.name,
        email: i.email,
        link: freshLinks[n]!,
      })),
      tz,
    );
    const byKey = new Map(invitees.map((i) => [inviteKey({ pairId: i.pairId, role: i.audience, personId: i.id }), i]));
    const rows = [
      ...invites.records.map((r) => ({
        row: r.row,
        sent: r.value.sentOn !== null,
        email: r.value.email,
        link: r.value.link,
        invitee: byKey.get(inviteKey(r.value)),
      })),
      ...fresh.map((i, n) => ({
        row: freshRows[n]!,
        sent: false,
        email: i.email,
        link: freshLinks[n]!,
        invitee: i as Invitee | undefined,
      })),
    ];
    const waiting = rows.filter((r) => !r.sent && r.invitee);
    const withoutEmail = waiting.filter((r) => !r.email).map((r) => r.invitee!.name);
    // One e-mail per person with a link per pair; a run mails at most `max` people.
    const byEmail = new Map<string, typeof waiting>();
    for (const r of waiting.filter((x) => x.email))
      byEmail.set(normalizeEmail(r.email), [...(byEmail.get(normalizeEmail(r.email)) ?? []), r]);
    const people = [...byEmail.entries()].slice(0, options.max ?? MAX_INVITES_PER_RUN);
    const batch = people.flatMap(([, rs]) => rs);

    // Marked sent before sending: an execution cut off mid-batch never mails anyone twice (the reminders carry the
    // link to anyone it missed); a message that fails is unmarked below.
    const sentOn = columnOf(monitoringInvitesTable, 'sentOn');
    writeCells(
      invites.snapshot,
      batch.map((r) => ({ row: r.row, field: 'sentOn', value: encodeCell(sentOn, ctx.today(), tz) })),
    );
    const deadline = data.deadline();
    const messages: OutgoingMail[] = people.map(([to, rs]) => ({
      to,
      ...inviteMail({
        name: rs[0]!.invitee!.name,
        links: rs.map((r) => ({
          role: r.invitee!.audience,
          pairId: r.invitee!.pairId,
          partners: r.invitee!.partners,
          link: r.link,
        })),
        deadline,
        schoolName: settings.schoolShortName,
        curatorName: settings.curatorName,
      }),
    }));
    const outcomes = sendAll(ctx, messages, settings.curatorName || 'Наставничество');
    const failed = people.flatMap(([, rs], i) => (outcomes[i]!.sent ? [] : rs));
    writeCells(
      invites.snapshot,
      failed.map((r) => ({ row: r.row, field: 'sentOn', value: '' })),
    );
    const sent = batch.length - failed.length;
    appendJournal(ctx, data.workbook, [
      ...(fresh.length
        ? [
            {
              what: 'Личные ссылки на анкеты мониторинга',
              sheet: monitoringInvitesTable.sheetName,
              rows: describeRows(freshRows),
              details: `Новых участников: ${fresh.length}.`,
            },
          ]
        : []),
      ...(batch.length
        ? [
            {
              what: 'Анкеты мониторинга разосланы',
              sheet: monitoringInvitesTable.sheetName,
              rows: describeRows(batch.map((r) => r.row)),
              details: `Отправлено писем: ${sent}${failed.length ? `; не отправлено: ${failed.length}` : ''}.`,
            },
          ]
        : []),
    ]);
    return {
      forms,
      invited: fresh.length,
      sent,
      failed: outcomes.flatMap((o) => (o.sent ? [] : [o.message])),
      remaining: waiting.filter((r) => r.email).length - sent,
      withoutEmail,
      alreadySent: rows.filter((r) => r.sent).length,
    };
  });
}
