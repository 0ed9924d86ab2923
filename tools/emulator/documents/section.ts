// Body, HeaderSection and FooterSection: append/insert blocks, clear, page setup, named heading styles.
import { gasClass } from '../core/gas-object';
import { ContainerImpl, ElementImpl, registerView, view } from './element';
import { PAGE_ATTRIBUTES } from './enums';
import { appendChild, newNode, paragraphNode, type Attrs, type DocNode } from './nodes';
import type { DocHandle } from './store';
import { imageNode } from './inline-image';
import { tableNode } from './table';
import type { ParagraphImpl } from './paragraph';

/** Docs defaults: Letter page, one-inch margins [U: the default page size depends on the account locale]. */
const PAGE_DEFAULTS: Attrs = {
  PAGE_WIDTH: 612,
  PAGE_HEIGHT: 792,
  MARGIN_TOP: 72,
  MARGIN_BOTTOM: 72,
  MARGIN_LEFT: 72,
  MARGIN_RIGHT: 72,
};

export abstract class SectionImpl extends ContainerImpl {
  private blockNode(content: unknown, type: 'PARAGRAPH' | 'LIST_ITEM'): DocNode {
    if (content instanceof ElementImpl) {
      if (content._node.type !== type)
        throw this.world.error('invalidArgument', { name: type === 'PARAGRAPH' ? 'paragraph' : 'listItem' });
      if (content._node.parent) throw this.world.error('docDetached');
      return content._node;
    }
    return paragraphNode(content === undefined || content === null ? '' : String(content), type);
  }

  /** Consecutive list items join one list (apps-script-facts §7.1). */
  private joinList(item: DocNode): void {
    const siblings = this._node.children;
    const prev = siblings[siblings.indexOf(item) - 1];
    item.attrs.LIST_ID ??= prev?.type === 'LIST_ITEM' ? prev.attrs.LIST_ID : this.world.newId('kix.');
  }

  private insertAt(index: number): number {
    if (!Number.isInteger(index) || index < 0 || index > this._node.children.length)
      throw this.world.error('docChildIndex', { index, count: this._node.children.length });
    return index;
  }

  appendParagraph(paragraphOrText: unknown): ElementImpl {
    this.h.mut();
    return view(this.h, this.adopt(this.blockNode(paragraphOrText, 'PARAGRAPH')));
  }

  insertParagraph(childIndex: number, paragraphOrText: unknown): ElementImpl {
    this.h.mut();
    return view(this.h, this.adopt(this.blockNode(paragraphOrText, 'PARAGRAPH'), this.insertAt(childIndex)));
  }

  appendListItem(listItemOrText: unknown): ElementImpl {
    this.h.mut();
    const n = this.adopt(this.blockNode(listItemOrText, 'LIST_ITEM'));
    this.joinList(n);
    return view(this.h, n);
  }

  insertListItem(childIndex: number, listItemOrText: unknown): ElementImpl {
    this.h.mut();
    const n = this.adopt(this.blockNode(listItemOrText, 'LIST_ITEM'), this.insertAt(childIndex));
    this.joinList(n);
    return view(this.h, n);
  }

  /** Appends the table and then an empty paragraph: a document cannot end with a table (apps-script-facts §7.1). */
  appendTable(cells?: unknown): ElementImpl {
    this.h.mut();
    const t = cells instanceof ElementImpl ? cells._node : tableNode(this.h, cells as unknown[][] | undefined);
    const table = this.adopt(t);
    appendChild(this._node, paragraphNode(''));
    return view(this.h, table);
  }

  insertTable(childIndex: number, cells?: unknown): ElementImpl {
    this.h.mut();
    const t = cells instanceof ElementImpl ? cells._node : tableNode(this.h, cells as unknown[][] | undefined);
    return view(this.h, this.adopt(t, this.insertAt(childIndex)));
  }

  /** The page break sits inside a new paragraph (apps-script-facts §7.1). */
  appendPageBreak(): ElementImpl {
    this.h.mut();
    const p = this.adopt(paragraphNode(''));
    return view(this.h, appendChild(p, newNode('PAGE_BREAK')));
  }

  /** reference/document/body#insertPageBreak(Integer): like appendPageBreak, the break sits in a new paragraph at the index. */
  insertPageBreak(childIndex: number): ElementImpl {
    this.h.mut();
    const p = this.adopt(paragraphNode(''), this.insertAt(childIndex));
    return view(this.h, appendChild(p, newNode('PAGE_BREAK')));
  }

  /** The image sits inside a new paragraph: a body holds paragraphs, list items and tables (reference/document/body). */
  appendImage(image: unknown): ElementImpl {
    this.h.mut();
    const p = this.adopt(paragraphNode(''));
    return view(this.h, appendChild(p, imageNode(this.world, image)));
  }

  /** Like appendImage, in a new paragraph at the index. */
  insertImage(childIndex: number, image: unknown): ElementImpl {
    this.h.mut();
    const p = this.adopt(paragraphNode(''), this.insertAt(childIndex));
    return view(this.h, appendChild(p, imageNode(this.world, image)));
  }

  appendHorizontalRule(): ElementImpl {
    this.h.mut();
    const p = this.adopt(paragraphNode(''));
    return view(this.h, appendChild(p, newNode('HORIZONTAL_RULE')));
  }

  /** Empties the section down to the one empty paragraph every section keeps. */
  clear(): this {
    this.h.mut();
    this._node.children = [];
    appendChild(this._node, paragraphNode(''));
    return this;
  }

  /** Replaces all content with one paragraph holding `text`. */
  setText(text: string): this {
    this.h.mut();
    this._node.children = [];
    appendChild(this._node, paragraphNode(String(text)));
    return this;
  }

  private collect(type: DocNode['type']): ElementImpl[] {
    this.h.read();
    const out: ElementImpl[] = [];
    const walk = (n: DocNode): void => {
      for (const c of n.children) {
        if (c.type === type) out.push(view(this.h, c));
        walk(c);
      }
    };
    walk(this._node);
    return out;
  }

  /** Paragraphs, list items included (as Apps Script reports them), tables' paragraphs too. */
  getParagraphs(): ElementImpl[] {
    this.h.read();
    const out: ElementImpl[] = [];
    const walk = (n: DocNode): void => {
      for (const c of n.children) {
        if (c.type === 'PARAGRAPH' || c.type === 'LIST_ITEM') out.push(view(this.h, c));
        else walk(c);
      }
    };
    walk(this._node);
    return out;
  }
  getTables(): ElementImpl[] {
    return this.collect('TABLE');
  }
  getListItems(): ElementImpl[] {
    return this.collect('LIST_ITEM');
  }
}

export class BodyImpl extends SectionImpl {
  readonly [gasClass] = 'Body';

  private page(key: string, value?: number): this | number {
    if (value === undefined) {
      this.h.read();
      return Number(this._node.attrs[key] ?? PAGE_DEFAULTS[key]);
    }
    this.h.mut();
    this._node.attrs[key] = value;
    return this;
  }
  setMarginTop(v: number): this {
    return this.page('MARGIN_TOP', v) as this;
  }
  setMarginBottom(v: number): this {
    return this.page('MARGIN_BOTTOM', v) as this;
  }
  setMarginLeft(v: number): this {
    return this.page('MARGIN_LEFT', v) as this;
  }
  setMarginRight(v: number): this {
    return this.page('MARGIN_RIGHT', v) as this;
  }
  setPageWidth(v: number): this {
    return this.page('PAGE_WIDTH', v) as this;
  }
  setPageHeight(v: number): this {
    return this.page('PAGE_HEIGHT', v) as this;
  }
  getMarginTop(): number {
    return this.page('MARGIN_TOP') as number;
  }
  getMarginBottom(): number {
    return this.page('MARGIN_BOTTOM') as number;
  }
  getMarginLeft(): number {
    return this.page('MARGIN_LEFT') as number;
  }
  getMarginRight(): number {
    return this.page('MARGIN_RIGHT') as number;
  }
  getPageWidth(): number {
    return this.page('PAGE_WIDTH') as number;
  }
  getPageHeight(): number {
    return this.page('PAGE_HEIGHT') as number;
  }

  override getAttributes(): Attrs {
    const out = super.getAttributes();
    for (const k of PAGE_ATTRIBUTES) out[k] ??= PAGE_DEFAULTS[k];
    return out;
  }

  /** The named style of a heading level: applies to every paragraph of that heading (Normal text = NORMAL). */
  setHeadingAttributes(paragraphHeading: string, attributes: Attrs): this {
    this.h.mut();
    const key = String(paragraphHeading);
    this.h.rec.headingStyles[key] = { ...(this.h.rec.headingStyles[key] ?? {}), ...attributes };
    return this;
  }
  getHeadingAttributes(paragraphHeading: string): Attrs {
    this.h.read();
    return { ...(this.h.rec.headingStyles[String(paragraphHeading)] ?? {}) };
  }
}

export class HeaderSectionImpl extends SectionImpl {
  readonly [gasClass] = 'HeaderSection';
}

export class FooterSectionImpl extends SectionImpl {
  readonly [gasClass] = 'FooterSection';
}

export type { ParagraphImpl };

registerView('BODY_SECTION', (h: DocHandle, n: DocNode) => new BodyImpl(h, n));
registerView('HEADER_SECTION', (h: DocHandle, n: DocNode) => new HeaderSectionImpl(h, n));
registerView('FOOTER_SECTION', (h: DocHandle, n: DocNode) => new FooterSectionImpl(h, n));
