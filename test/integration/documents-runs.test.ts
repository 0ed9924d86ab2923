// Long runs: an execution killed mid-batch resumes with nothing duplicated or skipped (files created just before the
// crash are found by their Drive tags), another window cannot take a running batch, and the daily quota stops a run
// that continues the next day — whether the add-on's own count or Google itself says so.
import { continueRun, LEASE_MS, startRun } from '../../src/app/documents/run';
import { documentToText, listDocuments, setDocumentsCreatedToday } from '../../tools/emulator/documents';
import { documentsSchool, driveRun, fullRequest, type DocumentsSchool } from '../support/documents';

const DAY = 86_400_000;

function start(school: DocumentsSchool) {
  return school.run((ctx) => startRun(ctx, { request: fullRequest({ kind: 'programs' }), overwrite: [] }), 'rpc');
}

/** One program per pair, none twice, each about its pair. */
function expectOneProgramPerPair(school: DocumentsSchool): void {
  const docs = listDocuments(school.world);
  expect(docs).toHaveLength(school.pairIds.length);
  for (const id of school.pairIds) {
    const mine = docs.filter((d) => d.name.startsWith(`ПНП ${id} `));
    expect([id, mine.length]).toEqual([id, 1]);
    expect(documentToText(school.world, mine[0]!.id)).toContain(`(${id})`);
  }
}

describe('an interrupted run resumes', () => {
  test('the execution is killed mid-batch (time limit): the retry finishes it with one program per pair', () => {
    const school = documentsSchool({ pairs: 10 });
    const first = start(school);
    // About 2.5 documents into the first batch, Apps Script stops the execution ("Exceeded maximum execution time").
    school.world.faults.timeLimitAfterCalls = 400;
    expect(() => school.run((ctx) => continueRun(ctx, { runId: first.runId, client: 'sidebar-1' }), 'rpc')).toThrow(
      /execution time/i,
    );
    school.world.faults.timeLimitAfterCalls = undefined;
    const created = listDocuments(school.world).length;
    expect(created).toBeGreaterThan(0); // files exist that the register does not know yet
    const reg = school.values('Документы');
    expect(reg.slice(1).every((r) => r[reg[0]!.indexOf('Статус')] === 'в очереди')).toBe(true);
    // The same window retries: it may take over its own batch at once.
    const runs = driveRun(school, first, 'sidebar-1');
    expect(runs.at(-1)).toMatchObject({ finished: true, total: 10, done: 10, errors: 0 });
    expectOneProgramPerPair(school);
  });

  test('another window waits while a batch holds the run; once the hold expires it continues', () => {
    const school = documentsSchool({ pairs: 6 });
    const first = start(school);
    school.world.faults.timeLimitAfterCalls = 300;
    expect(() =>
      school.run((ctx) => continueRun(ctx, { runId: first.runId, client: 'closed-sidebar' }), 'rpc'),
    ).toThrow();
    school.world.faults.timeLimitAfterCalls = undefined;
    const busy = school.run((ctx) => continueRun(ctx, { runId: first.runId, client: 'new-sidebar' }), 'rpc');
    expect(busy).toMatchObject({ stopped: 'busy', finished: false, processed: [] });
    expect(busy.message).toMatch(/в другом окне/);
    school.world.clock.advance(LEASE_MS + 60_000);
    const runs = driveRun(school, busy, 'new-sidebar');
    expect(runs.at(-1)).toMatchObject({ finished: true, done: 6 });
    expectOneProgramPerPair(school);
  });

  test('a document that fails to render is recorded with its file: the next run fills that file, no second copy', () => {
    const school = documentsSchool({ pairs: 3 });
    school.world.faults.failNext!.set('Body.setHeadingAttributes', 'Служба документов временно недоступна');
    const runs = school.generate({ kind: 'programs' });
    expect(runs.at(-1)).toMatchObject({ finished: true, done: 2, errors: 1 });
    const failed = runs.flatMap((r) => r.processed).find((p) => p.status === 'error')!;
    expect(failed.message).toContain('Служба документов временно недоступна');
    expect(listDocuments(school.world)).toHaveLength(3);
    const again = school.generate({ kind: 'programs' }).at(-1)!;
    expect(again).toMatchObject({ finished: true, done: 3, errors: 0 });
    expectOneProgramPerPair(school);
  });
});

describe('the daily quota of new documents (250 consumer / 1,500 Workspace)', () => {
  test('the add-on stops at the limit set in «Настройки» with a clear message and continues the next day', () => {
    const school = documentsSchool({ pairs: 7 });
    school.setSetting('Лимит новых документов в день', '4');
    const preview = school.preview({ kind: 'programs' });
    expect(preview.quota).toEqual({ used: 0, limit: 4, remaining: 4, needed: 7 });
    expect(preview.missing.some((m) => m.message.startsWith('Сегодня можно создать ещё 4 новых документов из 7'))).toBe(
      true,
    );
    const today = school.generate({ kind: 'programs' }).at(-1)!;
    expect(today).toMatchObject({
      stopped: 'quota',
      finished: false,
      done: 4,
      remaining: 3,
      quota: { used: 4, limit: 4 },
    });
    expect(today.message).toMatch(
      /^Сегодня создано 4 новых документов — это дневной лимит Google \(4\)\. Осталось сформировать: 3\. Продолжите завтра/,
    );
    // Same day: «Продолжить» stops again at once, creating nothing.
    const retry = school.run((ctx) => continueRun(ctx, { runId: today.runId, client: 'x' }), 'rpc');
    expect(retry).toMatchObject({ stopped: 'quota', done: 4 });
    expect(listDocuments(school.world)).toHaveLength(4);
    school.world.clock.advance(DAY);
    const tomorrow = driveRun(school, retry).at(-1)!;
    expect(tomorrow).toMatchObject({ finished: true, done: 7, quota: { used: 3, limit: 4 } });
    expectOneProgramPerPair(school);
  });

  test('the consumer limit of 250: with 248 already created today, two more and a stop', () => {
    const school = documentsSchool({ pairs: 5 });
    const day = '2026-09-10';
    // What the add-on recorded today in this user's properties (its own counter, see src/app/documents/quota.ts).
    school.services.PropertiesService.getUserProperties().setProperty('docs.created', `${day}=248`);
    const last = school.generate({ kind: 'programs' }).at(-1)!;
    expect(last).toMatchObject({ stopped: 'quota', done: 2, quota: { used: 250, limit: 250 } });
    expect(listDocuments(school.world)).toHaveLength(2);
  });

  test('when Google itself refuses a new document (other scripts used the quota), the run stops and resumes tomorrow', () => {
    const school = documentsSchool({ pairs: 4 });
    setDocumentsCreatedToday(school.world, 249); // Google's count for this user: one left
    const runs = school.generate({ kind: 'programs' });
    const stop = runs.at(-1)!;
    expect(stop).toMatchObject({ stopped: 'create_failed', finished: false, done: 1, remaining: 3 });
    expect(stop.message).toMatch(/Google не дал создать документ/);
    expect(listDocuments(school.world)).toHaveLength(1);
    school.world.clock.advance(DAY);
    expect(driveRun(school, stop).at(-1)).toMatchObject({ finished: true, done: 4 });
    expectOneProgramPerPair(school);
  });
});
