// Keeps stored range references (protections, named ranges, active range) in place when rows or columns move.
import type { RangeRef, SpreadsheetModel } from './model';

type Axis = 'row' | 'col';

function shiftRef(ref: RangeRef, axis: Axis, at: number, delta: number): RangeRef | null {
  const start = axis === 'row' ? ref.row : ref.col;
  const size = axis === 'row' ? ref.numRows : ref.numCols;
  let s = start;
  let n = size;
  if (delta > 0) {
    // insertion before 1-based position `at`
    if (at <= start) s += delta;
    else if (at < start + size) n += delta;
  } else {
    const del = -delta;
    const end = start + size; // exclusive
    const delEnd = at + del;
    const keptBefore = Math.max(0, Math.min(end, at) - start);
    const keptAfter = Math.max(0, end - Math.max(start, delEnd));
    n = keptBefore + keptAfter;
    if (n === 0) return null;
    s = start < at ? start : Math.max(at, start - del);
  }
  return axis === 'row' ? { ...ref, row: s, numRows: n } : { ...ref, col: s, numCols: n };
}

/** delta > 0: `delta` rows/columns inserted before position `at`; delta < 0: deleted starting at `at`. */
export function shiftReferences(ss: SpreadsheetModel, sheetId: number, axis: Axis, at: number, delta: number): void {
  const move = (r: RangeRef): RangeRef | null => (r.sheetId === sheetId ? shiftRef(r, axis, at, delta) : r);
  ss.namedRanges = ss.namedRanges.filter((nr) => {
    const r = move(nr.range);
    if (r) nr.range = r;
    return r !== null;
  });
  ss.protections = ss.protections.filter((p) => {
    const r = move(p.range);
    if (!r) return false;
    p.range = r;
    p.unprotected = p.unprotected.flatMap((u) => {
      const m = move(u);
      return m ? [m] : [];
    });
    return true;
  });
  if (ss.activeRange) ss.activeRange = move(ss.activeRange);
}
