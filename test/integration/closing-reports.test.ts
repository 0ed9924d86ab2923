// «Отчёт о мониторинге реализации ПНП» and the pairs' final reports through the documents feature's runs: tables,
// charts as images (so they print), the SWOT prefilled; registered in «Документы»; a hand-edited report is kept.
import { generateClosingDocuments } from '../../src/app/closing/reports';
import { previewDocuments } from '../../src/app/documents/preview';
import { listDocuments, documentToText, documentToHtml, editDocumentAsPerson } from '../../tools/emulator/documents';
import { closingSchool } from '../support/closing-school';

const registerRow = (wb: ReturnType<typeof closingSchool>['wb'], key: string) => {
  const [header, ...rows] = wb.values('Документы');
  const at = (h: string) => header!.indexOf(h);
  const row = rows.find((r) => r[at('Ключ')] === key);
  return row ? Object.fromEntries(header!.map((h, i) => [String(h), row[i]])) : null;
};

describe('the monitoring report', () => {
  it('is one Google Doc with the numbers, the charts as images and the SWOT to edit, registered in «Документы»', () => {
    const { wb } = closingSchool();
    const r = wb.run((ctx) =>
      generateClosingDocuments(ctx, { kind: 'monitoringReport', pairIds: null, overwrite: [] }),
    );
    expect(r.finished).toBe(true);
    expect(r.done).toBe(1);
    const docs = listDocuments(wb.world);
    const report = docs.find((d) => d.name.startsWith('Отчёт о мониторинге реализации ПНП'))!;
    expect(report.name).toBe('Отчёт о мониторинге реализации ПНП 2026/2027');
    const text = documentToText(wb.world, report.id);
    for (const section of [
      '1. Общие сведения',
      '2. Оценка качества реализации программ',
      '3. Динамика профессиональных компетенций',
      '5. Пары и группы, требующие внимания',
      '9. Анализ сильных и слабых сторон (SWOT)',
      '10. Выводы',
    ])
      expect(text).toContain(section);
    expect(text).toContain('Комфортность общения с наставником');
    expect(text).toContain('Сильные стороны');
    const html = documentToHtml(wb.world, report.id);
    expect((html.match(/<img src="data:image\/png;base64,/g) ?? []).length).toBe(3);
    const row = registerRow(wb, 'monitoring-report:2026-2027')!;
    expect(row).not.toBeNull();
    expect(Object.values(row)).toContain('отчёт о мониторинге');
    expect(Object.values(row)).toContain('готов');
  });

  it('is previewed in «Документы» with its charts drawn, and generation would create it', () => {
    const { wb } = closingSchool();
    const p = wb.run((ctx) =>
      previewDocuments(ctx, { request: { kind: 'monitoringReport', pairIds: null, consentMode: 'pagePerPerson' } }),
    );
    expect(p.title).toBe('Отчёт о мониторинге реализации ПНП 2026/2027');
    expect(p.missing).toEqual([]);
    expect(p.counts).toEqual({ create: 1, update: 0, unchanged: 0, edited: 0 });
    expect((p.html.match(/<svg/g) ?? []).length).toBe(3);
    expect(p.canGenerate).toBe(true);
  });

  it('regenerated the same day it changes nothing; edited by hand it is kept unless the curator agrees to overwrite', () => {
    const { wb } = closingSchool();
    wb.run((ctx) => generateClosingDocuments(ctx, { kind: 'monitoringReport', pairIds: null, overwrite: [] }));
    const again = wb.run((ctx) =>
      generateClosingDocuments(ctx, { kind: 'monitoringReport', pairIds: null, overwrite: [] }),
    );
    expect(again.processed[0]!.message).toContain('Без изменений');
    const report = listDocuments(wb.world).find((d) => d.name.startsWith('Отчёт о мониторинге'))!;
    editDocumentAsPerson(wb.world, report.id, (doc) => doc.getBody().appendParagraph('Куратор дописал вывод.'));
    // New answers change the report; the curator's edit is kept.
    wb.world.clock.set(new Date('2027-06-21T10:00:00+03:00').getTime());
    const edited = wb.run((ctx) =>
      generateClosingDocuments(ctx, { kind: 'monitoringReport', pairIds: null, overwrite: [] }),
    );
    expect(edited.edited).toBe(1);
    expect(documentToText(wb.world, report.id)).toContain('Куратор дописал вывод.');
    const over = wb.run((ctx) =>
      generateClosingDocuments(ctx, {
        kind: 'monitoringReport',
        pairIds: null,
        overwrite: ['monitoring-report:2026-2027'],
      }),
    );
    expect(over.done).toBe(1);
    expect(documentToText(wb.world, report.id)).not.toContain('Куратор дописал вывод.');
  });
});

describe('final reports of the pairs', () => {
  it('one per finished pair, from its plan and its monitoring', () => {
    const { wb, pairIds } = closingSchool({ programs: true });
    const finished = pairIds.slice(0, Math.ceil(pairIds.length / 2));
    const r = wb.run((ctx) => generateClosingDocuments(ctx, { kind: 'pairReports', pairIds: null, overwrite: [] }));
    expect(r.total).toBe(finished.length);
    const docs = listDocuments(wb.world).filter((d) => d.name.startsWith('Итоговый отчёт о реализации ПНП'));
    expect(docs.map((d) => d.name.slice(-11)).sort()).toEqual([...finished].sort());
    const text = documentToText(wb.world, docs.find((d) => d.name.endsWith(finished[0]!))!.id);
    expect(text).toContain('1. Выполнение плана');
    expect(text).toMatch(/Выполнено мероприятий: 0 из \d+/);
    expect(text).toContain('2. Результаты мониторинга');
    expect(text).toContain('Наставник');
  });
});
