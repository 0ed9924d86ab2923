// dist/Code.js as Apps Script sees it: every public name a top-level declaration, nothing else global, no modules.
import fs from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import { readTopLevel } from '../../tools/harness/top-level';
import { defaultDistDir, type PublicFunctionInfo } from '../../tools/harness/bundle-runner';

const code = fs.readFileSync(path.join(defaultDistDir, 'Code.js'), 'utf8');
const publicFunctions: PublicFunctionInfo[] = JSON.parse(
  fs.readFileSync(path.join(defaultDistDir, 'public-functions.json'), 'utf8'),
);
const top = readTopLevel(code);

describe('dist/Code.js top level (apps-script-facts §12: only top-level function declarations are visible)', () => {
  test('the public list is not empty and has the entry points Apps Script calls', () => {
    const names = publicFunctions.map((f) => f.name);
    expect(names).toEqual(expect.arrayContaining(['onOpen', 'onInstall', 'showSidebar']));
  });

  test.each(publicFunctions.map((f) => [f.name, f.kind] as const))(
    '%s (%s) is a top-level function declaration',
    (name) => {
      expect(top.functions).toContain(name);
    },
  );

  test('no import/export remain (a script file cannot contain them)', () => {
    expect(top.hasModuleSyntax).toBe(false);
  });

  test('nothing else leaks to the global scope: only the stubs and the Nastavnik_ namespace', () => {
    expect(top.otherBindings).toEqual(['Nastavnik_']);
    expect([...top.functions].sort()).toEqual(publicFunctions.map((f) => f.name).sort());
  });

  test('each stub delegates to the namespace under the same name', () => {
    for (const f of publicFunctions) {
      expect(code).toContain(`function ${f.name}(${f.params.join(', ')}) {\n  return Nastavnik_.api.${f.name}.run(`);
    }
  });

  test('private helpers that must be global end with "_" and public names never do (§2)', () => {
    for (const f of publicFunctions) expect(f.name.endsWith('_')).toBe(false);
  });
});

describe('global code touches no service (§1.3: onOpen runs in AuthMode.NONE)', () => {
  test('loading the bundle in a vm with no globals at all succeeds', () => {
    const context = vm.createContext({});
    expect(() => new vm.Script(code, { filename: 'Code.js' }).runInContext(context)).not.toThrow();
    const api = (context as { Nastavnik_?: { api?: Record<string, unknown> } }).Nastavnik_?.api;
    expect(Object.keys(api ?? {}).sort()).toEqual(publicFunctions.map((f) => f.name).sort());
  });
});
