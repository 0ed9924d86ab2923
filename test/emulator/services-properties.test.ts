// Contract tests: PropertiesService and CacheService (apps-script-facts §8.1, §8.2, §3.1, §14.8).
import { setBoundDocument, propertiesOpsUsed } from '../../tools/emulator/services';
import { message } from '../../tools/emulator';
import { LOCALES, setup, thrown } from './services-helpers';

describe('PropertiesService (§8.1)', () => {
  // [G ref:properties/properties#getProperty(String)]: "null if the key does not exist"
  test('getProperty returns null for a missing key', () => {
    const { run } = setup();
    expect(run((g) => g.PropertiesService.getScriptProperties().getProperty('nope'))).toBeNull();
  });

  // [G properties]: "values are always strings"; other types are converted
  test('values are stored as strings (numbers, booleans, objects converted with String())', () => {
    const { run } = setup();
    const got = run((g) => {
      const p = g.PropertiesService.getScriptProperties();
      p.setProperty('n', 42 as unknown as string).setProperties({
        b: true as unknown as string,
        o: { a: 1 } as unknown as string,
      });
      return p.getProperties();
    });
    expect(got).toEqual({ n: '42', b: 'true', o: '[object Object]' });
  });

  // [G ref:properties/properties#getProperties()]: returns a copy
  test('getProperties returns a copy, not a live view', () => {
    const { run } = setup();
    run((g) => {
      const p = g.PropertiesService.getUserProperties();
      p.setProperty('a', '1');
      const copy = p.getProperties();
      copy.a = 'changed';
      expect(p.getProperty('a')).toBe('1');
    });
  });

  // [G ref:properties/properties]: setProperty/deleteProperty/deleteAllProperties/setProperties return Properties for chaining
  test('mutators return the store for chaining; getKeys, deleteProperty, deleteAllProperties', () => {
    const { run } = setup();
    run((g) => {
      const p = g.PropertiesService.getScriptProperties();
      p.setProperty('a', '1').setProperty('b', '2').deleteProperty('a');
      expect(p.getKeys()).toEqual(['b']);
      p.setProperties({ c: '3' }, true);
      expect(p.getProperties()).toEqual({ c: '3' });
      p.deleteAllProperties();
      expect(p.getKeys()).toEqual([]);
    });
  });

  // [G properties]: user store is per user, script store shared by all users
  test('user properties are per user; script properties are shared', () => {
    const { run } = setup();
    run((g) => {
      g.PropertiesService.getUserProperties().setProperty('k', 'alice');
      g.PropertiesService.getScriptProperties().setProperty('s', 'shared');
    }, 'alice@school.example');
    run((g) => {
      expect(g.PropertiesService.getUserProperties().getProperty('k')).toBeNull();
      expect(g.PropertiesService.getScriptProperties().getProperty('s')).toBe('shared');
    }, 'bob@school.example');
  });

  // [G ref:properties/properties-service#getDocumentProperties()]: null when there is no containing document
  test('getDocumentProperties is per document and null without a containing document', () => {
    const { world, run } = setup();
    setBoundDocument(world, 'doc-1');
    run((g) => g.PropertiesService.getDocumentProperties()!.setProperty('x', '1'));
    setBoundDocument(world, 'doc-2');
    expect(run((g) => g.PropertiesService.getDocumentProperties()!.getProperty('x'))).toBeNull();
    setBoundDocument(world, null);
    expect(run((g) => g.PropertiesService.getDocumentProperties())).toBeNull();
  });

  // [G quotas]: 9 KB per value; message §8.1 "You have exceeded the property storage quota..." [R*]
  test.each(LOCALES)('a value over 9 KB throws the storage-quota message (%s)', (locale) => {
    const { run } = setup({ locale });
    const err = thrown(() =>
      run((g) => g.PropertiesService.getScriptProperties().setProperty('big', 'x'.repeat(9 * 1024 + 1))),
    );
    expect(err.message).toBe(message(locale, 'propertyQuota'));
    expect(
      run((g) =>
        g.PropertiesService.getScriptProperties()
          .setProperty('ok', 'x'.repeat(9 * 1024))
          .getKeys(),
      ),
    ).toEqual(['ok']);
  });

  // [G quotas]: 500 KB per store; a failed write changes nothing
  test('the store is limited to 500 KB in total and a rejected setProperties is atomic', () => {
    const { run } = setup();
    const chunk = 'y'.repeat(9000);
    const err = thrown(() =>
      run((g) => {
        const p = g.PropertiesService.getScriptProperties();
        for (let i = 0; i < 60; i++) p.setProperty(`k${i}`, chunk);
      }),
    );
    expect(err.message).toMatch(/property storage quota/);
    const keys = run((g) => g.PropertiesService.getScriptProperties().getKeys().length);
    expect(keys).toBe(56); // 56 × ~9 KB fits in 500 KB, the 57th does not
    const batch = Object.fromEntries(Array.from({ length: 10 }, (_, i) => [`n${i}`, chunk]));
    expect(() => run((g) => g.PropertiesService.getScriptProperties().setProperties(batch))).toThrow();
    expect(run((g) => g.PropertiesService.getScriptProperties().getKeys().length)).toBe(56);
  });

  // [G quotas] §3.1: properties read/write 50,000 per day (consumer); resets 24 h after the first request
  test('reads and writes count against the daily properties quota, which resets after 24 h', () => {
    const { world, run } = setup();
    run((g) => {
      const p = g.PropertiesService.getScriptProperties();
      p.setProperty('a', '1');
      p.getProperty('a');
    });
    expect(propertiesOpsUsed(world)).toBe(2);
    world.clock.advance(24 * 3600_000);
    expect(propertiesOpsUsed(world)).toBe(0);
  });

  test('every call is counted by Class.method (performance-and-style §1.4)', () => {
    const { world, run } = setup();
    run((g) => {
      const p = g.PropertiesService.getScriptProperties();
      p.setProperty('a', '1').getProperty('a');
    });
    expect(world.calls.byMethod()).toEqual({
      'Properties.getProperty': 1,
      'Properties.setProperty': 1,
      'PropertiesService.getScriptProperties': 1,
    });
  });

  // §1.2: PropertiesService is not available in AuthMode.NONE
  test('PropertiesService is refused in AuthMode.NONE', () => {
    const { world, gas } = setup();
    expect(() =>
      world.execute({ authMode: 'NONE', kind: 'simple' }, () => gas.PropertiesService.getUserProperties()),
    ).toThrow(/AuthMode\.NONE/);
  });
});

describe('CacheService (§8.2)', () => {
  // [G ref:cache/cache#get(String)]: null when absent; default expiry 600 s [G ref:cache/cache#put(String,String)]
  test('get returns null when absent and after the default 600 s expiry', () => {
    const { world, run } = setup();
    run((g) => g.CacheService.getScriptCache()!.put('k', 'v'));
    world.clock.advance(599_000);
    expect(run((g) => g.CacheService.getScriptCache()!.get('k'))).toBe('v');
    world.clock.advance(1_000);
    expect(run((g) => g.CacheService.getScriptCache()!.get('k'))).toBeNull();
  });

  // [G ref:cache/cache#put(String,String,Integer)]: maximum 21,600 s (6 h)
  test('expiry is capped at 21,600 seconds', () => {
    const { world, run } = setup();
    run((g) => g.CacheService.getUserCache()!.put('k', 'v', 100_000));
    world.clock.advance(21_600_000 - 1);
    expect(run((g) => g.CacheService.getUserCache()!.get('k'))).toBe('v');
    world.clock.advance(1);
    expect(run((g) => g.CacheService.getUserCache()!.get('k'))).toBeNull();
  });

  test('getAll returns only present keys; putAll, remove, removeAll', () => {
    const { run } = setup();
    run((g) => {
      const c = g.CacheService.getScriptCache()!;
      c.putAll({ a: '1', b: '2', c: '3' });
      c.remove('a');
      expect(c.getAll(['a', 'b', 'c', 'z'])).toEqual({ b: '2', c: '3' });
      c.removeAll(['b', 'c']);
      expect(c.getAll(['b', 'c'])).toEqual({});
    });
  });

  // §8.2: keys ≤ 250 chars, values ≤ 100 KB; "Argument too large: key/value" [R*]
  test.each(LOCALES)('keys over 250 characters and values over 100 KB are refused (%s)', (locale) => {
    const { run } = setup({ locale });
    const k = thrown(() => run((g) => g.CacheService.getScriptCache()!.put('k'.repeat(251), 'v')));
    expect(k.message).toBe(message(locale, 'argumentTooLarge', { name: 'key' }));
    const v = thrown(() => run((g) => g.CacheService.getScriptCache()!.put('k', 'v'.repeat(100 * 1024 + 1))));
    expect(v.message).toBe(message(locale, 'argumentTooLarge', { name: 'value' }));
  });

  // [G ref:cache/cache]: at most 1,000 items; over that the 900 farthest from expiry are kept
  test('over 1,000 items the cache keeps the 900 farthest from expiry', () => {
    const { run } = setup();
    run((g) => {
      const c = g.CacheService.getScriptCache()!;
      for (let i = 0; i < 1001; i++) c.put(`k${i}`, 'v', 60 + i); // k0 expires first
      expect(c.get('k0')).toBeNull();
      expect(c.get('k100')).toBeNull();
      expect(c.get('k101')).toBe('v');
      expect(c.get('k1000')).toBe('v');
    });
  });

  // [G ref:cache/cache-service#getDocumentCache()]: null outside a containing document
  test('getDocumentCache is null without a containing document; user caches are per user', () => {
    const { world, run } = setup();
    run((g) => g.CacheService.getUserCache()!.put('k', 'alice'), 'alice@school.example');
    expect(run((g) => g.CacheService.getUserCache()!.get('k'), 'bob@school.example')).toBeNull();
    setBoundDocument(world, null);
    expect(run((g) => g.CacheService.getDocumentCache())).toBeNull();
  });
});
