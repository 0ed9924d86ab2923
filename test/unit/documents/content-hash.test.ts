import { contentHash, stableJson } from '../../../src/domain/documents/content-hash';
import type { Document } from '../../../src/domain/documents/model';
import { buildOrder } from '../../../src/domain/documents/order';
import { d, pairs, settings } from './fixtures';

const order = (number = '112-од') => buildOrder({ settings, number, date: d('2026-09-25'), pairs }).document;

describe('content hash', () => {
  test('16 hex digits, the same for the same model', () => {
    expect(contentHash(order())).toMatch(/^[0-9a-f]{16}$/);
    expect(contentHash(order())).toBe(contentHash(order()));
  });

  test('changes when anything visible changes', () => {
    expect(contentHash(order('113-од'))).not.toBe(contentHash(order()));
    const a: Document = { title: 't', blocks: [{ kind: 'paragraph', runs: [{ text: 'Иванова' }] }] };
    const b: Document = { title: 't', blocks: [{ kind: 'paragraph', runs: [{ text: 'Иванова', bold: true }] }] };
    expect(contentHash(a)).not.toBe(contentHash(b));
  });

  test('key order and undefined fields do not matter', () => {
    const a = {
      title: 't',
      blocks: [{ kind: 'paragraph', runs: [{ text: 'x', bold: undefined }], align: 'left' }],
    } as Document;
    const b = { blocks: [{ align: 'left', runs: [{ text: 'x' }], kind: 'paragraph' }], title: 't' } as Document;
    expect(stableJson(a)).toBe(stableJson(b));
    expect(contentHash(a)).toBe(contentHash(b));
  });

  test('a known value, so the hash does not drift between releases', () => {
    expect(contentHash({ title: '', blocks: [] })).toBe('b8829c31dcd84a06');
    expect(contentHash({ title: 'Приказ', blocks: [{ kind: 'pageBreak' }] })).toBe('7768e5df6ad88bee');
    expect(stableJson({ title: '', blocks: [] })).toBe('{"blocks":[],"title":""}');
  });
});
