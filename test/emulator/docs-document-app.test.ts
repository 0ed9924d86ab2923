// DocumentApp contract: body structure, tables, removal, replaceText/findText, saveAndClose, missing documents, quota.
import { documentToText, editDocumentAsPerson, setDocumentsCreatedToday } from '../../tools/emulator/documents';
import { deleteFilePermanently } from '../../tools/emulator/drive';
import { docsWorld, thrown } from './docs-helpers';

const LOCALES = ['en', 'ru'] as const;

describe('DocumentApp: body structure', () => {
  // apps-script-facts §7.1 [U: universally observed]; gas-fakes DocumentApp.create behaves the same.
  test('a new document body holds exactly one empty paragraph', () => {
    const { run } = docsWorld();
    run(({ DocumentApp }) => {
      const body = DocumentApp.create('Новый').getBody();
      expect(body.getNumChildren()).toBe(1);
      expect(body.getChild(0).getType()).toBe(DocumentApp.ElementType.PARAGRAPH);
      expect(body.getText()).toBe('');
    });
  });

  // apps-script-facts §7.1: "a document cannot end with a table", so appendTable also appends a paragraph.
  test('appendTable(String[][]) appends the table and then an empty paragraph', () => {
    const { run } = docsWorld();
    run(({ DocumentApp }) => {
      const body = DocumentApp.create('Т').getBody();
      const t = body.appendTable([
        ['№', 'ФИО'],
        ['1', 'Иванова'],
      ]);
      expect(body.getNumChildren()).toBe(3);
      expect(body.getChild(1).getType()).toBe(DocumentApp.ElementType.TABLE);
      expect(body.getChild(2).getType()).toBe(DocumentApp.ElementType.PARAGRAPH);
      expect(body.getChild(2).asParagraph().getText()).toBe('');
      expect(t.getNumRows()).toBe(2);
      expect(t.getCell(1, 1).getText()).toBe('Иванова');
      expect(t.getRow(0).getNumCells()).toBe(2);
    });
  });

  // reference/document/body: insertParagraph / insertTable / insertPageBreak(childIndex, …) insert at a child index;
  // unlike appendTable, insertTable adds no paragraph after the table (only the end of a body must be a paragraph).
  test('insertParagraph, insertTable and insertPageBreak put the element at the child index', () => {
    const { run } = docsWorld();
    run(({ DocumentApp }) => {
      const body = DocumentApp.create('Т').getBody();
      body.appendParagraph('после');
      body.insertParagraph(1, 'вставка');
      body.insertTable(2, [['a', 'b']]);
      const br = body.insertPageBreak(3);
      expect(br.getType()).toBe(DocumentApp.ElementType.PAGE_BREAK);
      expect(body.getChildIndex(br.getParent())).toBe(3);
      const types = Array.from({ length: body.getNumChildren() }, (_, i) => String(body.getChild(i).getType()));
      expect(types).toEqual(['PARAGRAPH', 'PARAGRAPH', 'TABLE', 'PARAGRAPH', 'PARAGRAPH']);
      expect(body.getChild(4).asParagraph().getText()).toBe('после');
      expect(() => body.insertParagraph(9, 'x')).toThrow(/Child index \(9\)/);
    });
  });

  test('appendPageBreak puts the break inside a new paragraph; list items join one list', () => {
    const { run } = docsWorld();
    run(({ DocumentApp }) => {
      const body = DocumentApp.create('Т').getBody();
      const br = body.appendPageBreak();
      expect(br.getParent().getType()).toBe(DocumentApp.ElementType.PARAGRAPH);
      const a = body.appendListItem('первый');
      const b = body.appendListItem('второй').setNestingLevel(1).setGlyphType(DocumentApp.GlyphType.NUMBER);
      expect(a.getListId()).toBe(b.getListId());
      expect(b.getNestingLevel()).toBe(1);
      expect(body.getListItems()).toHaveLength(2);
    });
  });

  // apps-script-facts §7.1 [R*]: "Can't remove the last paragraph in a document section."
  test.each(LOCALES)('the last paragraph of the body cannot be removed (%s)', (locale) => {
    const { run } = docsWorld({ locale });
    run(({ DocumentApp }) => {
      const body = DocumentApp.create('Т').getBody();
      const e = thrown(() => body.getChild(0).removeFromParent());
      expect(e.message).toBe(
        locale === 'en'
          ? "Can't remove the last paragraph in a document section."
          : 'Невозможно удалить последний абзац в разделе документа.',
      );
      body.appendParagraph('второй');
      expect(() => body.removeChild(body.getChild(1))).toThrow();
      body.removeChild(body.getChild(0));
      expect(body.getText()).toBe('второй');
    });
  });

  test('clear() leaves one empty paragraph; setAttributes sets several attributes in one call', () => {
    const { run } = docsWorld();
    run(({ DocumentApp }) => {
      const body = DocumentApp.create('Т').getBody();
      const A = DocumentApp.Attribute;
      const p = body.appendParagraph('Приказ');
      p.setAttributes({
        [A.BOLD]: true,
        [A.HORIZONTAL_ALIGNMENT]: DocumentApp.HorizontalAlignment.CENTER,
        [A.FONT_SIZE]: 16,
      });
      expect(p.getAlignment()).toBe(DocumentApp.HorizontalAlignment.CENTER);
      expect(p.editAsText().isBold()).toBe(true);
      expect(p.getAttributes()[A.FONT_SIZE]).toBe(16);
      body.setAttributes({ [A.PAGE_WIDTH]: 595.3, [A.MARGIN_LEFT]: 85 });
      expect(body.getPageWidth()).toBe(595.3);
      expect(body.getMarginLeft()).toBe(85);
      body.clear();
      expect(body.getNumChildren()).toBe(1);
      expect(body.getText()).toBe('');
    });
  });

  test('Text: range styling with inclusive ends, appendText keeps its own formatting, insert/delete', () => {
    const { run } = docsWorld();
    run(({ DocumentApp }) => {
      const p = DocumentApp.create('Т').getBody().appendParagraph('Цель: развитие');
      const t = p.editAsText().setBold(0, 4, true);
      expect(t.isBold(0)).toBe(true);
      expect(t.isBold(5)).toBeFalsy();
      expect(t.getTextAttributeIndices()).toEqual([0, 5]);
      p.appendText(' (курсив)').setItalic(true);
      expect(p.getText()).toBe('Цель: развитие (курсив)');
      t.insertText(0, '1. ').deleteText(0, 2);
      expect(p.getText()).toBe('Цель: развитие (курсив)');
    });
  });
});

describe('DocumentApp: replaceText and findText (apps-script-facts §7.2, reference/document/body#replaceText)', () => {
  test('the pattern is a regular-expression string: "{" must be escaped to match placeholders literally', () => {
    const { run } = docsWorld();
    run(({ DocumentApp }) => {
      const body = DocumentApp.create('Т').getBody();
      body.appendParagraph('Директор {{директор}}, {{директор}}.');
      body.replaceText('\\{\\{директор\\}\\}', 'О.В. Петрова');
      expect(body.getText()).toBe('\nДиректор О.В. Петрова, О.В. Петрова.');
      body.appendParagraph('a.c abc');
      body.replaceText('a.c', 'X'); // "." is any character
      expect(body.getParagraphs()[2]!.getText()).toBe('X X');
    });
  });

  test('matches never cross paragraph boundaries', () => {
    const { run } = docsWorld();
    run(({ DocumentApp }) => {
      const body = DocumentApp.create('Т').getBody();
      body.appendParagraph('{{на');
      body.appendParagraph('чало}}');
      body.replaceText('\\{\\{начало\\}\\}', 'X');
      body.replaceText('на\\s*чало', 'Y');
      expect(body.getText()).toBe('\n{{на\nчало}}');
      expect(body.findText('на.чало')).toBeNull();
    });
  });

  test('RE2 has no backreferences or lookaround: such patterns are invalid; (?i) is supported', () => {
    const { run } = docsWorld();
    run(({ DocumentApp }) => {
      const body = DocumentApp.create('Т').getBody();
      body.appendParagraph('Абв абв');
      expect(() => body.replaceText('(а)\\1', 'x')).toThrow(/Invalid regular expression/);
      expect(() => body.replaceText('а(?=б)', 'x')).toThrow(/Invalid regular expression/);
      body.replaceText('(?i)абв', 'где');
      expect(body.getParagraphs()[1]!.getText()).toBe('где где');
    });
  });

  test('replaceText searches table cells too and returns the element; findText walks hits with "from"', () => {
    const { run } = docsWorld();
    run(({ DocumentApp }) => {
      const body = DocumentApp.create('Т').getBody();
      body.appendTable([
        ['{{a}}', 'x'],
        ['y', '{{b}}'],
      ]);
      expect(body.replaceText('\\{\\{a\\}\\}', '1')).toBeDefined();
      const first = body.findText('\\{\\{\\w+\\}\\}');
      expect(first!.getElement().asText().getText()).toBe('{{b}}');
      expect(first!.getStartOffset()).toBe(0);
      expect(first!.getEndOffsetInclusive()).toBe(4);
      expect(body.findText('\\{\\{\\w+\\}\\}', first!)).toBeNull();
    });
  });
});

describe('Document lifecycle', () => {
  // reference/document/document#saveAndClose(): "A closed Document can't be edited"; the exception text is the one
  // user scripts report ("Document is closed, its contents cannot be updated."). gas-fakes treats it as a no-op.
  test('after saveAndClose the handle and its elements throw; openById gives a fresh editable handle', () => {
    const { run } = docsWorld();
    run(({ DocumentApp }) => {
      const doc = DocumentApp.create('Т');
      const body = doc.getBody();
      body.appendParagraph('до');
      doc.saveAndClose();
      expect(doc.getId()).toBeTruthy(); // file metadata stays readable
      expect(thrown(() => body.appendParagraph('после')).message).toBe(
        'Document is closed, its contents cannot be updated.',
      );
      expect(() => doc.getBody()).toThrow();
      const again = DocumentApp.openById(doc.getId());
      again.getBody().appendParagraph('после');
      expect(again.getBody().getText()).toBe('\nдо\nпосле');
    });
  });

  // apps-script-facts §3.4 / §13: "Document <id> is missing (perhaps it was deleted?)", localized.
  test.each(LOCALES)('openById of a deleted or unknown document throws the missing-document error (%s)', (locale) => {
    const { world, run } = docsWorld({ locale });
    const id = run(({ DocumentApp }) => DocumentApp.create('Т').getId());
    deleteFilePermanently(world, id);
    const e = thrown(() => run(({ DocumentApp }) => DocumentApp.openById(id)));
    expect(e.message).toContain(id);
    expect(e.message).toMatch(locale === 'en' ? /is missing/ : /отсутствует/);
    expect(() => run(({ DocumentApp }) => DocumentApp.openById('nope'))).toThrow();
  });

  test('openByUrl, getAs("application/pdf") only, getActiveDocument is null in a Sheets add-on', () => {
    const { run } = docsWorld();
    run(({ DocumentApp }) => {
      const doc = DocumentApp.create('Приказ');
      expect(DocumentApp.openByUrl(doc.getUrl()).getId()).toBe(doc.getId());
      const pdf = doc.getAs('application/pdf');
      expect(pdf.getContentType()).toBe('application/pdf');
      expect(pdf.getName()).toBe('Приказ.pdf');
      expect(() => doc.getAs('image/png')).toThrow(/not supported/);
      expect(DocumentApp.getActiveDocument()).toBeNull();
      expect(doc.getHeader()).toBeNull();
      doc.addHeader().appendParagraph('шапка');
      expect(() => doc.addHeader()).toThrow();
    });
  });

  test('editDocumentAsPerson changes content outside any execution, uncounted', () => {
    const { world, run } = docsWorld();
    const id = run(({ DocumentApp }) => DocumentApp.create('Т').getId());
    const before = world.calls.total;
    editDocumentAsPerson(world, id, (doc) => doc.getBody().appendParagraph('правка куратора'));
    expect(world.calls.total).toBe(before);
    expect(documentToText(world, id)).toContain('правка куратора');
  });
});

describe('Documents created per day (apps-script-facts §3.1: 250 consumer / 1,500 Workspace)', () => {
  test.each([
    ['consumer', 250],
    ['workspace', 1500],
  ] as const)('%s accounts stop at %i documents a day, then reset the next day', (accountType, limit) => {
    for (const locale of LOCALES) {
      const { world, run } = docsWorld({ accountType, locale });
      setDocumentsCreatedToday(world, limit - 1);
      run(({ DocumentApp }) => DocumentApp.create('последний'));
      const e = thrown(() => run(({ DocumentApp }) => DocumentApp.create('лишний')));
      expect(e.message).toBe(
        locale === 'en'
          ? 'Service invoked too many times for one day: docs create.'
          : 'Сервис вызывался слишком много раз за день: docs create.',
      );
      world.clock.advance(24 * 3600 * 1000);
      expect(() => run(({ DocumentApp }) => DocumentApp.create('завтра'))).not.toThrow();
    }
  });

  test('create is counted as "DocumentApp.create" and needs the documents scope', () => {
    const { world, run } = docsWorld({ oauthScopes: ['https://www.googleapis.com/auth/drive.file'] });
    expect(() => run(({ DocumentApp }) => DocumentApp.create('Т'))).toThrow(/documents/);
    const ok = docsWorld();
    ok.run(({ DocumentApp }) => DocumentApp.create('Т'));
    expect(ok.world.calls.count('DocumentApp.create')).toBe(1);
    expect(world.calls.count('DocumentApp.create')).toBe(0);
  });
});
