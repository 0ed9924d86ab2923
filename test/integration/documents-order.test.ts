// The order through the use cases on the demo school: preview reports who is left out and where to fix it; the
// generated Google Doc has the requisites, the Положение, every included pair once; links and statuses follow.
import { documentToText, listDocuments } from '../../tools/emulator/documents';
import { driveFile } from '../../tools/emulator/drive';
import { documentsSchool, type DocumentsSchool } from '../support/documents';

const ORDER_DATE = new Date('2026-09-25T00:00:00+03:00');

/** Included pairs computed from the sheets alone: every participant's consent date on or before the order date. */
function expectedOrder(school: DocumentsSchool) {
  const table = (name: string) => {
    const [head, ...rows] = school.values(name);
    const at = (h: string) => head!.indexOf(h);
    return { rows, at };
  };
  const consent = new Map<string, { name: string; ok: boolean }>();
  for (const bank of ['Наставники', 'Наставляемые']) {
    const t = table(bank);
    for (const r of t.rows) {
      const d = r[t.at('Согласие (дата)')];
      consent.set(String(r[t.at('ID')]), {
        name: String(r[t.at('ФИО')]),
        ok: d instanceof Date && d.getTime() <= ORDER_DATE.getTime(),
      });
    }
  }
  const pairs = table('Пары и группы');
  const all = pairs.rows.map((r) => {
    const ids = [
      ...String(r[pairs.at('ID наставников')]).split('; '),
      ...String(r[pairs.at('ID наставляемых')]).split('; '),
    ];
    return {
      id: String(r[pairs.at('ID пары/группы')]),
      people: ids.map((i) => consent.get(i)!),
      ok: ids.every((i) => consent.get(i)?.ok),
    };
  });
  return { included: all.filter((p) => p.ok), excluded: all.filter((p) => !p.ok) };
}

describe('«Сформировать приказ» on the demo school', () => {
  const school = documentsSchool({ pairs: 10 });
  const expected = expectedOrder(school);

  test('the demo has pairs on both sides of the consent rule', () => {
    expect(expected.included.length).toBeGreaterThan(2);
    expect(expected.excluded.length).toBeGreaterThan(0);
  });

  test('preview: pairs without consent are reported before generation, with the row to fix', () => {
    const p = school.preview({ kind: 'order' });
    expect(p.canGenerate).toBe(true);
    expect(p.items).toBe(1);
    expect(p.counts).toEqual({ create: 1, update: 0, unchanged: 0, edited: 0 });
    for (const x of expected.excluded) {
      const item = p.missing.find((m) => m.message.startsWith(`Пара ${x.id} не войдёт в приказ`));
      expect(item).toBeDefined();
      expect(item!.sheet).toBe('Пары и группы');
      expect(school.values('Пары и группы')[item!.row! - 1]![0]).toBe(x.id);
      for (const person of x.people.filter((pp) => !pp.ok))
        expect(p.missing.some((m) => m.message.startsWith(person.name) && m.column === 'Согласие (дата)')).toBe(true);
    }
    for (const x of expected.included) expect(p.missing.some((m) => m.message.includes(`Пара ${x.id} `))).toBe(false);
    // The preview is the document: the appendix lists the included pairs.
    for (const x of expected.included) for (const person of x.people) expect(p.html).toContain(person.name);
    expect(p.html).toContain('112-од');
  });

  test('generation: one Google Doc in «Наставничество 2026-2027», requisites, number, date, Положение, every included pair once', () => {
    const runs = school.generate({ kind: 'order' });
    const last = runs.at(-1)!;
    expect(last).toMatchObject({ finished: true, total: 1, done: 1, errors: 0, stopped: null });
    const docs = listDocuments(school.world);
    expect(docs).toHaveLength(1);
    expect(docs[0]!.parents.map((id) => driveFile(school.world, id)!.name)).toEqual(['Наставничество 2026-2027']);
    const text = documentToText(school.world, docs[0]!.id);
    expect(docs[0]!.name).toBe(
      'Приказ № 112-од от 25.09.2026 О закреплении наставнических пар (групп) на 2026/2027 учебный год',
    );
    expect(text.split('\n')[0]).toBe(
      'Муниципальное бюджетное общеобразовательное учреждение «Средняя общеобразовательная школа № 7»',
    );
    expect(text).toMatch(/ПРИКАЗ\n25\.09\.2026 \| № 112-од\s*\nг\. Сосногорск/);
    expect(text).toContain(
      'Положением о системе наставничества педагогических работников МБОУ «СОШ № 7», утверждённым приказом от 28.08.2026 № 95-од',
    );
    expect(text).toContain('статьёй 351.8 Трудового кодекса');
    expect(text).toMatch(/ПРИКАЗЫВАЮ:\n1\. Закрепить наставнические пары/);
    expect(text).toContain(
      'Назначить куратором реализации программ наставничества педагогических работников: Кузнецова Марина Сергеевна',
    );
    expect(text).toContain('в срок до 01.11.2026');
    expect(text).toContain('Директор | ____________ | О.В. Петрова'); // «директор» in «Настройки», capitalised to start the line
    const [, appendix] = text.split('\f');
    const rows = appendix!.split('\n').filter((l) => /^\d+ \| /.test(l));
    expect(rows).toHaveLength(expected.included.length);
    for (const x of expected.included)
      for (const person of x.people) expect(appendix!.split(person.name).length - 1).toBe(1);
    for (const x of expected.excluded)
      for (const person of x.people.filter((pp) => !pp.ok)) expect(text).not.toContain(person.name);
    expect(appendix).toContain('01.10.2026–30.06.2027');
    // «С приказом ознакомлены»: a line for every participant of the included pairs.
    const acks = text.split('\f')[0]!.split('С приказом ознакомлены:')[1]!;
    for (const x of expected.included) for (const person of x.people) expect(acks).toContain(person.name);
  });

  test('register row and pair links: type, number, date, link, version 1, who and when; «в приказе» for included pairs only', () => {
    const [head, ...rows] = school.values('Документы');
    const row = rows.find((r) => r[head!.indexOf('Ключ')] === 'order')!;
    const get = (h: string) => row[head!.indexOf(h)];
    expect(get('Тип')).toBe('приказ');
    expect(get('Номер')).toBe('112-од');
    expect((get('Дата') as Date).toISOString()).toBe('2026-09-24T21:00:00.000Z');
    expect(get('Версия')).toBe(1);
    expect(get('Статус')).toBe('готов');
    expect(get('Сформировал')).toBe('curator@school.example');
    expect(get('Когда')).toBeInstanceOf(Date);
    const link = String(get('Ссылка'));
    expect(link).toContain(listDocuments(school.world)[0]!.id);
    for (const x of expected.excluded) expect(String(get('Пояснение'))).toContain(x.id);
    const [ph, ...pairs] = school.values('Пары и группы');
    for (const r of pairs) {
      const id = String(r[ph!.indexOf('ID пары/группы')]);
      const included = expected.included.some((x) => x.id === id);
      expect([id, r[ph!.indexOf('Приказ')]]).toEqual([id, included ? link : '']);
      expect([id, r[ph!.indexOf('Статус')]]).toEqual([id, included ? 'в приказе' : 'сформирована']);
    }
    expect(school.values('Журнал').some((r) => String(r[2]).startsWith('Документы: приказ'))).toBe(true);
  });

  test('regenerating with the same data changes nothing; a changed setting updates the same file, version 2', () => {
    const before = listDocuments(school.world)[0]!;
    const again = school.generate({ kind: 'order' }).at(-1)!;
    expect(again.processed[0]!.message).toMatch(/^Без изменений/);
    expect(listDocuments(school.world)[0]!.version).toBe(before.version);
    school.setSetting('Приказ о закреплении пар: номер', '115-од');
    const changed = school.generate({ kind: 'order' }).at(-1)!;
    expect(changed.done).toBe(1);
    const docs = listDocuments(school.world);
    expect(docs).toHaveLength(1);
    expect(docs[0]!.id).toBe(before.id);
    expect(docs[0]!.name).toMatch(/^Приказ № 115-од/);
    expect(documentToText(school.world, before.id)).toContain('№ 115-од');
    const [head, ...rows] = school.values('Документы');
    expect(rows.filter((r) => r[head!.indexOf('Ключ')] === 'order')).toHaveLength(1);
    expect(rows.find((r) => r[head!.indexOf('Ключ')] === 'order')![head!.indexOf('Версия')]).toBe(2);
  });
});

describe('what is missing is said before generation', () => {
  test('no director name, no order number, no Положение: warnings with the «Настройки» row; no pair with consent: an error', () => {
    const school = documentsSchool({ pairs: 4 });
    school.setSetting('ФИО директора', '');
    school.setSetting('Приказ о закреплении пар: номер', '');
    school.setSetting('Положение о наставничестве: чем утверждено', '');
    const p = school.preview({ kind: 'order' });
    const settingsRows = school.values('Настройки').map((r) => r[0]);
    for (const [label, text] of [
      ['ФИО директора', 'Не указано ФИО директора'],
      ['Приказ о закреплении пар: номер', 'Не указан номер приказа'],
      ['Положение о наставничестве: чем утверждено', 'Не указано, каким приказом утверждено Положение'],
    ] as const) {
      const m = p.missing.find((x) => x.message.startsWith(text))!;
      expect(m).toMatchObject({ level: 'warning', sheet: 'Настройки', column: 'Значение' });
      expect(settingsRows[m.row! - 1]).toBe(label);
    }
    // Every pair loses consent once the order is dated before any consent was given.
    school.setSetting('Приказ о закреплении пар: дата', '01.09.2026');
    const none = school.preview({ kind: 'order' });
    expect(none.canGenerate).toBe(false);
    expect(none.missing[0]).toMatchObject({ level: 'error', message: 'Ни одна пара не может войти в приказ.' });
    expect(() => school.generate({ kind: 'order' })).toThrow(/Ни одна пара не может войти в приказ/);
    expect(listDocuments(school.world)).toHaveLength(0);
  });
});
