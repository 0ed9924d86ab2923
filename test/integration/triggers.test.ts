// The trigger adapter on the emulator: exactly one daily and one form-submit trigger per user per document.
import { ensureTrigger, removeTriggers, triggerStatus } from '../../src/google/triggers';
import { allTriggers } from '../../tools/emulator/services';
import { emulatedWorkbook } from '../support/context';

describe('trigger adapter (apps-script-facts §4.1, §4.5)', () => {
  test('installing the daily trigger twice leaves one; getUserTriggers(ss) sees it in the bound spreadsheet', () => {
    const wb = emulatedWorkbook();
    const first = wb.run((ctx) => ensureTrigger(ctx, 'daily', 'onDailyTrigger', { hour: 8 }));
    const second = wb.run((ctx) => ensureTrigger(ctx, 'daily', 'onDailyTrigger'));
    expect(second).toBe(first);
    expect(allTriggers(wb.world)).toHaveLength(1);
    expect(allTriggers(wb.world)[0]!.documentId).toBe(wb.spreadsheet().getId());
    expect(wb.run((ctx) => triggerStatus(ctx, 'daily', 'onDailyTrigger'))).toEqual({
      installed: true,
      uniqueId: first,
      count: 1,
    });
  });

  test('a trigger left by an older version under another handler is replaced, never doubled', () => {
    const wb = emulatedWorkbook();
    wb.run((ctx) => ensureTrigger(ctx, 'daily', 'oldDailyHandler', { hour: 7 }));
    wb.run((ctx) => ensureTrigger(ctx, 'daily', 'onDailyTrigger', { hour: 8 }));
    const handlers = allTriggers(wb.world).map((t) => t.handler);
    expect(handlers).toEqual(['onDailyTrigger']);
  });

  test('the form-submit trigger and the daily trigger coexist (one of each type) and can be removed', () => {
    const wb = emulatedWorkbook();
    wb.run((ctx) => ensureTrigger(ctx, 'daily', 'onDailyTrigger', { hour: 8 }));
    wb.run((ctx) => ensureTrigger(ctx, 'formSubmit', 'onFormSubmitTrigger'));
    wb.run((ctx) => ensureTrigger(ctx, 'formSubmit', 'onFormSubmitTrigger'));
    expect(allTriggers(wb.world)).toHaveLength(2);
    expect(wb.run((ctx) => removeTriggers(ctx, 'daily', 'onDailyTrigger'))).toBe(1);
    expect(wb.run((ctx) => triggerStatus(ctx, 'daily', 'onDailyTrigger')).installed).toBe(false);
    expect(wb.run((ctx) => triggerStatus(ctx, 'formSubmit', 'onFormSubmitTrigger')).installed).toBe(true);
  });
});
