// Contract tests: MailApp quotas, validation and the outbox (apps-script-facts §9, §3.1, §3.2, §14.9).
import { message } from '../../tools/emulator';
import { outbox, setRemainingMailQuota } from '../../tools/emulator/services';
import { LOCALES, setup, thrown } from './services-helpers';

const many = (n: number) => Array.from({ length: n }, (_, i) => `t${i}@school.example`).join(',');

describe('MailApp (§9)', () => {
  // [G ref:mail/mail-app#sendEmail(String,String,String,Object)] and #sendEmail(Object)
  test('both sendEmail forms land in the outbox with from = the execution user', () => {
    const { world, run } = setup({ now: '2026-09-01T06:00:00Z' });
    run((g) => {
      g.MailApp.sendEmail('a@school.example', 'Subj', 'Body', {
        cc: 'b@school.example',
        name: 'Наставник',
        htmlBody: '<b>Body</b>',
      });
      g.MailApp.sendEmail({
        to: 'c@school.example, d@school.example',
        bcc: 'e@school.example',
        subject: 'S2',
        body: 'B2',
        noReply: true,
      });
    }, 'curator@school.example');
    expect(outbox(world)).toEqual([
      expect.objectContaining({
        from: 'curator@school.example',
        to: ['a@school.example'],
        cc: ['b@school.example'],
        bcc: [],
        subject: 'Subj',
        body: 'Body',
        htmlBody: '<b>Body</b>',
        name: 'Наставник',
        sentAt: '2026-09-01T06:00:00.000Z',
      }),
      expect.objectContaining({
        to: ['c@school.example', 'd@school.example'],
        bcc: ['e@school.example'],
        noReply: true,
      }),
    ]);
  });

  // [G quotas]: To, CC and BCC each count against the daily recipients quota (100 consumer / 1,500 Workspace)
  test('getRemainingDailyQuota counts To + CC + BCC; consumer 100, Workspace 1,500', () => {
    const { run } = setup();
    run((g) =>
      g.MailApp.sendEmail({ to: 'a@x.example', cc: 'b@x.example', bcc: 'c@x.example', subject: 's', body: 'b' }),
    );
    expect(run((g) => g.MailApp.getRemainingDailyQuota())).toBe(97);
    expect(setup({ accountType: 'workspace' }).run((g) => g.MailApp.getRemainingDailyQuota())).toBe(1500);
  });

  // §9 quota error "Service invoked too many times for one day: email." [R]
  test.each(LOCALES)('sending past the daily quota throws and sends nothing (%s)', (locale) => {
    const { world, run } = setup({ locale });
    setRemainingMailQuota(world, 1);
    const err = thrown(() => run((g) => g.MailApp.sendEmail('a@x.example,b@x.example', 's', 'b')));
    expect(err.message).toBe(message(locale, 'mailDailyQuota'));
    expect(outbox(world)).toHaveLength(0);
    run((g) => g.MailApp.sendEmail('a@x.example', 's', 'b'));
    expect(run((g) => g.MailApp.getRemainingDailyQuota())).toBe(0);
  });

  // §3.1: a quota resets 24 h after the first request of its window
  test('the daily quota resets 24 h after the first send of the window', () => {
    const { world, run } = setup();
    run((g) => g.MailApp.sendEmail(many(50), 's', 'b'));
    world.clock.advance(12 * 3600_000);
    run((g) => g.MailApp.sendEmail(many(50), 's', 'b'));
    expect(() => run((g) => g.MailApp.sendEmail('x@x.example', 's', 'b'))).toThrow();
    world.clock.advance(12 * 3600_000); // 24 h after the first send
    expect(run((g) => g.MailApp.getRemainingDailyQuota())).toBe(100);
  });

  // [G quotas] 50 recipients per message; "Limit Exceeded: Email Recipients Per Message." [R]
  test.each(LOCALES)('more than 50 recipients in one message is refused (%s)', (locale) => {
    const { run } = setup({ locale, accountType: 'workspace' });
    const err = thrown(() => run((g) => g.MailApp.sendEmail({ to: many(40), cc: many(11), subject: 's', body: 'b' })));
    expect(err.message).toBe(message(locale, 'mailRecipientsPerMessage'));
    expect(() => run((g) => g.MailApp.sendEmail({ to: many(50), subject: 's', body: 'b' }))).not.toThrow();
  });

  // "Invalid email: <addr>" [R RomainVialard/ErrorHandler]
  test.each(LOCALES)('an invalid address throws invalidEmail (%s)', (locale) => {
    const { run } = setup({ locale });
    const err = thrown(() => run((g) => g.MailApp.sendEmail('ok@x.example, not-an-address', 's', 'b')));
    expect(err.message).toBe(message(locale, 'invalidEmail', { email: 'not-an-address' }));
    expect(() => run((g) => g.MailApp.sendEmail('Анна <anna@x.example>', 's', 'b'))).not.toThrow();
  });

  // "Failed to send email: no recipient" [R]
  test('a message without recipients is refused', () => {
    const { run } = setup();
    expect(() => run((g) => g.MailApp.sendEmail({ to: '', subject: 's', body: 'b' }))).toThrow(/no recipient/);
  });

  // §4.2/§9: whose quota — the effective user's
  test('quotas are per user', () => {
    const { world, run } = setup();
    setRemainingMailQuota(world, 0, 'alice@x.example');
    expect(run((g) => g.MailApp.getRemainingDailyQuota(), 'alice@x.example')).toBe(0);
    expect(run((g) => g.MailApp.getRemainingDailyQuota(), 'bob@x.example')).toBe(100);
  });

  // §1.2: no mail in LIMITED mode
  test('sendEmail is counted, and refused in AuthMode.LIMITED', () => {
    const { world, gas, run } = setup();
    run((g) => g.MailApp.sendEmail('a@x.example', 's', 'b'));
    expect(world.calls.byMethod()).toEqual({ 'MailApp.sendEmail': 1 });
    expect(() =>
      world.execute({ authMode: 'LIMITED', kind: 'simple' }, () => gas.MailApp.sendEmail('a@x.example', 's', 'b')),
    ).toThrow();
  });
});
