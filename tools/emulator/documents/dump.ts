// Test/playground views of stored documents: plain text, standalone HTML, the list, and "a person edited it by hand".
import { escapeHtml } from '../services/html';
import type { World } from '../core/world';
import { driveState } from '../drive/files';
import { DocumentImpl } from './document';
import { TEXT_ATTRIBUTES } from './enums';
import { nodeText, type Attrs, type DocNode, type Run } from './nodes';
import { documentsState, DocHandle, findDoc, type DocRecord } from './store';

function recordOf(world: World, docId: string): DocRecord {
  const rec = findDoc(world, docId);
  if (!rec) throw new Error(`emulator: no document ${docId}`);
  return rec;
}

const cellText = (cell: DocNode): string => cell.children.map(nodeText).join('; ').replace(/\n/g, '; ');

function blockText(n: DocNode): string[] {
  switch (n.type) {
    case 'TABLE':
      return n.children.map((row) => row.children.map(cellText).join(' | '));
    case 'LIST_ITEM':
      return [`${'  '.repeat(Number(n.attrs.NESTING_LEVEL ?? 0))}${nodeText(n)}`];
    default: {
      const lines = [nodeText(n)];
      if (n.children.some((c) => c.type === 'PAGE_BREAK')) lines.push('\f');
      return lines;
    }
  }
}

/** The body as text: one line per paragraph, a table row per line with cells joined by " | ", "\f" for page breaks. */
export function documentToText(world: World, docId: string): string {
  return recordOf(world, docId).body.children.flatMap(blockText).join('\n');
}

/** The header (or footer) as text, '' when the document has none. */
export function sectionText(world: World, docId: string, section: 'header' | 'footer'): string {
  const node = recordOf(world, docId)[section];
  return node ? node.children.flatMap(blockText).join('\n') : '';
}

const ALIGN: Record<string, string> = { LEFT: 'left', CENTER: 'center', RIGHT: 'right', JUSTIFY: 'justify' };

function textCss(a: Attrs): string {
  const css: string[] = [];
  if (a.FONT_FAMILY) css.push(`font-family:'${String(a.FONT_FAMILY)}'`);
  if (a.FONT_SIZE) css.push(`font-size:${Number(a.FONT_SIZE)}pt`);
  if (a.BOLD) css.push('font-weight:bold');
  if (a.ITALIC) css.push('font-style:italic');
  if (a.UNDERLINE) css.push('text-decoration:underline');
  if (a.FOREGROUND_COLOR) css.push(`color:${String(a.FOREGROUND_COLOR)}`);
  if (a.BACKGROUND_COLOR) css.push(`background:${String(a.BACKGROUND_COLOR)}`);
  return css.join(';');
}

function runHtml(r: Run): string {
  const css = textCss(r.attrs);
  const text = escapeHtml(r.text).replace(/\n/g, '<br>');
  return css ? `<span style="${css}">${text}</span>` : text;
}

function paragraphHtml(rec: DocRecord, n: DocNode): string {
  const heading = String(n.attrs.HEADING ?? 'NORMAL');
  const named = rec.headingStyles[heading] ?? {};
  const a = { ...named, ...n.attrs };
  const css: string[] = [];
  if (a.HORIZONTAL_ALIGNMENT) css.push(`text-align:${ALIGN[String(a.HORIZONTAL_ALIGNMENT)] ?? 'left'}`);
  if (a.INDENT_FIRST_LINE !== undefined && a.INDENT_START !== undefined)
    css.push(`text-indent:${Number(a.INDENT_FIRST_LINE) - Number(a.INDENT_START)}pt`);
  else if (a.INDENT_FIRST_LINE !== undefined) css.push(`text-indent:${Number(a.INDENT_FIRST_LINE)}pt`);
  if (a.INDENT_START !== undefined) css.push(`margin-left:${Number(a.INDENT_START)}pt`);
  if (a.SPACING_BEFORE !== undefined) css.push(`margin-top:${Number(a.SPACING_BEFORE)}pt`);
  if (a.SPACING_AFTER !== undefined) css.push(`margin-bottom:${Number(a.SPACING_AFTER)}pt`);
  if (a.LINE_SPACING !== undefined) css.push(`line-height:${Number(a.LINE_SPACING)}`);
  const namedText = Object.fromEntries(Object.entries(named).filter(([k]) => TEXT_ATTRIBUTES.has(k)));
  // Lines are as tall as their text: when every run has one size (a table cell in 10 pt), so does the paragraph.
  const sizes = new Set(n.children.flatMap((c) => c.runs.map((r) => r.attrs.FONT_SIZE)));
  const [only] = [...sizes];
  if (sizes.size === 1 && only !== undefined) namedText.FONT_SIZE = only;
  const base = textCss(namedText);
  if (base) css.push(base);
  const inner = n.children
    .map((c) =>
      c.type === 'TEXT'
        ? c.runs.map(runHtml).join('')
        : c.type === 'HORIZONTAL_RULE'
          ? '<hr>'
          : c.type === 'INLINE_IMAGE'
            ? `<img src="data:${String(c.attrs.contentType)};base64,${String(c.attrs.data)}" width="${Number(c.attrs.WIDTH)}" height="${Number(c.attrs.HEIGHT)}" alt="${escapeHtml(String(c.attrs.altTitle ?? ''))}" style="max-width:100%;height:auto">`
            : '',
    )
    .join('');
  const tag = /^HEADING[1-6]$/.test(heading) ? `h${heading.slice(7)}` : n.type === 'LIST_ITEM' ? 'li' : 'p';
  return `<${tag} style="margin:0;${css.join(';')}">${inner || '&nbsp;'}</${tag}>`;
}

function tableHtml(rec: DocRecord, n: DocNode): string {
  const border = Number(n.attrs.BORDER_WIDTH ?? 1);
  const widths = (n.attrs.COLUMN_WIDTHS as Array<number | null> | undefined) ?? [];
  const cols = widths.length
    ? `<colgroup>${widths.map((w) => `<col${w ? ` style="width:${w}pt"` : ''}>`).join('')}</colgroup>`
    : '';
  const rows = n.children
    .map((row) => {
      const cells = row.children
        .map((cell) => {
          const bg = cell.attrs.BACKGROUND_COLOR ? `background:${String(cell.attrs.BACKGROUND_COLOR)};` : '';
          return `<td style="${bg}border:${border}pt solid ${String(n.attrs.BORDER_COLOR ?? '#000')};padding:2pt 4pt;vertical-align:top">${cell.children.map((p) => paragraphHtml(rec, p)).join('')}</td>`;
        })
        .join('');
      return `<tr>${cells}</tr>`;
    })
    .join('\n');
  // Fixed layout with the set column widths, words wrapping inside cells: how Docs lays a table out.
  return `<table style="border-collapse:collapse;width:100%;table-layout:${widths.length ? 'fixed' : 'auto'};overflow-wrap:anywhere">${cols}\n${rows}\n</table>`;
}

/** The document as a standalone HTML page (page size and margins from the body's attributes), one .page per page. */
export function documentToHtml(world: World, docId: string): string {
  const rec = recordOf(world, docId);
  const a = rec.body.attrs;
  const pt = (k: string, d: number) => Number(a[k] ?? d);
  const pages: string[][] = [[]];
  for (const n of rec.body.children) {
    if (n.type === 'TABLE') pages[pages.length - 1]!.push(tableHtml(rec, n));
    else {
      pages[pages.length - 1]!.push(paragraphHtml(rec, n));
      if (n.children.some((c) => c.type === 'PAGE_BREAK')) pages.push([]);
    }
  }
  const name = escapeHtml(driveState(world).files.get(docId)?.name ?? '');
  const css =
    `body{background:#e8e8e8;margin:0}.page{box-sizing:border-box;background:#fff;margin:8pt auto;box-shadow:0 0 4px rgba(0,0,0,.3);` +
    `width:${pt('PAGE_WIDTH', 612)}pt;min-height:${pt('PAGE_HEIGHT', 792)}pt;` +
    `padding:${pt('MARGIN_TOP', 72)}pt ${pt('MARGIN_RIGHT', 72)}pt ${pt('MARGIN_BOTTOM', 72)}pt ${pt('MARGIN_LEFT', 72)}pt;font-family:Arial;font-size:11pt}`;
  return (
    `<!DOCTYPE html>\n<html lang="ru"><head><meta charset="utf-8"><title>${name}</title><style>${css}</style></head><body>\n` +
    pages.map((p) => `<div class="page">\n${p.join('\n')}\n</div>`).join('\n') +
    `\n</body></html>\n`
  );
}

export interface DocumentListing {
  id: string;
  name: string;
  url: string;
  version: number;
  modifiedTime: string;
  parents: string[];
  trashed: boolean;
  createdByApp: boolean;
}

/** Every stored (not deleted) document, oldest first. */
export function listDocuments(world: World): DocumentListing[] {
  const files = driveState(world).files;
  const out: DocumentListing[] = [];
  for (const id of documentsState(world).docs.keys()) {
    const f = files.get(id);
    if (!f || f.deleted) continue;
    out.push({
      id,
      name: f.name,
      url: `https://docs.google.com/document/d/${id}/edit`,
      version: f.version,
      modifiedTime: new Date(f.modifiedTime).toISOString(),
      parents: [...f.parents],
      trashed: f.trashed,
      createdByApp: f.createdByApp,
    });
  }
  return out;
}

/**
 * "The curator edited the document by hand": runs `fn` on an uncounted Document outside any execution; every change
 * bumps the Drive version and modified time, as an edit in the Docs editor does.
 */
export function editDocumentAsPerson(
  world: World,
  docId: string,
  fn: (doc: GoogleAppsScript.Document.Document) => void,
): void {
  const doc = new DocumentImpl(new DocHandle(world, recordOf(world, docId)));
  fn(doc as unknown as GoogleAppsScript.Document.Document);
}
