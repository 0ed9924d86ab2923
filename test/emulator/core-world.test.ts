// Contract tests of the emulator core: execution model, AuthMode gates, scopes, counting, time limit, faults.
import { expose, gasClass, GasObject, World } from '../../tools/emulator';
import { costOf } from '../../tools/emulator/core/cost-model';
import manifest from '../../appsscript.json';

class Probe extends GasObject {
  readonly [gasClass]: string;
  constructor(name: string) {
    super();
    this[gasClass] = name;
  }
  getActiveSpreadsheet() {
    return new Probe('Spreadsheet');
  }
  createAddonMenu() {
    return 'menu';
  }
  showSidebar() {
    return 'shown';
  }
  sendEmail() {
    return 'sent';
  }
  getValues() {
    return [[1]];
  }
  getSheets() {
    return [new Probe('Sheet'), new Probe('Sheet')];
  }
}

function probe(world: World, name: string) {
  return expose(world, new Probe(name)) as unknown as Probe;
}

describe('execution model (apps-script-facts §14.1)', () => {
  test('each execution is separate: executions never nest', () => {
    const world = new World();
    expect(() => world.execute({}, () => world.execute({}, () => 1))).toThrow('executions do not nest');
  });

  test('calls made outside an execution (test setup) are neither gated nor counted', () => {
    const world = new World();
    probe(world, 'SpreadsheetApp').getActiveSpreadsheet();
    expect(world.calls.total).toBe(0);
  });

  test('every method call inside an execution is counted by Class.method, including objects it returns', () => {
    const world = new World();
    world.execute({}, () => {
      const app = probe(world, 'SpreadsheetApp');
      const ss = app.getActiveSpreadsheet();
      const sheets = ss.getSheets();
      sheets[0]!.getValues();
    });
    expect(world.calls.byMethod()).toEqual({
      'SpreadsheetApp.getActiveSpreadsheet': 1,
      'Spreadsheet.getSheets': 1,
      'Sheet.getValues': 1,
    });
    expect(world.calls.byClass()).toEqual({ SpreadsheetApp: 1, Spreadsheet: 1, Sheet: 1 });
  });
});

describe('AuthMode gates (auth-lifecycle; apps-script-facts §1.2–1.3)', () => {
  test('AuthMode.NONE may build the add-on menu but not open the document', () => {
    const world = new World();
    world.execute({ authMode: 'NONE', kind: 'simple' }, () => {
      expect(probe(world, 'Ui').createAddonMenu()).toBe('menu');
      expect(() => probe(world, 'SpreadsheetApp').getActiveSpreadsheet()).toThrow(/AuthMode\.NONE/);
    });
  });

  test('AuthMode.LIMITED may read the bound document but cannot open a sidebar or send mail', () => {
    const world = new World();
    world.execute({ authMode: 'LIMITED', kind: 'simple' }, () => {
      expect(() => probe(world, 'SpreadsheetApp').getActiveSpreadsheet()).not.toThrow();
      expect(() => probe(world, 'Ui').showSidebar()).toThrow(/LIMITED/);
      expect(() => probe(world, 'MailApp').sendEmail()).toThrow(/LIMITED/);
    });
    // Advanced-service names have three parts (Drive.Files.create): the gate must see them too.
    world.execute({ authMode: 'LIMITED', kind: 'simple' }, () => {
      expect(() => probe(world, 'Drive.Files').sendEmail()).toThrow(/LIMITED/);
    });
  });

  test('the Russian message table is used in a Russian world (§13: never branch on message text)', () => {
    const world = new World({ locale: 'ru' });
    world.execute({ authMode: 'NONE' }, () => {
      expect(() => probe(world, 'SpreadsheetApp').getActiveSpreadsheet()).toThrow(/У вас нет разрешения/);
    });
  });
});

describe('explicit oauthScopes (apps-script-facts §10.3)', () => {
  test('a call needing a scope the manifest does not list fails with the documented message', () => {
    const world = new World({ oauthScopes: ['https://www.googleapis.com/auth/spreadsheets.currentonly'] });
    world.execute({}, () => {
      expect(() => probe(world, 'MailApp').sendEmail()).toThrow(
        'You do not have permission to call MailApp.sendEmail. Required permissions: https://www.googleapis.com/auth/script.send_mail',
      );
      expect(() => probe(world, 'SpreadsheetApp').getActiveSpreadsheet()).not.toThrow();
    });
  });

  test("the project's manifest covers the sidebar, mail and the current spreadsheet", () => {
    const world = new World({ oauthScopes: manifest.oauthScopes });
    world.execute({}, () => {
      probe(world, 'Ui').showSidebar();
      probe(world, 'MailApp').sendEmail();
      probe(world, 'SpreadsheetApp').getActiveSpreadsheet();
    });
    expect(world.calls.total).toBe(3);
  });
});

describe('time limit and faults (apps-script-facts §3.2, §4.6)', () => {
  test('an execution whose estimated Apps Script time passes 6 minutes ends with "Exceeded maximum execution time"', () => {
    const world = new World();
    const perRead = costOf('Range.getValues');
    const reads = Math.floor((6 * 60 * 1000) / perRead);
    world.execute({}, () => {
      const range = probe(world, 'Range');
      for (let i = 0; i < reads; i++) range.getValues();
      expect(() => range.getValues()).toThrow('Exceeded maximum execution time');
    });
  });

  test('simple triggers get 30 seconds', () => {
    const world = new World();
    world.execute({ kind: 'simple', authMode: 'LIMITED' }, () => {
      const range = probe(world, 'Range');
      expect(() => {
        for (let i = 0; i < 1000; i++) range.getValues();
      }).toThrow('Exceeded maximum execution time');
      expect(world.execution!.estimatedMs).toBeLessThanOrEqual(30_000 + costOf('Range.getValues'));
    });
  });

  test('an injected failure hits the next call of that method once', () => {
    const world = new World();
    world.faults.failNext!.set('Range.getValues', 'Service error: Spreadsheets');
    world.execute({}, () => {
      const range = probe(world, 'Range');
      expect(() => range.getValues()).toThrow('Service error: Spreadsheets');
      expect(range.getValues()).toEqual([[1]]);
    });
  });

  test('a time limit can be injected after N calls', () => {
    const world = new World();
    world.faults.timeLimitAfterCalls = 2;
    world.execute({}, () => {
      const range = probe(world, 'Range');
      range.getValues();
      range.getValues();
      expect(() => range.getValues()).toThrow('Exceeded maximum execution time');
    });
  });
});

describe('cost model (performance-and-style §1.4)', () => {
  test('bulk reads cost far more than handle calls, mail sends most', () => {
    expect(costOf('Range.getValues')).toBeGreaterThanOrEqual(150);
    expect(costOf('Sheet.getRange')).toBeLessThanOrEqual(5);
    expect(costOf('MailApp.sendEmail')).toBeGreaterThan(1000);
    const world = new World();
    world.execute({}, () => probe(world, 'Range').getValues());
    expect(world.calls.estimatedSeconds()).toBeCloseTo(costOf('Range.getValues') / 1000);
  });
});
