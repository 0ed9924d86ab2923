// The sidebar header call: before setup it says so; after setup it shows the school and year from «Настройки».
import { createPublicApi } from '../../src/server/public-api';
import { setupWorkbook } from '../../src/app/setup-workbook';
import { emulatedWorkbook } from '../support/context';

describe('getShellInfo', () => {
  test('reports an empty spreadsheet as not set up, then the school and year after setup', () => {
    const wb = emulatedWorkbook();
    const api = createPublicApi(() => wb.services);
    const before = wb.world.execute({ kind: 'rpc' }, () => api.getShellInfo!.run({})) as {
      ok: boolean;
      data: { isSetUp: boolean };
    };
    expect(before).toMatchObject({ ok: true, data: { isSetUp: false, schoolShortName: '' } });
    wb.run((ctx) => setupWorkbook(ctx));
    const after = wb.world.execute({ kind: 'rpc' }, () => api.getShellInfo!.run({})) as {
      ok: boolean;
      data: Record<string, unknown>;
    };
    expect(after.ok).toBe(true);
    expect(after.data.isSetUp).toBe(true);
    expect(after.data.academicYear).toMatch(/^\d{4}\/\d{4}$/);
  });

  test('a bad input is refused with a Russian message, not an exception', () => {
    const wb = emulatedWorkbook();
    const api = createPublicApi(() => wb.services);
    const result = wb.world.execute({ kind: 'rpc' }, () => api.getShellInfo!.run('not an object')) as {
      ok: boolean;
      error: { code: string; message: string };
    };
    expect(result.ok).toBe(false);
    expect(result.error.code).toBe('invalid_input');
    expect(result.error.message).toMatch(/Панель отправила неверный запрос/);
  });
});
