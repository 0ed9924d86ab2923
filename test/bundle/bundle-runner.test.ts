// The bundle runner executes a script as Apps Script does: fresh globals per execution, emulated clock, wire rules.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { World } from '../../tools/emulator';
import { createBundleRunner } from '../../tools/harness/bundle-runner';

function fixture(code: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bundle-runner-'));
  fs.writeFileSync(path.join(dir, 'Code.js'), code);
  fs.writeFileSync(path.join(dir, 'public-functions.json'), '[]');
  return dir;
}

const code = `
var counter = 0;
function bump() { counter++; return counter; }
function now() { return [Date.now(), new Date().getTime(), new Date(0).getTime(), typeof Date(), new Date() instanceof Date]; }
function isDate(d) { return d instanceof Date; }
function giveDate() { return { when: new Date() }; }
function giveArray() { return [1, undefined, 'x']; }
function echo(x) { x.changed = true; return x; }
function secret_() { return 'no'; }
function mode() { return Session.getActiveUserLocale(); }
function props() { return PropertiesService.getDocumentProperties().getKeys(); }
var notDeclared = function () { return 1; };
`;

describe('bundle runner', () => {
  const world = new World({ now: '2026-10-05T09:00:00+03:00' });
  const runner = createBundleRunner(world, { distDir: fixture(code) });

  test('each execution gets a fresh global scope: global state does not survive (one call = one execution, §2)', () => {
    expect(runner.run('bump')).toBe(1);
    expect(runner.run('bump')).toBe(1);
  });

  test('Date in the script reads the world clock; explicit dates and instanceof still work', () => {
    const t = world.clock.now();
    const [now1, now2, zero, callType, isInstance] = runner.run('now') as [number, number, number, string, boolean];
    expect([now1, now2, zero, callType, isInstance]).toEqual([t, t, 0, 'string', true]);
    world.clock.advance(86_400_000);
    expect((runner.run('now') as number[])[0]).toBe(t + 86_400_000);
  });

  test('Dates created by the host (emulated services) pass the script\u2019s instanceof Date', () => {
    expect(runner.run('isDate', [new Date()])).toBe(true);
  });

  test('a missing function gives the documented error (§12)', () => {
    expect(() => runner.run('nothingHere')).toThrow('Script function not found: nothingHere');
  });

  test('a function held in a var is not a top-level declaration and is not visible', () => {
    expect(() => runner.run('notDeclared')).toThrow('Script function not found: notDeclared');
  });

  test('rpc refuses names ending in "_" (§2: private functions)', () => {
    expect(() => runner.rpc('secret_')).toThrow('Script function not found: secret_');
  });

  test('rpc refuses a Date argument before sending (§2)', () => {
    expect(() => runner.rpc('echo', { when: new Date() })).toThrow('Failed due to illegal value in property: when');
  });

  test('rpc: a Date in the result makes it null; undefined in arrays becomes null; objects are copied (§2)', () => {
    expect(runner.rpc('giveDate')).toBeNull();
    expect(runner.rpc('giveArray')).toEqual([1, null, 'x']);
    const sent = { a: 1 };
    expect(runner.rpc('echo', sent)).toEqual({ a: 1, changed: true });
    expect(sent).toEqual({ a: 1 });
  });

  test('rpc: a returned array is a plain array of the client, so the client can send it back (§2 copy semantics)', () => {
    const back = runner.rpc('giveArray') as unknown[];
    expect(Object.getPrototypeOf(back)).toBe(Array.prototype);
    expect(runner.rpc('echo', { list: back.map((x) => x ?? 0) })).toEqual({ list: [1, 0, 'x'], changed: true });
  });

  test('executions run under the requested AuthMode: NONE refuses what only FULL may do (§1.2)', () => {
    expect(runner.run('mode', [], { authMode: 'NONE', kind: 'simple' })).toBe('ru');
    expect(() => runner.run('props', [], { authMode: 'NONE', kind: 'simple' })).toThrow();
    expect(runner.run('props', [], { authMode: 'FULL' })).toEqual([]);
    expect(world.execution).toBeNull();
  });
});
