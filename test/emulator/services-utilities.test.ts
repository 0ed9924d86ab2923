// Contract tests: Utilities (formatDate/parseDate across zones and DST, formatString, UUID, blobs, digests, sleep), Session, Logger, console.
import { message } from '../../tools/emulator';
import { configureServices } from '../../tools/emulator/services';
import { LOCALES, setup, thrown } from './services-helpers';

describe('Utilities.formatDate (§5.6; Java SimpleDateFormat)', () => {
  const at = new Date('2026-03-29T01:30:05.007Z'); // 03:30:05 CEST in Berlin, just after the spring-forward

  // [G ref:utilities/utilities#formatDate(Date,String,String)]: pattern letters of java.text.SimpleDateFormat
  test('numeric letters yyyy yy MM M dd d HH H mm ss SSS in an IANA zone', () => {
    const { gas } = setup();
    expect(gas.Utilities.formatDate(at, 'Europe/Berlin', 'yyyy-MM-dd HH:mm:ss.SSS')).toBe('2026-03-29 03:30:05.007');
    expect(gas.Utilities.formatDate(at, 'Europe/Moscow', 'yy/M/d H:mm')).toBe('26/3/29 4:30');
    expect(gas.Utilities.formatDate(at, 'UTC', 'dd.MM.yyyy')).toBe('29.03.2026');
  });

  test('text letters MMM MMMM E EEEE u and quoted literals', () => {
    const { gas } = setup();
    expect(gas.Utilities.formatDate(at, 'Europe/Moscow', "EEE, d MMM yyyy 'at' HH'h' '''x'''")).toBe(
      "Sun, 29 Mar 2026 at 04h 'x'",
    );
    expect(gas.Utilities.formatDate(at, 'Europe/Moscow', 'EEEE MMMM u')).toBe('Sunday March 7');
  });

  test('zone letters Z and XXX follow the offset across DST', () => {
    const { gas } = setup();
    const winter = new Date('2026-01-15T12:00:00Z');
    expect(gas.Utilities.formatDate(winter, 'Europe/Berlin', 'HH:mm Z XXX')).toBe('13:00 +0100 +01:00');
    expect(gas.Utilities.formatDate(at, 'Europe/Berlin', 'HH:mm Z XXX')).toBe('03:30 +0200 +02:00');
    expect(gas.Utilities.formatDate(at, 'Europe/Moscow', 'XXX')).toBe('+03:00');
    expect(gas.Utilities.formatDate(at, 'UTC', 'XXX')).toBe('Z');
    expect(gas.Utilities.formatDate(at, 'America/New_York', 'yyyy-MM-dd HH:mm XXX')).toBe('2026-03-28 21:30 -04:00');
  });

  // Java TimeZone.getTimeZone: an unknown id falls back to GMT [U]
  test('an unknown zone id formats in GMT', () => {
    const { gas } = setup();
    expect(gas.Utilities.formatDate(at, 'Nowhere/City', 'HH:mm')).toBe('01:30');
    expect(gas.Utilities.formatDate(at, 'GMT+3', 'HH:mm')).toBe('04:30');
  });

  test('an illegal pattern letter throws', () => {
    const { gas } = setup();
    expect(() => gas.Utilities.formatDate(at, 'UTC', 'yyyy-qq')).toThrow();
  });
});

describe('Utilities.parseDate', () => {
  // [G ref:utilities/utilities#parseDate(String,String,String)]
  test('parses in the given zone, including a DST zone, and round-trips with formatDate', () => {
    const { gas } = setup();
    expect(gas.Utilities.parseDate('2026-07-01 08:00', 'Europe/Berlin', 'yyyy-MM-dd HH:mm').toISOString()).toBe(
      '2026-07-01T06:00:00.000Z',
    );
    expect(gas.Utilities.parseDate('01.12.2026', 'Europe/Moscow', 'dd.MM.yyyy').toISOString()).toBe(
      '2026-11-30T21:00:00.000Z',
    );
    expect(gas.Utilities.parseDate('20260301', 'UTC', 'yyyyMMdd').toISOString()).toBe('2026-03-01T00:00:00.000Z');
    expect(gas.Utilities.parseDate('5 Mar 2026 10:00 +0500', 'UTC', 'd MMM yyyy HH:mm Z').toISOString()).toBe(
      '2026-03-05T05:00:00.000Z',
    );
  });

  test.each(LOCALES)('text that does not match the pattern throws (%s)', (locale) => {
    const { gas } = setup({ locale });
    expect(thrown(() => gas.Utilities.parseDate('soon', 'UTC', 'yyyy-MM-dd')).message).toBe(
      message(locale, 'unparseableDate', { text: 'soon' }),
    );
  });
});

describe('Utilities: other members', () => {
  // [G ref:utilities/utilities#formatString(String,Object...)]: sprintf-like
  test('formatString supports %s %d %f with width, precision and flags', () => {
    const { gas } = setup();
    expect(gas.Utilities.formatString('%s has %d items (%.2f%%) %05d|%-3s|', 'Ann', 3, 12.345, 42, 'x')).toBe(
      'Ann has 3 items (12.35%) 00042|x  |',
    );
  });

  // [G ref:utilities/utilities#getUuid()]: a UUID string; emulator: v4 layout, reproducible per world
  test('getUuid returns RFC 4122 version-4 strings, distinct and reproducible for a new world', () => {
    const a = setup().gas;
    const first = [a.Utilities.getUuid(), a.Utilities.getUuid()];
    for (const u of first) expect(u).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(first[0]).not.toBe(first[1]);
  });

  // [G ref:utilities/blob]
  test('newBlob: bytes (signed), string data, content type, name, copyBlob', () => {
    const { gas } = setup();
    const blob = gas.Utilities.newBlob('Привет', 'text/plain', 'a.txt');
    expect(blob.getDataAsString()).toBe('Привет');
    expect(blob.getContentType()).toBe('text/plain');
    expect(blob.getName()).toBe('a.txt');
    expect(blob.getBytes().every((b) => b >= -128 && b <= 127)).toBe(true);
    expect(blob.getBytes()[0]).toBe(-48); // 0xD0
    const copy = blob.copyBlob().setName('b.txt');
    expect([blob.getName(), copy.getName()]).toEqual(['a.txt', 'b.txt']);
  });

  test('base64Encode/base64Decode and computeDigest(MD5, SHA_256) with the DigestAlgorithm enum', () => {
    const { gas } = setup();
    expect(gas.Utilities.base64Encode('hello')).toBe('aGVsbG8=');
    expect(gas.Utilities.newBlob(gas.Utilities.base64Decode('aGVsbG8=')).getDataAsString()).toBe('hello');
    const hex = (bytes: number[]) => bytes.map((b) => ((b + 256) % 256).toString(16).padStart(2, '0')).join('');
    expect(hex(gas.Utilities.computeDigest(gas.Utilities.DigestAlgorithm.MD5, 'abc'))).toBe(
      '900150983cd24fb0d6963f7d28e17f72',
    );
    expect(hex(gas.Utilities.computeDigest(gas.Utilities.DigestAlgorithm.SHA_256, 'abc'))).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
    expect(gas.Utilities.Charset.UTF_8).toBeDefined();
  });

  // A real sleep takes time: the world clock moves; max 5 minutes [G ref:utilities/utilities#sleep(Integer)]
  test('sleep advances the world clock', () => {
    const { world, run } = setup();
    const t0 = world.clock.now();
    run((g) => g.Utilities.sleep(1500));
    expect(world.clock.now() - t0).toBe(1500);
  });

  // §1.2/§14.2: Utilities and Logger are allowed in AuthMode.NONE
  test('Utilities and Logger work in AuthMode.NONE', () => {
    const { world, gas } = setup();
    world.execute({ authMode: 'NONE', kind: 'simple' }, () => {
      gas.Utilities.formatDate(new Date(), 'UTC', 'yyyy');
      gas.Logger.log('ok');
      gas.console.log('ok');
      expect(gas.Session.getActiveUserLocale()).toBe('ru');
    });
  });
});

describe('Session', () => {
  // [G ref:base/session]
  test('active / effective user, locale (ru by default, configurable), script time zone, temporary key', () => {
    const { world, run } = setup({ userEmail: 'mentor@school.example', scriptTimeZone: 'Asia/Yekaterinburg' });
    run((g) => {
      expect(g.Session.getActiveUser().getEmail()).toBe('mentor@school.example');
      expect(g.Session.getEffectiveUser().getEmail()).toBe('mentor@school.example');
      expect(g.Session.getActiveUserLocale()).toBe('ru');
      expect(g.Session.getScriptTimeZone()).toBe('Asia/Yekaterinburg');
    });
    configureServices(world, { userLocale: 'en' });
    expect(run((g) => g.Session.getActiveUserLocale())).toBe('en');
    const k1 = run((g) => g.Session.getTemporaryActiveUserKey());
    const k2 = run((g) => g.Session.getTemporaryActiveUserKey(), 'other@school.example');
    expect(k1).not.toBe(k2);
    expect(run((g) => g.Session.getTemporaryActiveUserKey())).toBe(k1);
  });
});

describe('Logger and console', () => {
  // [G ref:base/logger#log(String,Object...)]: format with %s placeholders; getLog; clear
  test('Logger.log formats %s, getLog returns the lines, clear empties it; lines reach world.logs', () => {
    const { world, run } = setup();
    run((g) => {
      g.Logger.log('Hello %s, you have %s', 'Anna', 3).log({ a: 1 });
      expect(g.Logger.getLog()).toBe('Hello Anna, you have 3\n{"a":1}\n');
      g.Logger.clear();
      expect(g.Logger.getLog()).toBe('');
    });
    expect(world.logs.map((l) => l.text)).toEqual(['Hello Anna, you have 3', '{"a":1}']);
  });

  test('console.log/info/warn/error are captured with their level', () => {
    const { world, run } = setup();
    run((g) => {
      g.console.log('a', 1);
      g.console.info('b');
      g.console.warn('c %s', 'd');
      g.console.error(new Error('boom'));
    });
    expect(world.logs.map((l) => [l.level, l.text])).toEqual([
      ['info', 'a 1'],
      ['info', 'b'],
      ['warn', 'c d'],
      ['error', 'Error: boom'],
    ]);
    expect(world.calls.count('console')).toBe(4);
  });
});
