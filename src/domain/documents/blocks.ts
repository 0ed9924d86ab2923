// Small constructors for document blocks, so the builders read like the documents they produce.
import type { Alignment, Block, ListItem, ParagraphBlock, TableBlock, TableCell, TextRun } from './model';

export const run = (text: string, style: Omit<TextRun, 'text'> = {}): TextRun => ({ text, ...style });
export const bold = (text: string): TextRun => ({ text, bold: true });

type RunsLike = string | TextRun | Array<string | TextRun>;

export function toRuns(content: RunsLike): TextRun[] {
  const parts = Array.isArray(content) ? content : [content];
  return parts.map((p) => (typeof p === 'string' ? { text: p } : p));
}

/** A body paragraph: justified, with a red-line indent. */
export function para(content: RunsLike, opts: Omit<ParagraphBlock, 'kind' | 'runs'> = {}): ParagraphBlock {
  return { kind: 'paragraph', runs: toRuns(content), align: 'justify', indentFirstLine: true, ...opts };
}

/** A paragraph without indent, aligned as asked (titles, captions, right-hand notes). */
export function line(
  content: RunsLike,
  align: Alignment = 'left',
  opts: Omit<ParagraphBlock, 'kind' | 'runs' | 'align'> = {},
): ParagraphBlock {
  return { kind: 'paragraph', runs: toRuns(content), align, indentFirstLine: false, ...opts };
}

export function heading(text: string, level: 1 | 2 | 3 = 1, align: Alignment = 'center'): Block {
  return { kind: 'heading', level, text, align };
}

export function list(items: Array<RunsLike | ListItem>): Block {
  return {
    kind: 'list',
    items: items.map((i) => (isListItem(i) ? i : { runs: toRuns(i), level: 0 })),
  };
}

function isListItem(x: RunsLike | ListItem): x is ListItem {
  return typeof x === 'object' && !Array.isArray(x) && 'runs' in x;
}

export function cell(...lines: RunsLike[]): TableCell {
  return { lines: lines.map(toRuns) };
}

export function table(header: string[], widths: number[], rows: TableCell[][], boldHeader = true): TableBlock {
  return { kind: 'table', header, widths, rows, boldHeader };
}

export const pageBreak = (): Block => ({ kind: 'pageBreak' });

export const spacer = (): ParagraphBlock => ({ kind: 'paragraph', runs: [], align: 'left' });
