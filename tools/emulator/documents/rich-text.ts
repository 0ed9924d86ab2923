// Edits on formatted text runs: insert, delete, replace and style ranges, keeping runs normalized.
import type { Attrs, Run } from './nodes';

interface Cell {
  ch: string;
  a: Attrs;
}

function explode(runs: readonly Run[]): Cell[] {
  const out: Cell[] = [];
  for (const r of runs)
    for (const ch of r.text) for (let i = 0; i < ch.length; i++) out.push({ ch: ch[i]!, a: r.attrs });
  return out;
}

function sameAttrs(a: Attrs, b: Attrs): boolean {
  if (a === b) return true;
  const ka = Object.keys(a);
  if (ka.length !== Object.keys(b).length) return false;
  return ka.every((k) => a[k] === b[k]);
}

function compress(cells: readonly Cell[]): Run[] {
  const out: Run[] = [];
  for (const c of cells) {
    const last = out[out.length - 1];
    if (last && sameAttrs(last.attrs, c.a)) last.text += c.ch;
    else out.push({ text: c.ch, attrs: c.a });
  }
  return out;
}

export function runsText(runs: readonly Run[]): string {
  return runs.map((r) => r.text).join('');
}

/** Inserted text takes the formatting of the character before it (or after it at offset 0). */
export function insertText(runs: readonly Run[], offset: number, text: string): Run[] {
  const cells = explode(runs);
  const a = (cells[offset - 1] ?? cells[offset])?.a ?? {};
  cells.splice(offset, 0, ...Array.from(text, (ch) => ({ ch, a })));
  return compress(cells);
}

export function deleteText(runs: readonly Run[], start: number, endInclusive: number): Run[] {
  const cells = explode(runs);
  cells.splice(start, endInclusive - start + 1);
  return compress(cells);
}

export function replaceRange(runs: readonly Run[], start: number, endExclusive: number, text: string): Run[] {
  const cells = explode(runs);
  const a = cells[start]?.a ?? cells[start - 1]?.a ?? {};
  cells.splice(start, endExclusive - start, ...Array.from(text, (ch) => ({ ch, a })));
  return compress(cells);
}

/** Sets character attributes on [start, endInclusive]; a null value removes the attribute (Apps Script's "reset"). */
export function styleRange(runs: readonly Run[], start: number, endInclusive: number, attrs: Attrs): Run[] {
  const cells = explode(runs);
  const cache = new Map<Attrs, Attrs>();
  for (let i = start; i <= endInclusive && i < cells.length; i++) {
    const c = cells[i]!;
    let next = cache.get(c.a);
    if (!next) {
      next = { ...c.a };
      for (const [k, v] of Object.entries(attrs)) {
        if (v === null || v === undefined) delete next[k];
        else next[k] = v;
      }
      cache.set(c.a, next);
    }
    c.a = next;
  }
  return compress(cells);
}

/** Attributes at one offset (the run covering it). */
export function attrsAt(runs: readonly Run[], offset: number): Attrs {
  let pos = 0;
  for (const r of runs) {
    if (offset < pos + r.text.length) return r.attrs;
    pos += r.text.length;
  }
  return runs[runs.length - 1]?.attrs ?? {};
}

/** Offsets where formatting changes (Text.getTextAttributeIndices). */
export function attributeIndices(runs: readonly Run[]): number[] {
  const out: number[] = [];
  let pos = 0;
  for (const r of runs) {
    out.push(pos);
    pos += r.text.length;
  }
  return out.length ? out : [0];
}
