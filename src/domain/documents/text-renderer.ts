// Renders a document as plain text: for tests, assertions and quick previews. Page breaks become form feeds.
import type { Block, Document, TableCell, TextRun } from './model';
import { listNumbers } from './numbering';

export const SIGN_LINE = '____________';
export const BLANK_DATE = '«___» ____________ 20__ г.';

export function renderText(doc: Document): string {
  return doc.blocks.map(blockText).join('\n');
}

const runsText = (runs: readonly TextRun[]): string => runs.map((r) => r.text).join('');

const cellText = (c: TableCell): string => c.lines.map(runsText).filter(Boolean).join('; ');

function blockText(b: Block): string {
  switch (b.kind) {
    case 'heading':
    case 'pageBreak':
      return b.kind === 'heading' ? b.text : '\f';
    case 'paragraph':
      return runsText(b.runs);
    case 'list': {
      const numbers = listNumbers(b.items);
      return b.items.map((it, i) => `${'  '.repeat(it.level ?? 0)}${numbers[i]} ${runsText(it.runs)}`).join('\n');
    }
    case 'table':
      return [b.header.join(' | '), ...b.rows.map((r) => r.map(cellText).join(' | '))].join('\n');
    case 'signature':
      return [
        [b.post, SIGN_LINE, b.name].filter(Boolean).join(' '),
        ...(b.date === undefined ? [] : [b.date ?? BLANK_DATE]),
      ].join('\n');
    case 'requisites':
      return [
        b.organization,
        b.documentKind,
        b.date !== undefined || b.number !== undefined ? `${b.date ?? ''} № ${b.number ?? ''}`.trim() : undefined,
        b.city,
      ]
        .filter((x): x is string => !!x)
        .join('\n');
    case 'chart':
      return [
        `[Диаграмма] ${b.title}`,
        ...b.categories.map(
          (c, i) =>
            `${c}: ${b.series.map((s) => `${b.series.length > 1 ? `${s.name} ` : ''}${formatValue(s.values[i])}`).join('; ')}`,
        ),
      ].join('\n');
    case 'approval':
      return ['УТВЕРЖДАЮ', `${b.post} ${b.organization}`.trim(), `${SIGN_LINE} ${b.name}`, b.date ?? BLANK_DATE].join(
        '\n',
      );
  }
}

/** A chart's value as people read it: a decimal comma, one digit. */
export function formatValue(v: number | undefined): string {
  return v === undefined || !Number.isFinite(v) ? '—' : String(Math.round(v * 10) / 10).replace('.', ',');
}
