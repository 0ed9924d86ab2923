// Drive v3 advanced service contract: create/copy/get/update/list, folders and parents, drive.file visibility, versions.
import { documentToText, editDocumentAsPerson, documentsCreatedToday } from '../../tools/emulator/documents';
import { deleteFilePermanently, FOLDER_MIME, DOC_MIME, seedForeignFile, trashFile } from '../../tools/emulator/drive';
import type { DriveV3 } from '../../src/google/docs/services';
import { docsWorld, thrown } from './docs-helpers';

describe('Drive.Files (advanced service v3)', () => {
  test('create a folder and a Google Doc inside it; the Doc opens with DocumentApp', () => {
    const { run } = docsWorld();
    run(({ Drive, DocumentApp }) => {
      const folder = Drive.Files.create({ name: 'Наставничество 2026-2027', mimeType: FOLDER_MIME }, null, {
        fields: 'id,mimeType',
      });
      expect(folder.mimeType).toBe(FOLDER_MIME);
      const doc = Drive.Files.create({ name: 'Приказ', mimeType: DOC_MIME, parents: [folder.id!] }, null, {
        fields: 'id,parents,webViewLink',
      });
      expect(doc.parents).toEqual([folder.id]);
      expect(doc.webViewLink).toContain(`/document/d/${doc.id}/`);
      const body = DocumentApp.openById(doc.id!).getBody();
      expect(body.getNumChildren()).toBe(1);
    });
  });

  // developers.google.com/drive/api/reference/rest/v3/files/get: without `fields` only kind, id, name, mimeType.
  test('get returns the default fields unless `fields` asks; version is a string, modifiedTime RFC 3339', () => {
    const { run } = docsWorld();
    run(({ Drive }) => {
      const f = Drive.Files.create({ name: 'a.txt', mimeType: 'text/plain' });
      expect(Object.keys(Drive.Files.get(f.id!)).sort()).toEqual(['id', 'kind', 'mimeType', 'name']);
      const g = Drive.Files.get(f.id!, { fields: 'id,version,modifiedTime,trashed,webViewLink,parents' });
      expect(typeof g.version).toBe('string');
      expect(g.modifiedTime).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/);
      expect(g.trashed).toBe(false);
      expect(g.parents).toEqual(['root']);
    });
  });

  test('every DocumentApp change and every hand edit bumps the version and modified time', () => {
    const { world, run } = docsWorld();
    const id = run(({ Drive }) => Drive.Files.create({ name: 'ПНП', mimeType: DOC_MIME }).id!);
    const v = () => run(({ Drive }) => Drive.Files.get(id, { fields: 'version,modifiedTime' }));
    const v1 = v();
    run(({ DocumentApp }) => DocumentApp.openById(id).getBody().appendParagraph('текст'));
    const v2 = v();
    expect(Number(v2.version)).toBeGreaterThan(Number(v1.version));
    world.clock.advance(3600_000);
    editDocumentAsPerson(world, id, (d) => d.getBody().appendParagraph('правка'));
    const v3 = v();
    expect(Number(v3.version)).toBeGreaterThan(Number(v2.version));
    expect(Date.parse(v3.modifiedTime!)).toBeGreaterThan(Date.parse(v2.modifiedTime!));
  });

  test('copy of a Google Doc copies its content, inherits parents by default and counts as a created document', () => {
    const { world, run } = docsWorld();
    const { tpl, folder } = run(({ Drive, DocumentApp }) => {
      const folder = Drive.Files.create({ name: 'F', mimeType: FOLDER_MIME }).id!;
      const tpl = Drive.Files.create({ name: 'Шаблон', mimeType: DOC_MIME, parents: [folder] }).id!;
      DocumentApp.openById(tpl).getBody().appendParagraph('Уважаемый {{фио}}');
      return { tpl, folder };
    });
    const before = documentsCreatedToday(world);
    const copy = run(({ Drive }) => Drive.Files.copy({ name: 'Копия' }, tpl, { fields: 'id,name,parents' }));
    expect(copy.name).toBe('Копия');
    expect(copy.parents).toEqual([folder]);
    expect(documentsCreatedToday(world)).toBe(before + 1);
    expect(documentToText(world, copy.id!)).toContain('Уважаемый {{фио}}');
    run(({ DocumentApp }) => DocumentApp.openById(copy.id!).getBody().replaceText('\\{\\{фио\\}\\}', 'Иванова'));
    expect(documentToText(world, tpl)).toContain('{{фио}}'); // the template is untouched
  });

  test("update renames, moves with addParents/removeParents, trashes; list supports the add-on's q forms", () => {
    const { run } = docsWorld();
    run(({ Drive }) => {
      const a = Drive.Files.create({ name: 'A', mimeType: FOLDER_MIME }).id!;
      const b = Drive.Files.create({ name: 'B', mimeType: FOLDER_MIME }).id!;
      const d = Drive.Files.create({ name: "Приказ 'О'", mimeType: DOC_MIME, parents: [a] }).id!;
      const moved = Drive.Files.update({ name: 'Приказ №1' }, d, null, {
        addParents: b,
        removeParents: a,
        fields: 'name,parents,version',
      });
      expect(moved.name).toBe('Приказ №1');
      expect(moved.parents).toEqual([b]);
      const byName = Drive.Files.list({
        q: `name = 'B' and mimeType = '${FOLDER_MIME}' and trashed = false`,
        fields: 'files(id,name)',
      });
      expect(byName.files).toEqual([{ id: b, name: 'B' }]);
      expect(Drive.Files.list({ q: `'${b}' in parents` }).files!.map((f) => f.id)).toEqual([d]);
      expect(Drive.Files.list({ q: `'${a}' in parents` }).files).toEqual([]);
      Drive.Files.update({ trashed: true }, b);
      expect(Drive.Files.list({ q: `name = 'B' and trashed = false` }).files).toEqual([]);
      expect(Drive.Files.list({ q: `name = 'B'` }).files).toHaveLength(1); // v3 lists trashed files unless told not to
      expect(() => Drive.Files.list({ q: `name = 'B' or name = 'A'` })).toThrow(/Invalid Value/);
    });
  });

  test('list pages with pageSize / nextPageToken', () => {
    const { run } = docsWorld();
    run(({ Drive }) => {
      for (let i = 0; i < 5; i++) Drive.Files.create({ name: `f${i}`, mimeType: 'text/plain' });
      const p1 = Drive.Files.list({ pageSize: 3, fields: 'nextPageToken,files(name)' });
      expect(p1.files).toHaveLength(3);
      const p2 = Drive.Files.list({ pageSize: 3, pageToken: p1.nextPageToken, fields: 'nextPageToken,files(name)' });
      expect(p2.files!.map((f) => f.name)).toEqual(['f3', 'f4']);
      expect(p2.nextPageToken).toBeUndefined();
    });
  });
});

describe('drive.file: files the add-on did not create are invisible (apps-script-facts §10.2)', () => {
  // REST text "File not found: <id>." (googleapis/google-api-ruby-client#3265, google-api-python-client#1186),
  // wrapped by the advanced service as "API call to drive.files.<method> failed with error: …"
  // (ericyd/gdrive-copy#142); copying a pre-existing template under drive.file fails (causmos #58).
  test.each(['en', 'ru'] as const)(
    'get/copy/update of a foreign file throw a 404 "File not found: <id>." (%s)',
    (locale) => {
      const { world, run } = docsWorld({ locale });
      const foreign = seedForeignFile(world, { name: 'Шаблон пользователя', lines: ['{{фио}}'] });
      for (const call of [
        (D: DriveV3) => D.Files.get(foreign.id),
        (D: DriveV3) => D.Files.copy({ name: 'x' }, foreign.id),
        (D: DriveV3) => D.Files.update({ name: 'x' }, foreign.id),
      ]) {
        const e = thrown(() => run(({ Drive }) => call(Drive)));
        expect(e.message).toContain(`File not found: ${foreign.id}.`);
        if (locale === 'en')
          expect(e.message).toMatch(/^API call to drive\.files\.(get|copy|update) failed with error: /);
      }
      expect(run(({ Drive }) => Drive.Files.list({ q: "name = 'Шаблон пользователя'" }).files)).toEqual([]);
      // DocumentApp (documents scope: all the user's Docs) still opens it.
      expect(run(({ DocumentApp }) => DocumentApp.openById(foreign.id).getBody().getText())).toBe('{{фио}}');
    },
  );

  test('a parent folder the app cannot see is refused; the full drive scope sees foreign files', () => {
    const { world, run } = docsWorld();
    const foreignFolder = seedForeignFile(world, { name: 'Чужая папка', mimeType: FOLDER_MIME });
    expect(() =>
      run(({ Drive }) => Drive.Files.create({ name: 'x', mimeType: DOC_MIME, parents: [foreignFolder.id] })),
    ).toThrow(/File not found/);
    const full = docsWorld({
      oauthScopes: ['https://www.googleapis.com/auth/drive', 'https://www.googleapis.com/auth/documents'],
    });
    const f = seedForeignFile(full.world, { name: 'видно' });
    expect(full.run(({ Drive }) => Drive.Files.get(f.id).name)).toBe('видно');
  });

  test('deleted files are gone for Drive; trashed files are still readable with trashed = true', () => {
    const { world, run } = docsWorld();
    const { a, b } = run(({ Drive }) => ({
      a: Drive.Files.create({ name: 'a', mimeType: DOC_MIME }).id!,
      b: Drive.Files.create({ name: 'b', mimeType: DOC_MIME }).id!,
    }));
    deleteFilePermanently(world, a);
    trashFile(world, b);
    expect(() => run(({ Drive }) => Drive.Files.get(a))).toThrow(/File not found/);
    expect(run(({ Drive }) => Drive.Files.get(b, { fields: 'trashed' }).trashed)).toBe(true);
  });

  test('the Drive global exists only when the advanced service is enabled; calls need drive.file', () => {
    expect(docsWorld({ drive: false }).gas.Drive).toBeUndefined();
    const { run } = docsWorld({ oauthScopes: ['https://www.googleapis.com/auth/documents'] });
    expect(() => run(({ Drive }) => Drive.Files.list())).toThrow(/drive\.file/);
  });
});

// developers.google.com/drive/api/guides/properties: appProperties are "restricted to your app"; limits: "Maximum of 30
// private properties per file from any one application", "Maximum of 124 bytes size per property (including both key
// and value) string in UTF-8 encoding". Search: developers.google.com/drive/api/guides/search-files#custom,
// "appProperties has { key='additionalID' and value='8e8aceg2af2ge72e78' }" — key and value together
// (googleapis/google-api-nodejs-client #426: a key alone is an invalid query).
describe('Drive appProperties (how the add-on finds its own files again)', () => {
  test('create and copy set them; get returns them only when `fields` asks; update merges and null removes', () => {
    const { run } = docsWorld();
    run(({ Drive }) => {
      const f = Drive.Files.create({
        name: 'ПНП',
        mimeType: DOC_MIME,
        appProperties: { nk: 'program:НП-1', run: 'r1' },
      });
      expect(Drive.Files.get(f.id!).appProperties).toBeUndefined();
      expect(Drive.Files.get(f.id!, { fields: 'appProperties' }).appProperties).toEqual({
        nk: 'program:НП-1',
        run: 'r1',
      });
      Drive.Files.update({ appProperties: { run: null, v: '2' } }, f.id!);
      expect(Drive.Files.get(f.id!, { fields: 'appProperties' }).appProperties).toEqual({ nk: 'program:НП-1', v: '2' });
      const c = Drive.Files.copy({ name: 'Копия', appProperties: { nk: 'program:НП-2' } }, f.id!, {
        fields: 'id,appProperties',
      });
      expect(c.appProperties).toEqual({ nk: 'program:НП-2' });
    });
  });

  test("list with `appProperties has { key='k' and value='v' }` (combinable with other terms by and)", () => {
    const { run } = docsWorld();
    run(({ Drive }) => {
      const a = Drive.Files.create({ name: 'a', mimeType: DOC_MIME, appProperties: { run: 'r1' } }).id!;
      Drive.Files.create({ name: 'b', mimeType: DOC_MIME, appProperties: { run: 'r2' } });
      const c = Drive.Files.create({ name: 'c', mimeType: DOC_MIME, appProperties: { run: 'r1' } }).id!;
      Drive.Files.update({ trashed: true }, c);
      const q = "appProperties has { key='run' and value='r1' }";
      expect(
        Drive.Files.list({ q, fields: 'files(id)' })
          .files!.map((f) => f.id)
          .sort(),
      ).toEqual([a, c].sort());
      expect(Drive.Files.list({ q: `${q} and trashed = false`, fields: 'files(id)' }).files).toEqual([{ id: a }]);
      expect(() => Drive.Files.list({ q: "appProperties has { key='run' }" })).toThrow(/Invalid Value/);
    });
  });

  test('more than 124 bytes of key + value (UTF-8) or more than 30 properties per file are refused', () => {
    const { run } = docsWorld();
    run(({ Drive }) => {
      // 'ключ' is 8 bytes in UTF-8, 58 Cyrillic letters are 116: 124 exactly is allowed, one byte more is not.
      const ok = Drive.Files.create({ name: 'x', mimeType: 'text/plain', appProperties: { ключ: 'я'.repeat(58) } });
      expect(ok.id).toBeTruthy();
      expect(() =>
        Drive.Files.create({ name: 'x', mimeType: 'text/plain', appProperties: { ключ: 'я'.repeat(58) + 'a' } }),
      ).toThrow(/124 bytes/);
      const many = Object.fromEntries(Array.from({ length: 31 }, (_, i) => [`k${i}`, 'v']));
      expect(() => Drive.Files.create({ name: 'x', mimeType: 'text/plain', appProperties: many })).toThrow(/30/);
    });
  });
});
