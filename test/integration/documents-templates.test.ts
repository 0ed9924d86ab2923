// «Шаблоны»: editable template documents created once; generation copies and fills them (tables where a block
// placeholder stands, values in the header too); unknown placeholders are reported and never left in the output.
import { createTemplates, listTemplates, setTemplateActive } from '../../src/app/documents/templates';
import { documentToText, editDocumentAsPerson, listDocuments, sectionText } from '../../tools/emulator/documents';
import { documentsSchool } from '../support/documents';

describe('school templates', () => {
  const school = documentsSchool({ pairs: 4 });
  const templates = () => school.run((ctx) => listTemplates(ctx, { check: true }), 'rpc');

  test('«Шаблоны» creates four editable documents once, recorded in «Документы» and in use', () => {
    const list = school.run((ctx) => createTemplates(ctx), 'menu');
    expect(list.map((t) => [t.kind, t.exists, t.active])).toEqual([
      ['order', true, true],
      ['consentMentor', true, true],
      ['consentMentee', true, true],
      ['program', true, true],
    ]);
    school.run((ctx) => createTemplates(ctx), 'menu');
    expect(listDocuments(school.world)).toHaveLength(4);
    const [head, ...rows] = school.values('Документы');
    expect(rows.map((r) => [r[head!.indexOf('Тип')], r[head!.indexOf('Статус')]])).toEqual(
      Array(4).fill(['шаблон', 'используется']),
    );
    const program = documentToText(school.world, list.find((t) => t.kind === 'program')!.url.match(/d\/([^/]+)/)![1]!);
    for (const ph of ['{{должность_директора}}', '{{пара}}', '{{участники}}', '{{план}}', '{{цель}}'])
      expect(program).toContain(ph);
    expect(program).not.toContain('МБОУ «СОШ № 7»'); // placeholders, not this year's values
    // The sidebar documents every placeholder of each kind.
    expect(list.find((t) => t.kind === 'order')!.placeholders.map((p) => p.name)).toEqual(
      expect.arrayContaining(['номер_приказа', 'таблица_пар', 'лист_ознакомления', 'положение']),
    );
  });

  test('a school edits its template: letterhead, wording, an unknown field — reported before generation', () => {
    const id = templates()
      .find((t) => t.kind === 'program')!
      .url.match(/d\/([^/]+)/)![1]!;
    school.world.clock.advance(3_600_000);
    editDocumentAsPerson(school.world, id, (doc) => {
      doc.addHeader().appendParagraph('Бланк {{ Школа }}');
      const body = doc.getBody();
      body.replaceText('Персонализированная программа наставничества', 'ПРОГРАММА НАСТАВНИЧЕСТВА (форма школы)');
      body.appendParagraph('Особые условия: {{условия}}. Номер приказа: {{номер_приказа}}.');
    });
    const t = templates().find((x) => x.kind === 'program')!;
    expect(t.problems).toEqual([
      'неизвестные поля {{условия}} — будут удалены из документов',
      'поля {{номер_приказа}} не относятся к этому документу — будут удалены',
    ]);
    const p = school.preview({ kind: 'programs' });
    expect(p.template?.title).toBe('Шаблон — Персонализированная программа наставничества');
    expect(
      p.missing.filter((m) => m.message.startsWith('Шаблон «Шаблон — Персонализированная программа наставничества»')),
    ).toHaveLength(2);
  });

  test('programs from the template: the school’s wording, tables in place of block fields, no {{…}} left', () => {
    const runs = school.generate({ kind: 'programs' });
    expect(runs.at(-1)).toMatchObject({ finished: true, done: 4, errors: 0 });
    const item = runs.flatMap((r) => r.processed)[0]!;
    expect(item.message).toContain('по шаблону «Шаблон — Персонализированная программа наставничества»');
    expect(item.message).toContain('в шаблоне поля без значения удалены: {{условия}}, {{номер_приказа}}');
    const programs = listDocuments(school.world).filter((d) => d.name.startsWith('ПНП '));
    expect(programs).toHaveLength(4);
    const plan = school.values('План');
    for (const doc of programs) {
      const text = documentToText(school.world, doc.id);
      const pairId = doc.name.split(' ')[1]!;
      expect(text).toContain('ПРОГРАММА НАСТАВНИЧЕСТВА (форма школы)');
      expect(text).toContain(`(${pairId})`);
      expect(text).not.toMatch(/\{\{|\}\}/);
      expect(text).toContain('Особые условия: . Номер приказа: .');
      expect(text).toMatch(
        /\n№ \| Направление \| Мероприятие \| Форма работы \| Срок \| Ожидаемый результат \| Форма отчётности \/ отметка о выполнении\n/,
      );
      for (const r of plan.filter((row) => row[0] === pairId))
        expect(text).toContain(String(r[plan[0]!.indexOf('Мероприятие')]));
      expect(text).toMatch(/\nНаставник \| .+ \| .+\n/);
    }
    // The letterhead is filled too ({{ Школа }}: any case and spacing, the full name of the school).
    for (const doc of programs)
      expect(sectionText(school.world, doc.id, 'header').trim()).toBe(
        'Бланк Муниципальное бюджетное общеобразовательное учреждение «Средняя общеобразовательная школа № 7»',
      );
  });

  test('the template edited again: regeneration rewrites the same files from it; switched off, the built-in layout returns', () => {
    const before = listDocuments(school.world)
      .filter((d) => d.name.startsWith('ПНП '))
      .map((d) => d.id)
      .sort();
    const id = templates()
      .find((t) => t.kind === 'program')!
      .url.match(/d\/([^/]+)/)![1]!;
    school.world.clock.advance(3_600_000);
    editDocumentAsPerson(school.world, id, (doc) => doc.getBody().appendParagraph('Редакция шаблона № 2'));
    expect(school.generate({ kind: 'programs' }).at(-1)).toMatchObject({ finished: true, done: 4 });
    const after = listDocuments(school.world).filter((d) => d.name.startsWith('ПНП '));
    expect(after.map((d) => d.id).sort()).toEqual(before);
    for (const d of after) {
      const text = documentToText(school.world, d.id);
      expect(text).toContain('Редакция шаблона № 2');
      expect(text.match(/ПРОГРАММА НАСТАВНИЧЕСТВА \(форма школы\)/g)).toHaveLength(1);
      expect(text).not.toContain('{{');
    }
    school.run((ctx) => setTemplateActive(ctx, 'program', false), 'rpc');
    school.generate({ kind: 'programs' });
    for (const d of after) {
      const text = documentToText(school.world, d.id);
      expect(text).toContain('Персонализированная программа наставничества');
      expect(text).not.toContain('Редакция шаблона № 2');
    }
  });

  test('the order and per-person consents from their templates: the pairs table and the acknowledgement list in place', () => {
    expect(school.generate({ kind: 'order' }).at(-1)).toMatchObject({ finished: true, done: 1 });
    const order = listDocuments(school.world).find((d) => d.name.startsWith('Приказ '))!;
    const text = documentToText(school.world, order.id);
    expect(text).not.toContain('{{');
    expect(text).toContain('№ 112-од');
    expect(text).toMatch(
      /\n№ \| Наставник \(ФИО, должность\) \| Наставляемый\(-ые\) \(ФИО, должность\) \| Форма \| Срок\n1 \| /,
    );
    expect(text).toMatch(/С приказом ознакомлены:\n№ \| ФИО \| Должность \| Подпись \| Дата\n1 \| /);
    expect(school.generate({ kind: 'consents', consentMode: 'perPerson' }).at(-1)).toMatchObject({
      finished: true,
      errors: 0,
    });
    const consents = listDocuments(school.world).filter((d) => d.name.startsWith('Согласие'));
    expect(consents.length).toBeGreaterThan(4);
    for (const c of consents) {
      const t = documentToText(school.world, c.id);
      expect(t).toContain('Директору МБОУ «СОШ № 7»');
      expect(t).toMatch(/\n1\. .+ форма наставничества, срок с 01\.10\.2026 по 30\.06\.2027 \(НП-2026-00\d\)/);
      expect(t).not.toContain('{{');
    }
  });
});
