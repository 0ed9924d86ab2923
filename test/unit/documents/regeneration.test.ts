// Create, update, skip or leave alone: the decision behind «regeneration updates the same file» and «a hand-edited
// document is not overwritten without asking».
import { decide, editedByHand, type RecordedFile } from '../../../src/domain/documents/regeneration';

const recorded: RecordedFile = { fileId: 'f1', hash: 'h1', driveVersion: 12, modifiedTime: '2026-09-10T06:00:00.000Z' };
const same = { version: 12, modifiedTime: '2026-09-10T06:00:00.000Z' };

describe('regeneration decision', () => {
  test('nothing recorded, or the file is gone: create', () => {
    expect(decide(null, null, 'h1', false)).toBe('create');
    expect(decide({ ...recorded, fileId: '' }, same, 'h1', false)).toBe('create');
    expect(decide(recorded, null, 'h1', false)).toBe('create');
  });

  test('same content, untouched file: unchanged; new content: update the same file', () => {
    expect(decide(recorded, same, 'h1', false)).toBe('unchanged');
    expect(decide(recorded, same, 'h2', false)).toBe('update');
  });

  test('a later version or modified time means a person edited it: left alone unless the curator agreed', () => {
    const edited = { version: 13, modifiedTime: '2026-09-11T08:00:00.000Z' };
    expect(editedByHand(recorded, edited)).toBe(true);
    expect(editedByHand(recorded, { ...same, modifiedTime: '2026-09-10T06:00:01.000Z' })).toBe(true);
    expect(editedByHand(recorded, { ...same, version: 13 })).toBe(true);
    expect(decide(recorded, edited, 'h1', false)).toBe('edited');
    expect(decide(recorded, edited, 'h2', false)).toBe('edited');
    // With consent the document is rewritten even when our content did not change: the edit is what goes.
    expect(decide(recorded, edited, 'h1', true)).toBe('update');
  });

  test('a lost record of the Drive version counts as edited (asking once too often loses nothing)', () => {
    expect(decide({ ...recorded, driveVersion: null }, same, 'h1', false)).toBe('edited');
  });
});
