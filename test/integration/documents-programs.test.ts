// Consents and programs through the use cases: both consent modes, programs for all and for selected pairs with
// their plan on «План», regeneration into the same files, hand-edited documents left alone unless confirmed, cancel.
import { selectedPairIds } from '../../src/app/documents/overview';
import { setupWorkbook } from '../../src/app/setup-workbook';
import { defaultActivityLibrary } from '../../src/domain/vocabulary/defaults';
import { continueRun, cancelRun, startRun } from '../../src/app/documents/run';
import { documentToText, editDocumentAsPerson, listDocuments } from '../../tools/emulator/documents';
import { documentsSchool, driveRun, fullRequest, type DocumentsSchool } from '../support/documents';

function table(school: DocumentsSchool, name: string) {
  const [head, ...rows] = school.values(name);
  const at = (h: string) => head!.indexOf(h);
  return { rows, at, get: (r: unknown[], h: string) => r[at(h)] };
}

/** Participants of the pairs from the sheets: names by role, and the pairs each mentor has. */
function participants(school: DocumentsSchool) {
  const names = new Map<string, string>();
  for (const bank of ['Наставники', 'Наставляемые']) {
    const t = table(school, bank);
    for (const r of t.rows) names.set(String(t.get(r, 'ID')), String(t.get(r, 'ФИО')));
  }
  const pairs = table(school, 'Пары и группы');
  const mentors = new Set<string>();
  const mentees = new Set<string>();
  for (const r of pairs.rows) {
    for (const id of String(pairs.get(r, 'ID наставников')).split('; ')) mentors.add(names.get(id)!);
    for (const id of String(pairs.get(r, 'ID наставляемых')).split('; ')) mentees.add(names.get(id)!);
  }
  return { mentors: [...mentors], mentees: [...mentees] };
}

describe('«Сформировать согласия»', () => {
  test('one document, each consent on its own page, a draft agreement after each mentor', () => {
    const school = documentsSchool({ pairs: 5 });
    const { mentors, mentees } = participants(school);
    const last = school.generate({ kind: 'consents', consentMode: 'pagePerPerson' }).at(-1)!;
    expect(last).toMatchObject({ finished: true, total: 1, done: 1 });
    const docs = listDocuments(school.world);
    expect(docs.map((d) => d.name)).toEqual(['Согласия участников наставничества 2026/2027']);
    const pages = documentToText(school.world, docs[0]!.id).split('\f');
    // A page per participant plus one per mentor's agreement draft.
    expect(pages).toHaveLength(mentors.length * 2 + mentees.length);
    for (const name of [...mentors, ...mentees]) expect(pages.filter((p) => p.includes(`Я, ${name},`))).toHaveLength(1);
    expect(pages.filter((p) => p.includes('ДОПОЛНИТЕЛЬНОЕ СОГЛАШЕНИЕ'))).toHaveLength(mentors.length);
    expect(pages[0]).toContain('Директору МБОУ «СОШ № 7»');
  });

  test('one document per participant: each about one person, a register row each, no pair links', () => {
    const school = documentsSchool({ pairs: 5 });
    const { mentors, mentees } = participants(school);
    const runs = school.generate({ kind: 'consents', consentMode: 'perPerson' });
    expect(runs.at(-1)).toMatchObject({
      finished: true,
      total: mentors.length + mentees.length,
      done: mentors.length + mentees.length,
    });
    const docs = listDocuments(school.world);
    expect(docs).toHaveLength(mentors.length + mentees.length);
    for (const name of [...mentors, ...mentees]) {
      const mine = docs.filter((d) => documentToText(school.world, d.id).includes(`Я, ${name},`));
      expect([name, mine.length]).toEqual([name, 1]);
    }
    const reg = table(school, 'Документы');
    const keys = reg.rows.map((r) => String(reg.get(r, 'Ключ')));
    expect(keys.filter((k) => k.startsWith('consent:mentor:'))).toHaveLength(mentors.length);
    expect(keys.filter((k) => k.startsWith('consent:mentee:'))).toHaveLength(mentees.length);
    expect(reg.rows.every((r) => reg.get(r, 'Тип') === 'согласие' && reg.get(r, 'Статус') === 'готов')).toBe(true);
    const pairs = table(school, 'Пары и группы');
    expect(pairs.rows.every((r) => pairs.get(r, 'Статус') === 'сформирована')).toBe(true);
  });
});

describe('«Сформировать программы»', () => {
  const school = documentsSchool({ pairs: 10 });

  test('all pairs: a ПНП each, in batches; plan items on «План»; links and «программа готова» on the pairs', () => {
    const runs = school.generate({ kind: 'programs' });
    const last = runs.at(-1)!;
    expect(last).toMatchObject({ finished: true, total: 10, done: 10, errors: 0 });
    expect(runs.length).toBeGreaterThan(2); // start + at least two batches: 10 documents do not fit one batch
    const docs = listDocuments(school.world);
    expect(docs).toHaveLength(10);
    const pairs = table(school, 'Пары и группы');
    const plan = table(school, 'План');
    for (const r of pairs.rows) {
      const id = String(pairs.get(r, 'ID пары/группы'));
      const link = String(pairs.get(r, 'Программа (ПНП)'));
      const doc = docs.find((d) => link.includes(d.id))!;
      expect(doc.name.startsWith(`ПНП ${id}`)).toBe(true);
      expect(pairs.get(r, 'Статус')).toBe('программа готова');
      const text = documentToText(school.world, doc.id);
      expect(text).toContain(`(${id})`);
      for (const name of String(pairs.get(r, 'Наставляемые')).split('; ')) expect(text).toContain(name);
      expect(text).toContain('УТВЕРЖДАЮ');
      const items = plan.rows.filter((p) => plan.get(p, 'ID пары/группы') === id);
      expect(items.length).toBeGreaterThanOrEqual(3);
      for (const p of items) {
        expect(text).toContain(String(plan.get(p, 'Мероприятие')));
        expect(plan.get(p, 'В программе')).toBe('да');
        expect(plan.get(p, 'Срок с')).toBeInstanceOf(Date);
      }
    }
  });

  test('selected pairs only: the others are not touched', () => {
    const ids = school.pairIds.slice(2, 4);
    const pairs = table(school, 'Пары и группы');
    const row = pairs.rows.find((r) => pairs.get(r, 'ID пары/группы') === ids[0])!;
    // A change in one selected pair: its program must be rewritten, the other selected one is unchanged.
    const rowIndex = pairs.rows.indexOf(row) + 2;
    school.paste('Пары и группы', rowIndex, [[...row.slice(0, pairs.at('Окончание (план)')), '31.05.2027']]);
    const versions = new Map(listDocuments(school.world).map((d) => [d.id, d.version]));
    const last = school.generate({ kind: 'programs', pairIds: ids }).at(-1)!;
    expect(last).toMatchObject({ total: 2, done: 2 });
    expect(last.processed.map((p) => p.key).sort()).toEqual(ids.map((i) => `program:${i}`).sort());
    const after = listDocuments(school.world);
    expect(after).toHaveLength(10);
    const changed = after.filter((d) => d.version !== versions.get(d.id));
    expect(changed).toHaveLength(1);
    expect(documentToText(school.world, changed[0]!.id)).toContain('с 01.10.2026 по 31.05.2027');
    const reg = table(school, 'Документы');
    const entry = reg.rows.find((r) => reg.get(r, 'Ключ') === `program:${ids[0]}`)!;
    expect(reg.get(entry, 'Версия')).toBe(2);
    expect(reg.rows.find((r) => reg.get(r, 'Ключ') === `program:${ids[1]}`)![reg.at('Версия')]).toBe(1);
  });

  test('a program edited by hand is not overwritten without asking; with the curator’s consent it is', () => {
    const [id] = school.pairIds;
    const key = `program:${id}`;
    const reg = table(school, 'Документы');
    const fileId = String(reg.rows.find((r) => reg.get(r, 'Ключ') === key)![reg.at('ID файла')]);
    school.world.clock.advance(3_600_000);
    editDocumentAsPerson(school.world, fileId, (d) => d.getBody().appendParagraph('Правка наставника вручную'));
    // The library changes, so every program would change.
    school.paste('Типовые мероприятия', 2, [
      ['все программы', 'Встреча с администрацией школы', 'беседа', '1', 'знакомство', 'запись'],
    ]);
    const p = school.preview({ kind: 'programs' });
    expect(p.edited.map((e) => e.key)).toEqual([key]);
    const refused = school.generate({ kind: 'programs' }).at(-1)!;
    expect(refused).toMatchObject({ finished: true, total: 10, done: 9, edited: 1 });
    expect(documentToText(school.world, fileId)).toContain('Правка наставника вручную');
    const after = table(school, 'Документы');
    expect(after.rows.find((r) => after.get(r, 'Ключ') === key)![after.at('Статус')]).toBe('изменён вручную');
    const confirmed = school.generate({ kind: 'programs', pairIds: [id!] }, { overwrite: [key] }).at(-1)!;
    expect(confirmed).toMatchObject({ done: 1, edited: 0 });
    expect(documentToText(school.world, fileId)).not.toContain('Правка наставника вручную');
    expect(documentToText(school.world, fileId)).toContain('Встреча с администрацией школы');
    expect(listDocuments(school.world)).toHaveLength(10);
  });

  test('a plan item dropped by the new version stays on «План» with the curator’s mark, marked «нет»', () => {
    const plan = table(school, 'План');
    const [id] = school.pairIds;
    const mine = plan.rows.filter((r) => plan.get(r, 'ID пары/группы') === id);
    expect(mine.some((r) => plan.get(r, 'Мероприятие') === 'Встреча с администрацией школы')).toBe(true);
    const rowNumber =
      plan.rows.indexOf(mine.find((r) => plan.get(r, 'Мероприятие') === 'Встреча с администрацией школы')!) + 2;
    // The curator marks the item done, then the library row goes away.
    const markCol = plan.at('Отметка о выполнении') + 1;
    school.spreadsheet().getSheetByName('План')!.getRange(rowNumber, markCol).setValue('выполнено 02.10.2026');
    school.spreadsheet().getSheetByName('Типовые мероприятия')!.getRange(2, 1, 1, 6).clearContent();
    school.generate({ kind: 'programs', pairIds: [id!] }, { overwrite: [`program:${id}`] });
    const after = table(school, 'План');
    const row = after.rows[rowNumber - 2]!;
    expect(after.get(row, 'Мероприятие')).toBe('Встреча с администрацией школы');
    expect(after.get(row, 'Отметка о выполнении')).toBe('выполнено 02.10.2026');
    expect(after.get(row, 'В программе')).toBe('нет — исключено при обновлении ПНП');
  });

  test('cancel: what is written stays, the rest is marked cancelled and the run is over', () => {
    const s = documentsSchool({ pairs: 10 });
    const first = s.run((ctx) => startRun(ctx, { request: fullRequest({ kind: 'programs' }), overwrite: [] }), 'rpc');
    const one = s.run((ctx) => continueRun(ctx, { runId: first.runId, client: 'a' }), 'rpc');
    expect(one.done).toBeGreaterThan(0);
    expect(one.finished).toBe(false);
    const cancelled = s.run((ctx) => cancelRun(ctx, first.runId), 'rpc')!;
    expect(cancelled).toMatchObject({ finished: true, done: one.done, cancelled: 10 - one.done });
    expect(listDocuments(s.world)).toHaveLength(one.done);
    const after = s.run((ctx) => continueRun(ctx, { runId: first.runId, client: 'a' }), 'rpc');
    expect(after.message).toBe('Формирование уже завершено или отменено.');
    // A new run starts where the register says: the cancelled ones are generated, the written ones are unchanged.
    const again = driveRun(
      s,
      s.run((ctx) => startRun(ctx, { request: fullRequest({ kind: 'programs' }), overwrite: [] }), 'rpc'),
    ).at(-1)!;
    expect(again).toMatchObject({ finished: true, done: 10 });
    expect(listDocuments(s.world)).toHaveLength(10);
  });
});

describe('«выделенные на листе»', () => {
  test('the rows selected on «Пары и группы» give their pair ids; a selection elsewhere is a clear message', () => {
    const school = documentsSchool({ pairs: 5 });
    const sheet = school.spreadsheet().getSheetByName('Пары и группы')!;
    sheet.getRange('B3:D4').activate();
    expect(school.run((ctx) => selectedPairIds(ctx), 'rpc')).toEqual(school.pairIds.slice(1, 3));
    school.spreadsheet().getSheetByName('Настройки')!.getRange('A2').activate();
    expect(() => school.run((ctx) => selectedPairIds(ctx), 'rpc')).toThrow(
      'Выделите строки пар на листе «Пары и группы» и нажмите кнопку ещё раз.',
    );
  });
});

describe('«Типовые мероприятия» in setup', () => {
  test('seeded once from the built-in library; a second setup keeps what the curator changed', () => {
    const school = documentsSchool({ pairs: 1 });
    const rows = school.values('Типовые мероприятия');
    expect(rows[0]).toEqual([
      'Запрос / компетенция',
      'Мероприятие',
      'Форма работы',
      'Месяцы программы',
      'Ожидаемый результат',
      'Форма отчётности',
    ]);
    expect(rows.length - 1).toBe(defaultActivityLibrary.length);
    expect(rows.filter((r) => r[0] === 'все программы')).toHaveLength(
      defaultActivityLibrary.filter((a) => a.request === '*').length,
    );
    school.paste('Типовые мероприятия', 2, [
      ['все программы', 'Своё мероприятие школы', 'встреча', '1', 'итог', 'протокол'],
    ]);
    school.run((ctx) => setupWorkbook(ctx));
    const again = school.values('Типовые мероприятия');
    expect(again).toHaveLength(rows.length);
    expect(again[1]![1]).toBe('Своё мероприятие школы');
  });
});
