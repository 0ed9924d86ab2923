// The table declarations: unique headers, notes and widths everywhere, the import sheet covers both banks.
import { defineTable, headerKey } from '../../../src/workbook/table-schema';
import { splitListValues } from '../../../src/domain/vocabulary/vocabulary';
import { workbookTables } from '../../../src/workbook/registry';
import { importTable } from '../../../src/workbook/tables/import';
import { menteesTable } from '../../../src/workbook/tables/mentees';
import { mentorsTable } from '../../../src/workbook/tables/mentors';
import { numberFormatOf } from '../../../src/workbook/setup';

describe('table schemas', () => {
  it('registers every sheet of the issue once, with Russian names', () => {
    // Later features register their sheets too; the workbook issue's sheets come first and the journal stays last.
    const names = workbookTables.map((t) => t.sheetName);
    expect(names.slice(0, 4)).toEqual(['Настройки', 'Справочники', 'Наставники', 'Наставляемые']);
    for (const n of ['Пары и группы', 'Импорт']) expect(names.filter((x) => x === n)).toHaveLength(1);
    expect(names[names.length - 1]).toBe('Журнал');
    expect(new Set(names).size).toBe(names.length);
    expect(new Set(workbookTables.map((t) => t.key)).size).toBe(workbookTables.length);
  });

  it('gives every column a header note and a width', () => {
    for (const t of workbookTables)
      for (const c of t.columns) {
        expect(c.note.length).toBeGreaterThan(10);
        expect(c.width).toBeGreaterThan(40);
      }
  });

  it('declares the bank columns of the issue', () => {
    expect(mentorsTable.columns.map((c) => c.field)).toEqual(
      expect.arrayContaining([
        'id',
        'fullName',
        'email',
        'post',
        'subjects',
        'experienceYears',
        'schoolYears',
        'qualification',
        'competencies',
        'capacity',
        'forms',
        'consentDate',
        'trainingDate',
        'status',
        'addedOn',
        'source',
        'notes',
      ]),
    );
    expect(menteesTable.columns.map((c) => c.field)).toEqual(
      expect.arrayContaining([
        'id',
        'fullName',
        'email',
        'post',
        'subjects',
        'experienceYears',
        'hiredOn',
        'category',
        'requests',
        'requestText',
        'desiredForm',
        'requestDate',
        'consentDate',
        'status',
        'pairId',
        'notes',
      ]),
    );
  });

  it('refuses a header declared twice and a list column without its list', () => {
    expect(() =>
      defineTable({
        key: 'x',
        sheetName: 'X',
        columns: [
          { field: 'a', header: 'А', kind: 'text', managedBy: 'person', width: 50, note: '' },
          { field: 'b', header: ' а ', kind: 'text', managedBy: 'person', width: 50, note: '' },
        ],
      }),
    ).toThrow(/twice/);
    expect(() =>
      defineTable({
        key: 'x',
        sheetName: 'X',
        columns: [{ field: 'a', header: 'А', kind: 'list', managedBy: 'person', width: 50, note: '' }],
      }),
    ).toThrow(/dictionary/);
  });

  it('matches headers ignoring case, ё, spaces and a required mark', () => {
    expect(headerKey('  Согласие   (дата) *')).toBe(headerKey('согласие (дата)'));
    expect(headerKey('Ёлка')).toBe(headerKey('елка'));
  });

  it('splits multi-value cells on ";" and new lines, keeping a list value that contains ";" whole', () => {
    const list = ['Оценивание, в т. ч. формирующее; критерии и КИМ', 'a'];
    expect(splitListValues('a; Оценивание, в т. ч. формирующее; критерии и КИМ', list)).toEqual(['a', list[0]]);
    expect(splitListValues('a;\n b ;;', list)).toEqual(['a', 'b']);
  });

  it('puts every person column of both banks on «Импорт», as text', () => {
    const headers = importTable.columns.map((c) => c.header);
    for (const c of [...mentorsTable.columns, ...menteesTable.columns])
      if (c.managedBy === 'person') expect(headers).toContain(c.header);
    expect(importTable.columns.filter((c) => c.field !== 'target').every((c) => c.kind === 'text')).toBe(true);
  });

  it('formats text columns as text and dates as dd.MM.yyyy', () => {
    expect(numberFormatOf(mentorsTable.columns.find((c) => c.field === 'fullName')!)).toBe('@');
    expect(numberFormatOf(mentorsTable.columns.find((c) => c.field === 'consentDate')!)).toBe('dd.MM.yyyy');
    expect(numberFormatOf(mentorsTable.columns.find((c) => c.field === 'capacity')!)).toBeNull();
  });
});
