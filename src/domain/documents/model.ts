// The document model: a small typed tree of blocks that the HTML/text renderers and the Docs adapter draw.

export type Alignment = 'left' | 'center' | 'right' | 'justify';

export interface TextRun {
  text: string;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
}

export interface ParagraphBlock {
  kind: 'paragraph';
  runs: TextRun[];
  /** Body text is justified unless told otherwise (Russian official documents). */
  align?: Alignment;
  /** Red-line indent of the first line (1.25 cm in the renderers). */
  indentFirstLine?: boolean;
  /** Extra space in points. */
  spaceBefore?: number;
  spaceAfter?: number;
}

export interface HeadingBlock {
  kind: 'heading';
  level: 1 | 2 | 3;
  text: string;
  align?: Alignment;
}

export interface ListItem {
  runs: TextRun[];
  /** 0 = top level ("1."), 1 = nested ("1.1."), … */
  level?: number;
}

export interface NumberedListBlock {
  kind: 'list';
  items: ListItem[];
}

export interface TableCell {
  /** Each line is a separate paragraph inside the cell. */
  lines: TextRun[][];
  align?: Alignment;
}

export interface TableBlock {
  kind: 'table';
  header: string[];
  /** Relative column weights (e.g. [1, 4, 4, 2, 3]); the renderer turns them into percentages. */
  widths: number[];
  rows: TableCell[][];
  boldHeader?: boolean;
  /** Points; tables default to 12 (a size under the text's 14), wide ones (the ПНП plan) go smaller. */
  fontSize?: number;
}

export interface SignatureBlock {
  kind: 'signature';
  /** "Директор", "Наставник", "Работник" … (may be empty). */
  post: string;
  /** The signer as it is printed next to the signature line, e.g. "О.В. Петрова". */
  name: string;
  /** A filled date, or null for a blank «___» ________ 20__ г. line; omitted = no date line. */
  date?: string | null;
}

export interface PageBreakBlock {
  kind: 'pageBreak';
}

/** The organisation's header as on an official form: name on top, then the document kind, date and number, place. */
export interface RequisitesBlock {
  kind: 'requisites';
  organization: string;
  city: string;
  /** "ПРИКАЗ"; omitted for documents without a kind line. */
  documentKind?: string;
  date?: string;
  number?: string;
}

/** «УТВЕРЖДАЮ» in the upper right corner. */
export interface ApprovalBlock {
  kind: 'approval';
  post: string;
  organization: string;
  name: string;
  /** A filled date, or null for a blank date line. */
  date: string | null;
}

/**
 * A chart (issue 8's monitoring report): drawn as an image in Google Docs (so it prints), as SVG in the HTML preview,
 * as its numbers in text. Values are plotted against `range`.
 */
export interface ChartBlock {
  kind: 'chart';
  /** 'bar': horizontal bars (long category names); 'column': vertical bars. */
  chart: 'bar' | 'column';
  /** The figure's caption, under the chart («Рисунок 1. …»). */
  title: string;
  categories: string[];
  series: Array<{ name: string; values: number[] }>;
  range: { min: number; max: number };
  /** Height as a share of the width. */
  aspect: number;
}

export type Block =
  | ChartBlock
  | HeadingBlock
  | ParagraphBlock
  | NumberedListBlock
  | TableBlock
  | SignatureBlock
  | PageBreakBlock
  | RequisitesBlock
  | ApprovalBlock;

export interface PageSetup {
  size: 'A4';
  orientation: 'portrait' | 'landscape';
  /** Margins in millimetres (ГОСТ Р 7.0.97: left 20–30, others 10–20). */
  marginsMm: { top: number; right: number; bottom: number; left: number };
}

export interface Document {
  /** Also the file name in Drive. */
  title: string;
  blocks: Block[];
  pageSetup?: PageSetup;
}

export const DEFAULT_PAGE_SETUP: PageSetup = {
  size: 'A4',
  orientation: 'portrait',
  marginsMm: { top: 20, right: 15, bottom: 20, left: 30 },
};
