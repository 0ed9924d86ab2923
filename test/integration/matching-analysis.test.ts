// «Анализ банка» on the emulator: needs vs offers per competence in the panel and on the printable sheet, rewritten
// in one block that keeps a person's own column and leaves no stale rows.
import { bankAnalysis } from '../../src/app/matching/analysis';
import { dictionarySeeds } from '../../src/workbook/tables/dictionaries';
import { matchingWorkbook, records } from '../support/matching-school';

const SHEET = 'Анализ банка';

describe('bank analysis', () => {
  it('shows where mentors are missing without writing anything', () => {
    const wb = matchingWorkbook();
    const before = wb.values(SHEET);
    const v = wb.run((ctx) => bankAnalysis(ctx, { write: false }));
    expect(v.written).toBe(false);
    expect(wb.values(SHEET)).toEqual(before);
    const inclusion = v.rows.find((r) => r.competence.startsWith('Работа с обучающимися с ОВЗ'))!;
    expect(inclusion).toMatchObject({
      waitingNeed: 1,
      mentorsOffering: 0,
      freePlaces: 0,
      shortfall: 1,
      verdictRu: 'дефицит',
      advice: 'нет ни одного наставника: привлеките или обучите наставников (нужно мест: 1)',
    });
    expect(v.rows[0]!.verdict).toBe('deficit');
    expect(v.totals).toEqual({ waitingMentees: 6, pairedMentees: 0, activeMentors: 3, freePlaces: 6, deficits: 1 });
  });

  it('writes the printable sheet in one block, highlights deficits and keeps a person’s own column', () => {
    const wb = matchingWorkbook();
    const sheet = wb.spreadsheet().getSheetByName(SHEET)!;
    // A person's own column right after the report's columns, with a note on row 3.
    sheet.getRange(1, 9, 3, 1).setValues([['Комментарий завуча'], [''], ['обсудить на МО']]);
    wb.world.calls.reset();
    const v = wb.run((ctx) => bankAnalysis(ctx, { write: true }));
    const calls = wb.world.calls.byMethod();
    expect(calls['Range.setValues']).toBe(2); // the report block and the journal
    expect(calls['Range.setBackgrounds']).toBe(1);
    expect(v.sheetUrl).toMatch(/#gid=\d+$/);
    const rows = records(wb, SHEET);
    expect(rows).toHaveLength(dictionarySeeds.competencies.length + 1);
    expect(rows.at(-1)).toMatchObject({
      'Запрос / компетенция': 'Итого на 10.09.2026',
      'Ждут наставника': 6,
      'Наставников с компетенцией': 3,
      'Свободных мест у них': 6,
      Оценка: 'дефицитов: 1',
    });
    expect(rows[0]).toMatchObject({ Оценка: 'дефицит' });
    expect(rows[1]!['Комментарий завуча']).toBe('обсудить на МО');
    expect(sheet.getRange(2, 7).getBackground()).toBe('#f4c7c3');
    expect(records(wb, 'Журнал').at(-1)).toMatchObject({ Что: 'Анализ банка наставников', Лист: SHEET });
    // A shorter report next time: the leftover rows are blanked, the person's column stays.
    const competencesCol =
      (wb.values('Справочники')[0] as string[]).indexOf('Профессиональные запросы / компетенции') + 1;
    const dict = wb.spreadsheet().getSheetByName('Справочники')!;
    dict.getRange(12, competencesCol, 6, 1).clearContent();
    wb.run((ctx) => bankAnalysis(ctx, { write: true }));
    const again = wb.values(SHEET);
    const filled = again.slice(1).filter((r) => r.slice(0, 8).some((c) => c !== ''));
    expect(filled.length).toBeLessThan(rows.length);
    expect(filled.at(-1)![0]).toBe('Итого на 10.09.2026');
    expect(again[2]![8]).toBe('обсудить на МО');
  });

  it('brings the sheet back if a person deleted it', () => {
    const wb = matchingWorkbook();
    wb.spreadsheet().deleteSheet(wb.spreadsheet().getSheetByName(SHEET)!);
    wb.run((ctx) => bankAnalysis(ctx, { write: true }));
    expect(wb.values(SHEET)[0]![0]).toBe('Запрос / компетенция');
  });
});
