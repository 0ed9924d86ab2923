// Contract tests: LockService with simulated contention (apps-script-facts §8.3, §14.8).
import { message } from '../../tools/emulator';
import { holdLock, lockHolder, setBoundDocument } from '../../tools/emulator/services';
import { LOCALES, setup, thrown } from './services-helpers';

describe('LockService (§8.3)', () => {
  // [G ref:lock/lock#hasLock()]: false if never tried; tryLock returns a boolean
  test('nothing is held until tryLock/waitLock; hasLock false before, true after, false after releaseLock', () => {
    const { run } = setup();
    run((g) => {
      const lock = g.LockService.getScriptLock();
      expect(lock.hasLock()).toBe(false);
      expect(lock.tryLock(1000)).toBe(true);
      expect(lock.hasLock()).toBe(true);
      lock.releaseLock();
      expect(lock.hasLock()).toBe(false);
    });
  });

  // [G ref:lock/lock#releaseLock()]: locks are released automatically when the script ends
  test('a lock held by an execution is released when the execution ends', () => {
    const { world, run } = setup();
    run((g) => g.LockService.getScriptLock().waitLock(1000));
    expect(lockHolder(world, 'script')).toBeNull();
    expect(run((g) => g.LockService.getScriptLock().tryLock(0))).toBe(true);
  });

  // [G ref:lock/lock#tryLock(Integer)]: returns false when the lock cannot be acquired within the timeout; the wait takes time
  test('tryLock fails after waiting the whole timeout when another execution holds the lock past it', () => {
    const { world, run } = setup();
    holdLock(world, 'script', { forMs: 60_000 });
    const start = world.clock.now();
    expect(run((g) => g.LockService.getScriptLock().tryLock(10_000))).toBe(false);
    expect(world.clock.now() - start).toBe(10_000);
  });

  test('tryLock succeeds when the holder releases within the timeout, at the release time', () => {
    const { world, run } = setup();
    holdLock(world, 'script', { forMs: 3_000, owner: 'daily-trigger' });
    expect(lockHolder(world, 'script')).toBe('daily-trigger');
    const start = world.clock.now();
    expect(run((g) => g.LockService.getScriptLock().tryLock(10_000))).toBe(true);
    expect(world.clock.now() - start).toBe(3_000);
  });

  // §8.3 timeout message "Lock timeout: another process was holding the lock for too long." [R* gas-fakes fakelock.js]
  test.each(LOCALES)('waitLock throws the lockTimeout message when the lock stays busy (%s)', (locale) => {
    const { world, run } = setup({ locale });
    holdLock(world, 'document');
    const err = thrown(() => run((g) => g.LockService.getDocumentLock()!.waitLock(30_000)));
    expect(err.message).toBe(message(locale, 'lockTimeout'));
  });

  // §8.3: user locks are per user, document locks per document
  test('a user lock held for one user does not block another user; document locks are per document', () => {
    const { world, run } = setup();
    holdLock(world, 'user', { user: 'alice@school.example' });
    expect(run((g) => g.LockService.getUserLock().tryLock(0), 'alice@school.example')).toBe(false);
    expect(run((g) => g.LockService.getUserLock().tryLock(0), 'bob@school.example')).toBe(true);
    holdLock(world, 'document', { documentId: 'other-doc' });
    setBoundDocument(world, 'this-doc');
    expect(run((g) => g.LockService.getDocumentLock()!.tryLock(0))).toBe(true);
  });

  // [G ref:lock/lock-service#getDocumentLock()]: null outside a containing document
  test('getDocumentLock returns null without a containing document', () => {
    const { world, run } = setup();
    setBoundDocument(world, null);
    expect(run((g) => g.LockService.getDocumentLock())).toBeNull();
  });

  test('lock calls are counted', () => {
    const { world, run } = setup();
    run((g) => {
      const l = g.LockService.getScriptLock();
      l.tryLock(100);
      l.releaseLock();
    });
    expect(world.calls.byMethod()).toEqual({
      'Lock.releaseLock': 1,
      'Lock.tryLock': 1,
      'LockService.getScriptLock': 1,
    });
  });
});
