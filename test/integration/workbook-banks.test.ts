// Validation report, formula payloads, ids, the «Банки» summary, selecting a cell, migration and import, on the emulator.
import { getBanksSummary } from '../../src/app/banks-summary';
import { importRows } from '../../src/app/import-rows';
import { selectCell } from '../../src/app/select-cell';
import { setupWorkbook } from '../../src/app/setup-workbook';
import { PROBLEM_BACKGROUND, validateWorkbook } from '../../src/app/validate-workbook';
import { SCHEMA_VERSION_KEY } from '../../src/workbook/migrations';
import { menteesTable } from '../../src/workbook/tables/mentees';
import { mentorsTable } from '../../src/workbook/tables/mentors';
import { generateSchool, seedDemoWorkbook } from '../../tools/demo/school';
import { emulatedWorkbook } from '../support/context';

const col = (table: typeof mentorsTable | typeof menteesTable, header: string) =>
  table.columns.findIndex((c) => c.header === header);

function demo() {
  const wb = emulatedWorkbook();
  const school = generateSchool(7);
  wb.run((ctx) => seedDemoWorkbook(ctx, school));
  return { wb, school };
}

describe('validation report', () => {
  it('finds every deliberately broken row, in Russian, and leaves the rows where they are', () => {
    const { wb } = demo();
    const before = wb.values('Наставники');
    const result = wb.run(validateWorkbook);
    const ps = result.check.problems.filter((p) => p.sheet !== 'Настройки');
    const at = (sheet: string, row: number) =>
      ps.filter((p) => p.sheet === sheet && p.row === row).map((p) => p.column);
    expect(at('Наставники', 5)).toEqual(['Педагогический стаж, лет']);
    expect(at('Наставники', 9)).toEqual(['Email']);
    expect(at('Наставники', 13)).toEqual(['Вместимость, наставляемых']);
    expect(at('Наставники', 17)).toEqual(['Email']); // duplicate of row 3, other case
    expect(at('Наставляемые', 6)).toEqual(['Должность']);
    expect(at('Наставляемые', 11)).toEqual(['ФИО']);
    expect(at('Наставляемые', 15)).toEqual(['Профессиональные запросы']);
    expect(ps).toHaveLength(7);
    for (const p of ps) {
      expect(p.message).toMatch(/[а-яё]/i);
      expect(p.fix).toMatch(/[а-яё]/i);
    }
    // The demo fills the school's requisites, so «Настройки» has nothing to report.
    expect(result.check.problems.filter((p) => p.sheet === 'Настройки')).toEqual([]);
    // Rows unchanged (ids were already there), bad cells highlighted, others not.
    expect(wb.values('Наставники')).toEqual(before);
    const sheet = wb.spreadsheet().getSheetByName('Наставники')!;
    expect(sheet.getRange(5, col(mentorsTable, 'Педагогический стаж, лет') + 1).getBackground()).toBe(
      PROBLEM_BACKGROUND,
    );
    expect(sheet.getRange(5, col(mentorsTable, 'ФИО') + 1).getBackground()).not.toBe(PROBLEM_BACKGROUND);
    // Fixing the cell and checking again clears the highlight.
    sheet.getRange(5, col(mentorsTable, 'Педагогический стаж, лет') + 1).setValue(14);
    wb.run(validateWorkbook);
    expect(sheet.getRange(5, col(mentorsTable, 'Педагогический стаж, лет') + 1).getBackground()).not.toBe(
      PROBLEM_BACKGROUND,
    );
  });

  it('stores formula-like text as text and reads it back unchanged', () => {
    const { wb } = demo();
    const sheet = wb.spreadsheet().getSheetByName('Наставляемые')!;
    const cell = sheet.getRange(22, col(menteesTable, 'Примечания') + 1);
    expect(cell.getFormula()).toBe('');
    expect(cell.getValue()).toBe('=IMPORTXML("http://example.com","//a")');
    const check = wb.run(validateWorkbook).check;
    expect(check.mentees.records.find((r) => r.row === 22)!.value.notes).toBe('=IMPORTXML("http://example.com","//a")');
  });

  it('accepts rows typed by hand like rows from forms, and gives them ids', () => {
    const wb = emulatedWorkbook();
    wb.run(setupWorkbook);
    const headers = mentorsTable.columns.map((c) => c.header);
    const typed: Record<string, string> = {
      ФИО: 'Канева Ольга Ивановна',
      Email: ' O.Kaneva@Sosh2.example ',
      Должность: 'Учитель',
      'Педагогический стаж, лет': '15',
      'Компетенции (с чем может помочь)': 'методика преподавания предмета',
      'Согласие (дата)': '02.09.2026',
    };
    headers.forEach(
      (h, i) =>
        typed[h] !== undefined &&
        wb
          .spreadsheet()
          .getSheetByName('Наставники')!
          .getRange(2, i + 1)
          .setValue(typed[h]!),
    );
    const result = wb.run(validateWorkbook);
    expect(result.check.problems.filter((p) => p.sheet === 'Наставники')).toEqual([]);
    expect(result.assignedIds).toEqual([{ sheet: 'Наставники', row: 2, id: 'Н-0001' }]);
    const row = wb.values('Наставники')[1]!;
    expect(row[0]).toBe('Н-0001');
    expect(row[col(mentorsTable, 'Дата добавления')]).toBeInstanceOf(Date);
    const m = result.check.mentors.records[0]!.value;
    expect(m).toMatchObject({
      email: 'o.kaneva@sosh2.example',
      post: 'учитель',
      experienceYears: 15,
      consentDate: { year: 2026, month: 9, day: 2 },
    });
  });
});

describe('settings', () => {
  it('reports each missing required setting with what to do, and the demo never overwrites a typed value', () => {
    const wb = emulatedWorkbook();
    const result = wb.run((ctx) => {
      setupWorkbook(ctx);
      return validateWorkbook(ctx);
    });
    expect(
      result.check.problems.some((p) => p.sheet === 'Настройки' && p.message.includes('Полное название школы')),
    ).toBe(true);
    const row = wb.values('Настройки').findIndex((r) => r[0] === 'Краткое название школы') + 1;
    wb.paste('Настройки', row, [['Краткое название школы', 'Гимназия № 1']]);
    wb.run((ctx) => seedDemoWorkbook(ctx, generateSchool(1, { mentors: 2, mentees: 2 })));
    expect(wb.values('Настройки')[row - 1]![1]).toBe('Гимназия № 1');
    expect(wb.values('Настройки').find((r) => r[0] === 'Полное название школы')![1]).toMatch(/№ 7/);
  });
});

describe('«Банки» summary and selecting a cell', () => {
  it('counts both banks and links every sheet', () => {
    const { wb, school } = demo();
    const s = wb.run(getBanksSummary, 'rpc');
    expect(s.isSetUp).toBe(true);
    expect(s.mentors.rows).toBe(school.mentors.length);
    expect(s.mentors.invalid).toBe(4);
    const valid = school.mentors.filter((_, i) => ![3, 7, 11, 15].includes(i));
    const active = valid.filter((m) => m.status === 'active');
    expect(s.mentors.active).toBe(active.length);
    expect(s.mentors.withConsent).toBe(active.filter((m) => m.consentDate).length);
    expect(s.mentors.freePlaces).toBe(active.reduce((n, m) => n + Number(m.capacity), 0));
    expect(s.mentees.waiting + s.mentees.supported + s.mentees.paired).toBe(school.mentees.length - 3);
    expect(s.sheets.find((x) => x.name === 'Наставники')!.url).toMatch(/#gid=\d+$/);
    expect(s.problems.length).toBe(s.problemCount);
  });

  it('counts free places from the open pairs of «Пары и группы»: a pair takes one place, a dissolved one frees it', () => {
    const { wb } = demo();
    const before = wb.run(getBanksSummary, 'rpc').mentors.freePlaces;
    const mentors = wb.values('Наставники');
    const h = mentors[0]!.map(String);
    const active = mentors
      .slice(1)
      .find((r) => r[h.indexOf('Статус')] === 'активен' && Number(r[h.indexOf('Вместимость, наставляемых')]) >= 1)!;
    const menteeId = wb.values('Наставляемые')[1]![0];
    const pairHeaders = wb.values('Пары и группы')[0]!.map(String);
    const pairRow = (status: string) =>
      pairHeaders.map(
        (x) =>
          ({
            'ID пары/группы': 'НП-2026-001',
            Форма: 'индивидуальная',
            'ID наставников': active[0],
            'ID наставляемых': menteeId,
            Начало: '01.10.2026',
            'Окончание (план)': '31.05.2027',
            Статус: status,
          })[x] ?? '',
      );
    wb.paste('Пары и группы', 2, [pairRow('действует')]);
    expect(wb.run(getBanksSummary, 'rpc').mentors.freePlaces).toBe(before - 1);
    wb.paste('Пары и группы', 2, [pairRow('расформирована')]);
    expect(wb.run(getBanksSummary, 'rpc').mentors.freePlaces).toBe(before);
  });

  it('selects the cell of a problem by its header', () => {
    const { wb } = demo();
    const p = wb.run(getBanksSummary, 'rpc').problems.find((x) => x.sheet === 'Наставники' && x.row === 5)!;
    const r = wb.run((ctx) => selectCell(ctx, p), 'rpc');
    expect(r.a1).toBe(`F5`);
    expect(wb.spreadsheet().getActiveSheet().getName()).toBe('Наставники');
    expect(wb.spreadsheet().getActiveRange()!.getA1Notation()).toBe('F5');
  });
});

describe('migration v1 → v2', () => {
  it('renames «Стаж», adds «Источник» filled «вручную», keeps every value', () => {
    const wb = emulatedWorkbook();
    const v1 = ['ФИО', 'Email', 'Должность', 'Стаж', 'Мои пометки'];
    wb.paste('Наставники', 1, [
      v1,
      ['Орлова Нина', 'n@s.ru', 'учитель', 20, 'староста МО'],
      ['Попов Олег', 'o@s.ru', 'учитель', 9, ''],
    ]);
    const result = wb.run(setupWorkbook);
    expect(result.previousVersion).toBe(1);
    expect(result.migrations).toEqual(
      expect.arrayContaining([
        expect.stringContaining('«Стаж» переименован'),
        expect.stringContaining('2 строк отмечены «вручную»'),
      ]),
    );
    const rows = wb.values('Наставники');
    expect(rows[0]!.slice(0, 6)).toEqual([
      'ФИО',
      'Email',
      'Должность',
      'Педагогический стаж, лет',
      'Мои пометки',
      'Источник',
    ]);
    expect(rows[1]!.slice(0, 6)).toEqual(['Орлова Нина', 'n@s.ru', 'учитель', 20, 'староста МО', 'вручную']);
    expect(rows[2]![5]).toBe('вручную');
    expect(wb.services.PropertiesService.getDocumentProperties().getProperty(SCHEMA_VERSION_KEY)).toBe('2');
    // A second run has nothing to migrate.
    expect(wb.run(setupWorkbook).migrations).toEqual([]);
  });

  it('refuses a workbook from a newer version', () => {
    const wb = emulatedWorkbook();
    wb.services.PropertiesService.getDocumentProperties().setProperty(SCHEMA_VERSION_KEY, '99');
    expect(() => wb.run(setupWorkbook)).toThrow(/более новой версией/);
  });
});

describe('import', () => {
  it('normalises pasted rows, maps near misses, asks about the rest and loses nothing', () => {
    const wb = emulatedWorkbook();
    wb.run(setupWorkbook);
    const headers = wb.values('Импорт')[0] as string[];
    const line = (v: Record<string, unknown>) => headers.map((h) => v[h] ?? '');
    wb.paste('Импорт', 2, [
      line({
        Куда: 'наставники',
        ФИО: '  Уляшева   Галина Петровна ',
        Email: ' G.Ulyasheva@Sosh2.example',
        Должность: 'Учитель',
        'Педагогический стаж, лет': '25',
        Предметы: 'Математика, физика',
        'Компетенции (с чем может помочь)': 'Методика преподования предмета',
      }),
      line({
        Куда: 'Наставляемые',
        ФИО: 'Истомин Павел',
        Email: 'p.istomin@sosh2.example',
        Должность: 'учитель',
        'Педагогический стаж, лет': '1',
        'Категория наставляемого': 'молодой специалист (стаж до 3 лет)',
        'Профессиональные запросы': 'Работа с родителями (законными представителями)',
        Предметы: 'астрономия',
      }),
      line({ Куда: '', ФИО: 'Без банка' }),
    ]);
    const preview = wb.run((ctx) => importRows(ctx, { apply: false, answers: [] }), 'rpc');
    expect(preview.questions).toEqual([
      expect.objectContaining({ dictionary: 'subjects', value: 'астрономия', rows: [3] }),
    ]);
    expect(wb.values('Наставники')).toHaveLength(1); // nothing written by a preview

    const applied = wb.run(
      (ctx) =>
        importRows(ctx, { apply: true, answers: [{ dictionary: 'subjects', value: 'астрономия', action: 'add' }] }),
      'rpc',
    );
    expect(applied.moved.map((m) => [m.sheet, m.id])).toEqual([
      ['Наставники', 'Н-0001'],
      ['Наставляемые', 'НЯ-0001'],
    ]);
    expect(applied.waiting).toEqual([{ importRow: 4, reason: expect.stringContaining('Куда') }]);
    const mentor = wb.values('Наставники')[1]!;
    expect(mentor.slice(0, 6)).toEqual([
      'Н-0001',
      'Уляшева Галина Петровна',
      'g.ulyasheva@sosh2.example',
      'учитель',
      'математика; физика',
      25,
    ]);
    expect(mentor[col(mentorsTable, 'Компетенции (с чем может помочь)')]).toBe('Методика преподавания предмета');
    expect(mentor[col(mentorsTable, 'Источник')]).toBe('импорт');
    expect(wb.values('Справочники').some((r) => r[1] === 'астрономия')).toBe(true);
    const importSheet = wb.values('Импорт');
    expect(importSheet[1]![1]).toBe('Перенесено: Наставники, строка 2 (Н-0001)');
    expect(importSheet[3]![1]).toMatch(/^Не перенесено/);
    expect(importSheet[3]![headers.indexOf('ФИО')]).toBe('Без банка');
    // Imported rows pass the check; running the import again moves nothing twice.
    expect(wb.run(validateWorkbook).check.problems.filter((p) => p.sheet !== 'Настройки')).toEqual([]);
    expect(wb.run((ctx) => importRows(ctx, { apply: true, answers: [] }), 'rpc').moved).toEqual([]);
  });
});
