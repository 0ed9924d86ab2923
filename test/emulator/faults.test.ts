// Fault injection that stays: a method failing on every call, for everyone or for one user's executions only.
import { World } from '../../tools/emulator';
import { createGlobals } from '../../tools/emulator';
import { createSpreadsheet } from '../../tools/emulator/spreadsheet';

describe('persistent injected failures (DESIGN: the emulator can inject faults)', () => {
  const message = 'You do not have permission to access the requested document.';

  test('a method fails on every call for the named user, and works for the others', () => {
    const world = new World({ userEmail: 'curator@school.example' });
    createSpreadsheet(world, { name: 'Таблица' });
    const g = createGlobals(world) as unknown as { SpreadsheetApp: GoogleAppsScript.Spreadsheet.SpreadsheetApp };
    world.faults.failAlways = new Map([
      ['SpreadsheetApp.getActiveSpreadsheet', { message, user: 'former@school.example' }],
    ]);
    world.execute({ kind: 'trigger', user: 'former@school.example' }, () => {
      expect(() => g.SpreadsheetApp.getActiveSpreadsheet()).toThrow(message);
      expect(() => g.SpreadsheetApp.getActiveSpreadsheet()).toThrow(message);
    });
    world.execute({ kind: 'menu' }, () => {
      expect(g.SpreadsheetApp.getActiveSpreadsheet()!.getName()).toBe('Таблица');
    });
  });

  test('without a user it fails for everyone until removed', () => {
    const world = new World();
    createSpreadsheet(world, { name: 'Таблица' });
    const g = createGlobals(world) as unknown as { SpreadsheetApp: GoogleAppsScript.Spreadsheet.SpreadsheetApp };
    world.faults.failAlways = new Map([['SpreadsheetApp.getActiveSpreadsheet', { message }]]);
    world.execute({}, () => expect(() => g.SpreadsheetApp.getActiveSpreadsheet()).toThrow(message));
    world.faults.failAlways.clear();
    world.execute({}, () => expect(g.SpreadsheetApp.getActiveSpreadsheet()).not.toBeNull());
  });
});
