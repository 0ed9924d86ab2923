// The demo school's roadmap data: a staff list «Педагоги» (the mentees plus teachers not in any bank, so some have not
// answered the request form) and the director's email on item 1.1, written through the repository like the add-on.
//
// API
//   seedDemoRoadmap(ctx, school) → { staffRows } after seedDemoWorkbook: appends «Педагоги» in one block and fills the
//     empty «Email ответственного» of item 1.1.
import type { AppContext } from '../../src/app/context';
import { workbookOf } from '../../src/google/sheet-gateway';
import { appendRecords, encodeCell, readTable, writeCells } from '../../src/workbook/repository';
import { roadmapTable } from '../../src/workbook/tables/roadmap';
import { staffTable } from '../../src/workbook/tables/staff';
import type { DemoSchool } from './school';

export const DEMO_DIRECTOR_EMAIL = 'director@school.example';

/** Teachers who are in neither bank: the request form has not reached them yet. */
const OTHER_TEACHERS = [
  ['Егорова Людмила Николаевна', 'l.egorova@sosh2.example', 'учитель'],
  ['Орлов Виктор Павлович', 'v.orlov@sosh2.example', 'учитель'],
  ['Никитина Дарья Сергеевна', 'd.nikitina@sosh2.example', 'учитель начальных классов'],
  ['Захарова Юлия Андреевна', 'yu.zaharova@sosh2.example', 'педагог-психолог'],
] as const;

export function seedDemoRoadmap(ctx: AppContext, school: DemoSchool): { staffRows: number[] } {
  const workbook = workbookOf(ctx);
  const staff = readTable(workbook, staffTable);
  const records = [
    ...school.mentees
      .filter((m) => String(m.email ?? '').includes('@') && String(m.fullName ?? '') !== '')
      .map((m) => ({ fullName: m.fullName, email: m.email, post: m.post })),
    ...OTHER_TEACHERS.map(([fullName, email, post]) => ({ fullName, email, post })),
  ];
  const staffRows = staff.rows().length ? [] : appendRecords(staff, records, ctx.timeZone());

  const roadmap = readTable(workbook, roadmapTable);
  const emailCol = roadmap.columns.get('email');
  const numberCol = roadmap.columns.get('number');
  if (emailCol !== undefined && numberCol !== undefined) {
    const row = roadmap.grid.findIndex((line) => String(line[numberCol - 1] ?? '') === '1.1') + 1;
    if (row > 1 && String(roadmap.grid[row - 1]![emailCol - 1] ?? '') === '') {
      const col = roadmapTable.columns.find((c) => c.field === 'email')!;
      writeCells(roadmap, [{ row, field: 'email', value: encodeCell(col, DEMO_DIRECTOR_EMAIL, ctx.timeZone()) }]);
    }
  }
  return { staffRows };
}
