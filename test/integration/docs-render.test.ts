// The documents domain rendered into emulated Google Docs: content, batched call counts, regeneration, Drive helpers.
import { buildOrder } from '../../src/domain/documents/order';
import { buildProgram } from '../../src/domain/documents/program';
import type { ResolvedPair } from '../../src/domain/documents/participants';
import { manyPairs } from '../../bench/scenarios/documents';
import {
  copyTemplate,
  createDocInFolder,
  ensureFolder,
  fileInfo,
  fillTemplate,
  renderToGoogleDoc,
} from '../../src/google/docs';
import { documentToHtml, documentToText, editDocumentAsPerson, listDocuments } from '../../tools/emulator/documents';
import { deleteFilePermanently, seedForeignFile, trashFile } from '../../tools/emulator/drive';
import { emulatedWorkbook } from '../support/context';
import { count, d, pairs, settings } from '../unit/documents/fixtures';

const order = (ps: readonly ResolvedPair[]) =>
  buildOrder({ settings, number: '112-од', date: d('2026-09-25'), pairs: ps });

/** DocumentApp/Drive calls of one execution rendering `doc`. */
function renderCounted(ps: readonly ResolvedPair[]) {
  const wb = emulatedWorkbook();
  const before = wb.world.calls.byMethod();
  const result = wb.run((ctx) => renderToGoogleDoc(ctx, order(ps).document));
  const after = wb.world.calls.byMethod();
  const calls: Record<string, number> = {};
  for (const [k, v] of Object.entries(after)) if (v - (before[k] ?? 0) > 0) calls[k] = v - (before[k] ?? 0);
  return { wb, result, calls, total: Object.values(calls).reduce((a, b) => a + b, 0) };
}

describe('order rendered into a Google Doc', () => {
  test('requisites, title, points, signature, the appendix table with every included pair once', () => {
    const { wb, result } = renderCounted(pairs);
    const text = documentToText(wb.world, result.docId);
    const built = order(pairs);
    expect(text.startsWith(settings.schoolFullName)).toBe(true);
    expect(text).toContain('ПРИКАЗ\n25.09.2026 | № 112-од\n');
    expect(text).toContain('О закреплении наставнических пар (групп) на 2026/2027 учебный год');
    expect(text).toContain('ПРИКАЗЫВАЮ:');
    expect(text).toMatch(/^1\. Закрепить наставнические пары/m);
    expect(text).toContain('Директор | ____________ | О.В. Петрова');
    expect(text).toContain('№ | Наставник (ФИО, должность) | Наставляемый(-ые) (ФИО, должность) | Форма | Срок');
    const appendix = text.split('\f')[1]!;
    for (const id of built.included) {
      const rp = pairs.find((p) => p.pair.id === id)!;
      for (const p of [...rp.mentors, ...rp.mentees]) expect(count(appendix, p.fullName)).toBeGreaterThanOrEqual(1);
      expect(count(appendix, rp.mentees[0]!.fullName)).toBe(1);
    }
    for (const ex of built.excluded) {
      const rp = pairs.find((p) => p.pair.id === ex.pairId)!;
      for (const m of rp.mentees) expect(appendix).not.toContain(m.fullName);
    }
    // The body does not start with the new document's empty paragraph.
    expect(text.split('\n')[0]).toBe(settings.schoolFullName);
  });

  test('ГОСТ page setup and fonts reach the document (A4, margins 30/15/20/20 mm, Times New Roman 14)', () => {
    const { wb, result } = renderCounted(pairs);
    const html = documentToHtml(wb.world, result.docId);
    expect(html).toContain('width:595.3pt');
    expect(html).toContain('min-height:841.9pt');
    expect(html).toMatch(/padding:56\.69\d*pt 42\.51\d*pt 56\.69\d*pt 85\.03\d*pt/);
    expect(html).toContain("font-family:'Times New Roman';font-size:14pt");
  });

  test('30 and 2,500 pairs take the same DocumentApp calls: each table is one appendTable', () => {
    const small = renderCounted(manyPairs(30));
    const large = renderCounted(manyPairs(2500));
    expect(large.calls).toEqual(small.calls);
    expect(small.calls['Body.appendTable']).toBe(4); // date/number row, director's signature, acknowledgements, appendix
    expect(small.calls['DocumentApp.create']).toBe(1);
    expect(small.calls['Document.saveAndClose']).toBe(1);
    expect(small.total).toBeLessThan(120);
    const text = documentToText(large.wb.world, large.result.docId);
    const appendix = text.split('\f')[1]!;
    expect(appendix.split('\n').filter((l) => /^\d+ \| /.test(l))).toHaveLength(2500);
    expect(appendix).toMatch(/\n2500 \| /);
  });

  test('re-rendering into the same docId updates that file (no copy), replacing its content and raising its version', () => {
    const wb = emulatedWorkbook();
    const first = wb.run((ctx) => renderToGoogleDoc(ctx, order(pairs).document));
    const v1 = wb.run((ctx) => fileInfo(ctx, first.docId))!;
    const fewer = pairs.slice(0, 1);
    const second = wb.run((ctx) => renderToGoogleDoc(ctx, order(fewer).document, { docId: first.docId }));
    expect(second.docId).toBe(first.docId);
    expect(listDocuments(wb.world)).toHaveLength(1);
    const text = documentToText(wb.world, first.docId);
    expect(count(text, 'ПРИКАЗЫВАЮ:')).toBe(1);
    expect(text).not.toContain(pairs[1]!.mentees[0]!.fullName);
    expect(wb.run((ctx) => fileInfo(ctx, first.docId))!.version).toBeGreaterThan(v1.version);
  });
});

describe('ПНП rendered into a Google Doc', () => {
  test('approval block, participants, plan table; one program costs a fixed number of calls', () => {
    const wb = emulatedWorkbook();
    const program = buildProgram({ settings, pair: pairs[0]!, approvalDate: d('2026-10-15') });
    const { docId } = wb.run((ctx) => renderToGoogleDoc(ctx, program.document));
    const text = documentToText(wb.world, docId);
    expect(
      text.startsWith('УТВЕРЖДАЮ\nДиректор МБОУ «СОШ №2» г. Сосногорска\n____________ О.В. Петрова\n15.10.2026'),
    ).toBe(true);
    expect(text).toContain('Иванова Светлана Николаевна');
    expect(text).toContain('Попова Анна Дмитриевна');
    for (const row of program.plan) expect(text).toContain(row.activity);
  });
});

describe('Drive helpers under drive.file', () => {
  test('ensureFolder creates «Наставничество 2026-2027» once, remembers it, recreates it only when gone', () => {
    const wb = emulatedWorkbook();
    const id1 = wb.run((ctx) => ensureFolder(ctx));
    const id2 = wb.run((ctx) => ensureFolder(ctx));
    expect(id2).toBe(id1);
    expect(wb.world.calls.count('Drive.Files.create')).toBe(1);
    trashFile(wb.world, id1);
    const id3 = wb.run((ctx) => ensureFolder(ctx));
    expect(id3).not.toBe(id1);
    deleteFilePermanently(wb.world, id3);
    expect(wb.run((ctx) => ensureFolder(ctx))).not.toBe(id3);
  });

  test('a document rendered into the folder; fileInfo tells a hand edit from our own generation; null once trashed', () => {
    const wb = emulatedWorkbook();
    const { docId, generated } = wb.run((ctx) => {
      const folderId = ensureFolder(ctx);
      const r = renderToGoogleDoc(ctx, order(pairs).document, { folderId });
      return { docId: r.docId, generated: fileInfo(ctx, r.docId)! };
    });
    expect(listDocuments(wb.world)[0]!.parents).toHaveLength(1);
    expect(wb.run((ctx) => fileInfo(ctx, docId))!.version).toBe(generated.version);
    wb.world.clock.advance(86_400_000);
    editDocumentAsPerson(wb.world, docId, (doc) => doc.getBody().appendParagraph('Исправлено вручную'));
    const now = wb.run((ctx) => fileInfo(ctx, docId))!;
    expect(now.version).toBeGreaterThan(generated.version);
    expect(now.modifiedTime > generated.modifiedTime).toBe(true);
    trashFile(wb.world, docId);
    expect(wb.run((ctx) => fileInfo(ctx, docId))).toBeNull();
  });

  test('copyTemplate + fillTemplate: placeholders filled once per key, unknown ones reported and removed', () => {
    const wb = emulatedWorkbook();
    const { copyId, report } = wb.run((ctx) => {
      const folderId = ensureFolder(ctx);
      const tpl = createDocInFolder(ctx, 'Шаблон приказа', folderId);
      const body = ctx.services.DocumentApp!.openById(tpl.id).getBody();
      body.appendParagraph('Приказ № {{номер_приказа}} от {{дата_приказа}}');
      body.appendParagraph('Школа: {{школа}}. {{неизвестное}} и снова {{номер_приказа}}');
      const copy = copyTemplate(ctx, tpl.id, 'Приказ № 112-од', folderId);
      const report = fillTemplate(ctx, copy.id, {
        номер_приказа: '112-од',
        дата_приказа: '25.09.2026',
        школа: 'МБОУ «СОШ №2»',
      });
      return { copyId: copy.id, report };
    });
    expect(report.unknown).toEqual(['неизвестное']);
    const text = documentToText(wb.world, copyId);
    expect(text).toContain('Приказ № 112-од от 25.09.2026');
    expect(text).toContain('Школа: МБОУ «СОШ №2».  и снова 112-од');
    expect(text).not.toContain('{{');
    expect(wb.world.calls.count('Body.replaceText')).toBe(4); // three keys + one sweep of the unknown
  });

  test('copyTemplate of a template the add-on did not create fails (drive.file)', () => {
    const wb = emulatedWorkbook();
    const foreign = seedForeignFile(wb.world, { name: 'Шаблон из интернета', lines: ['{{фио}}'] });
    expect(() => wb.run((ctx) => copyTemplate(ctx, foreign.id, 'Копия', ensureFolder(ctx)))).toThrow(/File not found/);
  });
});
