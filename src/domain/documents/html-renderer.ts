// Renders a document as standalone HTML (A4 page, Times New Roman 14pt): the sidebar preview, the playground, tests.
import { escapeHtml } from '../text/escape-html';
import { DEFAULT_PAGE_SETUP, type Alignment, type Block, type Document, type TableCell, type TextRun } from './model';
import { chartSvg } from './chart-svg';
import { listNumbers } from './numbering';
import { BLANK_DATE, SIGN_LINE } from './text-renderer';

/** The whole page: doctype, styles, one .page per page. */
export function renderHtml(doc: Document): string {
  const setup = doc.pageSetup ?? DEFAULT_PAGE_SETUP;
  const m = setup.marginsMm;
  const [w, h] = setup.orientation === 'landscape' ? [297, 210] : [210, 297];
  const css = [
    `body{margin:0;background:#e8e8e8;font-family:"Times New Roman",Times,serif;font-size:14pt;line-height:1.15;color:#000}`,
    `.page{box-sizing:border-box;width:${w}mm;min-height:${h}mm;margin:8mm auto;padding:${m.top}mm ${m.right}mm ${m.bottom}mm ${m.left}mm;background:#fff;box-shadow:0 0 4px rgba(0,0,0,.3)}`,
    `p{margin:0;text-align:justify}`,
    `.indent{text-indent:1.25cm}`,
    `h1,h2,h3{font-size:14pt;margin:12pt 0 6pt}`,
    `table{width:100%;table-layout:fixed;border-collapse:collapse;margin:6pt 0;font-size:12pt}`,
    `th,td{border:1px solid #000;padding:2pt 3pt;vertical-align:top;text-align:left;overflow-wrap:anywhere;hyphens:auto}`,
    `th{font-weight:normal}th.b{font-weight:bold}`,
    `.req{text-align:center;margin-bottom:12pt}.req .org{font-weight:bold;text-align:center;border-bottom:1px solid #000;padding-bottom:4pt}`,
    `.req .kind{font-weight:bold;font-size:16pt;text-align:center;margin-top:12pt}`,
    `.req .dn{display:flex;justify-content:space-between;margin-top:6pt}.req .city{text-align:center}`,
    `.approval{margin-left:50%;margin-bottom:12pt}.approval p{text-align:left}`,
    `.sig{display:flex;gap:8pt;align-items:baseline;margin-top:12pt}.sig .post{flex:1}.sig .line{flex:0 0 35mm;border-bottom:1px solid #000}.sig .name{flex:1;text-align:right}`,
    `.sig-date{text-align:right}`,
    `@media print{body{background:none}.page{margin:0;box-shadow:none;page-break-after:always}}`,
  ].join('\n');
  return (
    `<!DOCTYPE html>\n<html lang="ru"><head><meta charset="utf-8"><title>${escapeHtml(doc.title)}</title>` +
    `<style>\n${css}\n</style></head><body>\n${renderHtmlPages(doc)}\n</body></html>\n`
  );
}

/** The pages alone, to embed in a preview that has its own <head>. */
export function renderHtmlPages(doc: Document): string {
  const pages: string[][] = [[]];
  for (const b of doc.blocks) {
    if (b.kind === 'pageBreak') pages.push([]);
    else pages[pages.length - 1]!.push(blockHtml(b));
  }
  return pages.map((p) => `<div class="page">\n${p.join('\n')}\n</div>`).join('\n');
}

function runHtml(r: TextRun): string {
  let s = escapeHtml(r.text);
  if (r.bold) s = `<b>${s}</b>`;
  if (r.italic) s = `<i>${s}</i>`;
  if (r.underline) s = `<u>${s}</u>`;
  return s;
}

const runsHtml = (runs: readonly TextRun[]): string => runs.map(runHtml).join('');

const alignStyle = (a: Alignment | undefined, fallback: Alignment): string => `text-align:${a ?? fallback}`;

function cellHtml(c: TableCell): string {
  const style = c.align ? ` style="${alignStyle(c.align, 'left')}"` : '';
  return `<td${style}>${c.lines.map(runsHtml).join('<br>')}</td>`;
}

function blockHtml(b: Exclude<Block, { kind: 'pageBreak' }>): string {
  switch (b.kind) {
    case 'heading':
      return `<h${b.level} style="${alignStyle(b.align, 'center')}">${escapeHtml(b.text)}</h${b.level}>`;
    case 'paragraph': {
      const style = [alignStyle(b.align, 'justify')];
      if (b.spaceBefore) style.push(`margin-top:${b.spaceBefore}pt`);
      if (b.spaceAfter) style.push(`margin-bottom:${b.spaceAfter}pt`);
      const cls = b.indentFirstLine ? ' class="indent"' : '';
      return `<p${cls} style="${style.join(';')}">${b.runs.length ? runsHtml(b.runs) : '&nbsp;'}</p>`;
    }
    case 'list': {
      const numbers = listNumbers(b.items);
      return b.items
        .map(
          (it, i) =>
            `<p class="indent" style="text-align:justify${it.level ? `;margin-left:${it.level * 1.25}cm` : ''}">${numbers[i]} ${runsHtml(it.runs)}</p>`,
        )
        .join('\n');
    }
    case 'table': {
      const total = b.widths.reduce((a, x) => a + Math.max(0, x), 0) || 1;
      const cols = b.header
        .map((_, i) => `<col style="width:${(((b.widths[i] ?? 0) / total) * 100).toFixed(2)}%">`)
        .join('');
      const th = b.header.map((h) => `<th${b.boldHeader ? ' class="b"' : ''}>${escapeHtml(h)}</th>`).join('');
      const rows = b.rows.map((r) => `<tr>${r.map(cellHtml).join('')}</tr>`).join('\n');
      const size = b.fontSize ? ` style="font-size:${b.fontSize}pt"` : '';
      return `<table${size}><colgroup>${cols}</colgroup>\n<thead><tr>${th}</tr></thead>\n<tbody>\n${rows}\n</tbody></table>`;
    }
    case 'signature': {
      const main = `<div class="sig"><span class="post">${escapeHtml(b.post)}</span><span class="line"></span><span class="name">${escapeHtml(b.name)}</span></div>`;
      return b.date === undefined ? main : `${main}\n<p class="sig-date">${escapeHtml(b.date ?? BLANK_DATE)}</p>`;
    }
    case 'requisites': {
      const parts = [`<p class="org">${escapeHtml(b.organization)}</p>`];
      if (b.documentKind) parts.push(`<p class="kind">${escapeHtml(b.documentKind)}</p>`);
      if (b.date !== undefined || b.number !== undefined)
        parts.push(
          `<div class="dn"><span>${escapeHtml(b.date ?? '')}</span><span>№ ${escapeHtml(b.number ?? '')}</span></div>`,
        );
      if (b.city) parts.push(`<p class="city">${escapeHtml(b.city)}</p>`);
      return `<div class="req">${parts.join('')}</div>`;
    }
    case 'chart':
      return chartSvg(b);
    case 'approval':
      return (
        `<div class="approval"><p><b>УТВЕРЖДАЮ</b></p><p>${escapeHtml(`${b.post} ${b.organization}`.trim())}</p>` +
        `<p>${SIGN_LINE} ${escapeHtml(b.name)}</p><p>${escapeHtml(b.date ?? BLANK_DATE)}</p></div>`
      );
  }
}
