// Table, TableRow and TableCell: a table is built whole from String[][]; rows and cells hold paragraphs.
import { gasClass } from '../core/gas-object';
import { ContainerImpl, ElementImpl, registerView, view } from './element';
import { appendChild, newNode, paragraphNode, type DocNode } from './nodes';
import type { DocHandle } from './store';

/** A table node from String[][]; every cell holds one paragraph with its text. */
export function tableNode(h: DocHandle, cells: unknown[][] | undefined): DocNode {
  const t = newNode('TABLE', null, { BORDER_WIDTH: 1, BORDER_COLOR: '#000000' });
  if (!cells) return t;
  if (!Array.isArray(cells) || cells.some((r) => !Array.isArray(r)))
    throw h.world.error('invalidArgument', { name: 'cells' });
  const width = cells[0]?.length ?? 0;
  if (cells.some((r) => r.length !== width)) throw h.world.error('docTableRagged'); // [U] exact behaviour on ragged input
  for (const r of cells) {
    const row = appendChild(t, newNode('TABLE_ROW'));
    for (const c of r) appendChild(appendChild(row, newNode('TABLE_CELL')), paragraphNode(String(c ?? '')));
  }
  return t;
}

export class TableImpl extends ContainerImpl {
  readonly [gasClass] = 'Table';

  getNumRows(): number {
    this.h.read();
    return this._node.children.length;
  }
  getRow(rowIndex: number): ElementImpl {
    return this.getChild(rowIndex);
  }
  getCell(rowIndex: number, cellIndex: number): ElementImpl {
    this.h.read();
    const row = this._node.children[rowIndex];
    if (!row) throw this.world.error('docChildIndex', { index: rowIndex, count: this._node.children.length });
    const cell = row.children[cellIndex];
    if (!cell) throw this.world.error('docChildIndex', { index: cellIndex, count: row.children.length });
    return view(this.h, cell);
  }
  appendTableRow(): ElementImpl {
    this.h.mut();
    return view(this.h, appendChild(this._node, newNode('TABLE_ROW')));
  }
  removeRow(rowIndex: number): ElementImpl {
    this.h.mut();
    const row = this._node.children[rowIndex];
    if (!row) throw this.world.error('docChildIndex', { index: rowIndex, count: this._node.children.length });
    this._node.children.splice(rowIndex, 1);
    row.parent = null;
    return view(this.h, row);
  }
  setColumnWidth(columnIndex: number, width: number): this {
    this.h.mut();
    const widths = ((this._node.attrs.COLUMN_WIDTHS as Array<number | null>) ?? []).slice();
    widths[columnIndex] = width;
    this._node.attrs.COLUMN_WIDTHS = widths;
    return this;
  }
  getColumnWidth(columnIndex: number): number | null {
    this.h.read();
    return ((this._node.attrs.COLUMN_WIDTHS as Array<number | null>) ?? [])[columnIndex] ?? null;
  }
  setBorderWidth(width: number): this {
    this.h.mut();
    this._node.attrs.BORDER_WIDTH = width;
    return this;
  }
  getBorderWidth(): number {
    this.h.read();
    return Number(this._node.attrs.BORDER_WIDTH ?? 1);
  }
  setBorderColor(color: string): this {
    this.h.mut();
    this._node.attrs.BORDER_COLOR = color;
    return this;
  }
  getBorderColor(): string {
    this.h.read();
    return String(this._node.attrs.BORDER_COLOR ?? '#000000');
  }
}

export class TableRowImpl extends ContainerImpl {
  readonly [gasClass] = 'TableRow';

  getNumCells(): number {
    this.h.read();
    return this._node.children.length;
  }
  getCell(cellIndex: number): ElementImpl {
    return this.getChild(cellIndex);
  }
  appendTableCell(text?: string): ElementImpl {
    this.h.mut();
    const cell = appendChild(this._node, newNode('TABLE_CELL'));
    appendChild(cell, paragraphNode(text === undefined ? '' : String(text)));
    return view(this.h, cell);
  }
  removeCell(cellIndex: number): ElementImpl {
    this.h.mut();
    const cell = this._node.children[cellIndex];
    if (!cell) throw this.world.error('docChildIndex', { index: cellIndex, count: this._node.children.length });
    this._node.children.splice(cellIndex, 1);
    cell.parent = null;
    return view(this.h, cell);
  }
  getParentTable(): ElementImpl | null {
    this.h.read();
    return this._node.parent ? view(this.h, this._node.parent) : null;
  }
  setMinimumHeight(minHeight: number): this {
    this.h.mut();
    this._node.attrs.MINIMUM_HEIGHT = minHeight;
    return this;
  }
}

export class TableCellImpl extends ContainerImpl {
  readonly [gasClass] = 'TableCell';

  /** Replaces the cell's content with one paragraph. */
  setText(text: string): this {
    this.h.mut();
    this._node.children = [];
    appendChild(this._node, paragraphNode(String(text)));
    return this;
  }
  appendParagraph(text: string): ElementImpl {
    this.h.mut();
    return view(this.h, appendChild(this._node, paragraphNode(String(text))));
  }
  clear(): this {
    return this.setText('');
  }
  setBackgroundColor(color: string): this {
    this.h.mut();
    this._node.attrs.BACKGROUND_COLOR = color;
    return this;
  }
  getBackgroundColor(): string | null {
    this.h.read();
    return (this._node.attrs.BACKGROUND_COLOR as string | undefined) ?? null;
  }
  setWidth(width: number): this {
    this.h.mut();
    this._node.attrs.WIDTH = width;
    return this;
  }
  setVerticalAlignment(alignment: string): this {
    this.h.mut();
    this._node.attrs.VERTICAL_ALIGNMENT = String(alignment);
    return this;
  }
  setPaddingTop(p: number): this {
    return this.pad('PADDING_TOP', p);
  }
  setPaddingBottom(p: number): this {
    return this.pad('PADDING_BOTTOM', p);
  }
  setPaddingLeft(p: number): this {
    return this.pad('PADDING_LEFT', p);
  }
  setPaddingRight(p: number): this {
    return this.pad('PADDING_RIGHT', p);
  }
  private pad(key: string, p: number): this {
    this.h.mut();
    this._node.attrs[key] = p;
    return this;
  }
  getParentRow(): ElementImpl | null {
    this.h.read();
    return this._node.parent ? view(this.h, this._node.parent) : null;
  }
  getParentTable(): ElementImpl | null {
    this.h.read();
    return this._node.parent?.parent ? view(this.h, this._node.parent.parent) : null;
  }
}

registerView('TABLE', (h, n) => new TableImpl(h, n));
registerView('TABLE_ROW', (h, n) => new TableRowImpl(h, n));
registerView('TABLE_CELL', (h, n) => new TableCellImpl(h, n));
