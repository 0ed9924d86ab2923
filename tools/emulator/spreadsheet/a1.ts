// A1 notation: column letters, cell and range references, optional 'Sheet name'! prefix, open column/row ranges.

export function columnToLetters(col: number): string {
  let s = '';
  let n = col;
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function lettersToColumn(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** A parsed reference; open ends (A:C, 2:5) leave the missing bound undefined so the sheet's grid fills it. */
export interface A1Ref {
  sheetName?: string;
  row?: number;
  col?: number;
  endRow?: number;
  endCol?: number;
}

const CELL = /^\$?([A-Za-z]{1,3})?\$?(\d+)?$/;

function parseCell(text: string): { col?: number; row?: number } | null {
  const m = CELL.exec(text);
  if (!m || (!m[1] && !m[2])) return null;
  const row = m[2] ? Number(m[2]) : undefined;
  if (row === 0) return null;
  return { col: m[1] ? lettersToColumn(m[1]) : undefined, row };
}

/** Splits "'My sheet'!A1:B2" into sheet name and range part; null when the text is not A1 notation. */
export function parseA1(notation: string): A1Ref | null {
  let text = notation.trim();
  let sheetName: string | undefined;
  const bang = text.lastIndexOf('!');
  if (bang >= 0) {
    sheetName = text.slice(0, bang);
    text = text.slice(bang + 1);
    if (sheetName.startsWith("'") && sheetName.endsWith("'") && sheetName.length >= 2) {
      sheetName = sheetName.slice(1, -1).replace(/''/g, "'");
    }
    if (sheetName === '') return null;
  }
  const [a, b, extra] = text.split(':');
  if (a === undefined || extra !== undefined) return null;
  const start = parseCell(a);
  if (!start) return null;
  if (b === undefined) {
    // a single cell needs both parts; "A" or "3" alone is not a range
    if (start.col === undefined || start.row === undefined) return null;
    return { sheetName, row: start.row, col: start.col, endRow: start.row, endCol: start.col };
  }
  const end = parseCell(b);
  if (!end) return null;
  // both ends must be of the same kind where one is open: A:C, 2:5, A1:C (rows open below), A2:C
  if ((start.col === undefined) !== (end.col === undefined)) return null;
  if (start.row === undefined && end.row !== undefined) return null;
  return { sheetName, row: start.row, col: start.col, endRow: end.row, endCol: end.col };
}

export function quoteSheetName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

/** "A1" for one cell, "A1:B2" otherwise (Range.getA1Notation never includes the sheet name). */
export function toA1(row: number, col: number, numRows: number, numCols: number): string {
  const start = `${columnToLetters(col)}${row}`;
  if (numRows === 1 && numCols === 1) return start;
  return `${start}:${columnToLetters(col + numCols - 1)}${row + numRows - 1}`;
}
