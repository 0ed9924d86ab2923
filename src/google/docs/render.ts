// Draws the domain document model into a Google Doc (ГОСТ Р 7.0.97-2016 look) with batched DocumentApp calls.
import type { AppContext } from '../../app/context';
import {
  DEFAULT_PAGE_SETUP,
  type Alignment,
  type Block,
  type ChartBlock,
  type Document,
  type TableBlock,
  type TextRun,
} from '../../domain/documents/model';
import { listNumbers } from '../../domain/documents/numbering';
import { BLANK_DATE, formatValue, SIGN_LINE } from '../../domain/documents/text-renderer';
import { chartImage } from './chart-image';
import { createDocInFolder } from './drive-files';
import { documentAppOf } from './services';

type Attrs = Record<string, unknown>;

const PT_PER_MM = 72 / 25.4;
/** A4 in points (apps-script-facts §7.1). */
const A4 = { width: 595.3, height: 841.9 };
/** ГОСТ Р 7.0.97: Times New Roman 14 for the text, 1.25 cm red line; tables a size smaller. */
const FONT = 'Times New Roman';
const TEXT_SIZE = 14;
const TABLE_SIZE = 12;
const RED_LINE = 12.5 * PT_PER_MM;
/** The approval block starts in the right half of the text area. */
const RIGHT_BLOCK_INDENT = 250;

export interface RenderOptions {
  /** Re-render into this document (regeneration updates the same file, never a copy). */
  docId?: string;
  /** For a new document: create it in this Drive folder (else in My Drive via DocumentApp.create). */
  folderId?: string;
}

export interface RenderResult {
  docId: string;
  url: string;
}

export function renderToGoogleDoc(ctx: AppContext, model: Document, options: RenderOptions = {}): RenderResult {
  const app = documentAppOf(ctx);
  const { Attribute: A, ParagraphHeading: PH } = app;

  let docId = options.docId;
  let doc: GoogleAppsScript.Document.Document;
  if (docId) doc = app.openById(docId);
  else if (options.folderId) {
    docId = createDocInFolder(ctx, model.title, options.folderId).id;
    doc = app.openById(docId);
  } else {
    doc = app.create(model.title);
    docId = doc.getId();
  }
  const body = doc.getBody();
  if (options.docId) body.clear(); // leaves the one empty paragraph every body keeps

  // Page setup and the named styles: one call each, instead of fonts on every paragraph.
  const setup = model.pageSetup ?? DEFAULT_PAGE_SETUP;
  const [w, h] = setup.orientation === 'landscape' ? [A4.height, A4.width] : [A4.width, A4.height];
  const m = setup.marginsMm;
  body.setAttributes({
    [A.PAGE_WIDTH]: w,
    [A.PAGE_HEIGHT]: h,
    [A.MARGIN_TOP]: m.top * PT_PER_MM,
    [A.MARGIN_BOTTOM]: m.bottom * PT_PER_MM,
    [A.MARGIN_LEFT]: m.left * PT_PER_MM,
    [A.MARGIN_RIGHT]: m.right * PT_PER_MM,
  });
  body.setHeadingAttributes(PH.NORMAL, {
    [A.FONT_FAMILY]: FONT,
    [A.FONT_SIZE]: TEXT_SIZE,
    [A.LINE_SPACING]: 1,
    [A.SPACING_BEFORE]: 0,
    [A.SPACING_AFTER]: 0,
  });
  const levels = new Set(model.blocks.flatMap((b) => (b.kind === 'heading' ? [b.level] : [])));
  for (const level of levels)
    body.setHeadingAttributes(headingOf(app)[level], {
      [A.FONT_FAMILY]: FONT,
      [A.FONT_SIZE]: TEXT_SIZE,
      [A.BOLD]: true,
      [A.SPACING_BEFORE]: 12,
      [A.SPACING_AFTER]: 6,
    });

  new BlockDrawer(app, body, w - (m.left + m.right) * PT_PER_MM, null, ctx.services.Charts ?? null).draw(model.blocks);
  // The body's initial empty paragraph would print as a blank first line; a leading table keeps it (a body starts with a paragraph).
  if (model.blocks[0] && model.blocks[0].kind !== 'table') body.getChild(0).removeFromParent();
  const url = doc.getUrl();
  doc.saveAndClose();
  return { docId, url };
}

const headingOf = (app: GoogleAppsScript.Document.DocumentApp) =>
  ({ 1: app.ParagraphHeading.HEADING1, 2: app.ParagraphHeading.HEADING2, 3: app.ParagraphHeading.HEADING3 }) as const;

/**
 * Draws blocks into a body: appended at the end, or inserted from a child index on (a school template's block
 * placeholder is replaced where it stands). Calls are batched: a paragraph is one call for its text and one for all
 * its attributes, a table is one appendTable/insertTable of all its cells whatever its size.
 */
export class BlockDrawer {
  private readonly A: typeof GoogleAppsScript.Document.Attribute;
  private readonly H: typeof GoogleAppsScript.Document.HorizontalAlignment;

  constructor(
    private readonly app: GoogleAppsScript.Document.DocumentApp,
    private readonly body: GoogleAppsScript.Document.Body,
    private readonly textWidth: number,
    /** Insert from this child index on; null appends. */
    private at: number | null = null,
    /** Draws chart blocks as images; without it a chart is drawn as the table of its numbers. */
    private readonly charts: GoogleAppsScript.Charts.Charts | null = null,
  ) {
    this.A = app.Attribute;
    this.H = app.HorizontalAlignment;
  }

  draw(blocks: readonly Block[]): void {
    for (const b of blocks) this.block(b);
  }

  private align(a: Alignment | undefined, fallback: Alignment): GoogleAppsScript.Document.HorizontalAlignment {
    const H = this.H;
    return { left: H.LEFT, center: H.CENTER, right: H.RIGHT, justify: H.JUSTIFY }[a ?? fallback];
  }

  private appendParagraph(text: string): GoogleAppsScript.Document.Paragraph {
    return this.at === null ? this.body.appendParagraph(text) : this.body.insertParagraph(this.at++, text);
  }

  private appendTable(cells: string[][]): GoogleAppsScript.Document.Table {
    return this.at === null ? this.body.appendTable(cells) : this.body.insertTable(this.at++, cells);
  }

  /** One paragraph: text in one call, all paragraph attributes in one call, then only the runs that differ. */
  private paragraph(runs: readonly TextRun[], attrs: Attrs, prefix = ''): GoogleAppsScript.Document.Paragraph {
    const A = this.A;
    const text = prefix + runs.map((r) => r.text).join('');
    const p = this.appendParagraph(text);
    const styled = runs.filter((r) => r.text && (r.bold || r.italic || r.underline));
    const whole =
      runs.length > 0 && styled.length === runs.filter((r) => r.text).length && prefix === '' && sameStyle(styled);
    const first = styled[0];
    if (whole && first)
      Object.assign(
        attrs,
        first.bold ? { [A.BOLD]: true } : {},
        first.italic ? { [A.ITALIC]: true } : {},
        first.underline ? { [A.UNDERLINE]: true } : {},
      );
    p.setAttributes(attrs);
    if (!whole && styled.length) {
      const t = p.editAsText();
      let at = prefix.length;
      for (const r of runs) {
        const end = at + r.text.length - 1;
        if (r.text) {
          if (r.bold) t.setBold(at, end, true);
          if (r.italic) t.setItalic(at, end, true);
          if (r.underline) t.setUnderline(at, end, true);
        }
        at = end + 1;
      }
    }
    return p;
  }

  private para(a: Alignment, more: Attrs = {}): Attrs {
    const A = this.A;
    return { [A.HORIZONTAL_ALIGNMENT]: this.align(a, a), [A.INDENT_FIRST_LINE]: 0, [A.INDENT_START]: 0, ...more };
  }

  /** A borderless one-row table: requisites and signature lines (post left, name right). */
  private layoutRow(cells: string[], rightAlignLast: boolean): void {
    const t = this.appendTable([cells]);
    t.setBorderWidth(0);
    if (rightAlignLast)
      t.getCell(0, cells.length - 1)
        .getChild(0)
        .asParagraph()
        .setAttributes({ [this.A.HORIZONTAL_ALIGNMENT]: this.H.RIGHT });
  }

  private table(b: TableBlock): void {
    const A = this.A;
    const rows = [
      b.header,
      ...b.rows.map((r) => r.map((c) => c.lines.map((l) => l.map((x) => x.text).join('')).join('\n'))),
    ];
    const t = this.appendTable(rows); // the whole table in one call, whatever its size (performance-and-style §1.6)
    t.editAsText().setAttributes({ [A.FONT_SIZE]: b.fontSize ?? TABLE_SIZE, [A.FONT_FAMILY]: FONT });
    if (b.boldHeader) t.getRow(0).editAsText().setBold(true);
    const total = b.widths.reduce((s, x) => s + Math.max(0, x), 0) || 1;
    b.header.forEach((_, i) =>
      t.setColumnWidth(i, Math.round(((b.widths[i] ?? 0) / total) * this.textWidth * 10) / 10),
    );
  }

  /** A chart as an image across the text width (so it prints), captioned; or its numbers when charts are unavailable. */
  private chart(b: ChartBlock): void {
    if (!this.charts) {
      this.table({
        kind: 'table',
        header: [b.title, ...b.series.map((s) => s.name)],
        widths: [3, ...b.series.map(() => 1)],
        rows: b.categories.map((c, i) => [
          { lines: [[{ text: c }]] },
          ...b.series.map((s) => ({ lines: [[{ text: formatValue(s.values[i]) }]] })),
        ]),
        boldHeader: true,
      });
      return;
    }
    const blob = chartImage(this.charts, b);
    const image = this.at === null ? this.body.appendImage(blob) : this.body.insertImage(this.at++, blob);
    // Docs sizes images in pixels at 96 per inch: the text width in points × 4/3 [U].
    const width = Math.round((this.textWidth * 4) / 3);
    image.setWidth(width).setHeight(Math.round(width * b.aspect));
    image
      .getParent()
      .asParagraph()
      .setAttributes(this.para('center', { [this.A.SPACING_BEFORE]: 6, [this.A.SPACING_AFTER]: 0 }));
    this.paragraph([{ text: b.title }], this.para('center', { [this.A.SPACING_AFTER]: 6 }));
  }

  private block(b: Block): void {
    const A = this.A;
    switch (b.kind) {
      case 'heading': {
        const p = this.appendParagraph(b.text);
        p.setAttributes({
          [A.HEADING]: headingOf(this.app)[b.level],
          [A.HORIZONTAL_ALIGNMENT]: this.align(b.align, 'center'),
        });
        return;
      }
      case 'paragraph':
        this.paragraph(
          b.runs,
          this.para(b.align ?? 'justify', {
            [A.INDENT_FIRST_LINE]: b.indentFirstLine ? RED_LINE : 0,
            [A.SPACING_BEFORE]: b.spaceBefore ?? 0,
            [A.SPACING_AFTER]: b.spaceAfter ?? 0,
          }),
        );
        return;
      case 'list': {
        // Numbers are typed, as in the HTML preview ("2.1."): Docs glyphs cannot number nested items that way.
        const numbers = listNumbers(b.items);
        b.items.forEach((it, i) => {
          const indent = (it.level ?? 0) * RED_LINE;
          this.paragraph(
            it.runs,
            this.para('justify', { [A.INDENT_START]: indent, [A.INDENT_FIRST_LINE]: indent + RED_LINE }),
            `${numbers[i]} `,
          );
        });
        return;
      }
      case 'table':
        this.table(b);
        return;
      case 'signature':
        this.layoutRow([b.post, SIGN_LINE, b.name], true);
        if (b.date !== undefined) this.appendParagraph(b.date ?? BLANK_DATE).setAttributes(this.para('right'));
        return;
      case 'pageBreak':
        if (this.at === null) this.body.appendPageBreak();
        else this.body.insertPageBreak(this.at++);
        return;
      case 'requisites':
        this.appendParagraph(b.organization).setAttributes(
          this.para('center', { [A.BOLD]: true, [A.SPACING_AFTER]: 6 }),
        );
        if (b.documentKind)
          this.appendParagraph(b.documentKind).setAttributes(
            this.para('center', { [A.BOLD]: true, [A.FONT_SIZE]: 16, [A.SPACING_BEFORE]: 12 }),
          );
        if (b.date !== undefined || b.number !== undefined) this.layoutRow([b.date ?? '', `№ ${b.number ?? ''}`], true);
        if (b.city) this.appendParagraph(b.city).setAttributes(this.para('center', { [A.SPACING_AFTER]: 12 }));
        return;
      case 'chart':
        this.chart(b);
        return;
      case 'approval': {
        const right = (more: Attrs = {}): Attrs =>
          this.para('left', {
            [A.INDENT_START]: RIGHT_BLOCK_INDENT,
            [A.INDENT_FIRST_LINE]: RIGHT_BLOCK_INDENT,
            ...more,
          });
        this.appendParagraph('УТВЕРЖДАЮ').setAttributes(right({ [A.BOLD]: true }));
        this.appendParagraph(`${b.post} ${b.organization}`.trim()).setAttributes(right());
        this.appendParagraph(`${SIGN_LINE} ${b.name}`).setAttributes(right());
        this.appendParagraph(b.date ?? BLANK_DATE).setAttributes(right({ [A.SPACING_AFTER]: 12 }));
        return;
      }
    }
  }
}

/** The width of the text area of a page set up by renderToGoogleDoc, in points. */
export function textWidthOf(model: Pick<Document, 'pageSetup'>): number {
  const setup = model.pageSetup ?? DEFAULT_PAGE_SETUP;
  const w = setup.orientation === 'landscape' ? A4.height : A4.width;
  return w - (setup.marginsMm.left + setup.marginsMm.right) * PT_PER_MM;
}

function sameStyle(runs: readonly TextRun[]): boolean {
  const k = (r: TextRun) => `${!!r.bold}${!!r.italic}${!!r.underline}`;
  return runs.every((r) => k(r) === k(runs[0]!));
}
