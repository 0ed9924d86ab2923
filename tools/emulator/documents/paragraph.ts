// Paragraph, ListItem, PageBreak and HorizontalRule: paragraph formatting through attributes, inline text elements.
import { gasClass } from '../core/gas-object';
import { ContainerImpl, ElementImpl, registerView, view } from './element';
import { imageNode } from './inline-image';
import { appendChild, mergedText, newNode, textNode } from './nodes';
import { runsText } from './rich-text';
import type { DocHandle } from './store';
import type { DocNode } from './nodes';

export class ParagraphImpl extends ContainerImpl {
  readonly [gasClass]: string = 'Paragraph';

  /** Replaces the text, keeping the formatting of its first character. */
  setText(text: string): this {
    this.h.mut();
    const first = this._node.children.find((c) => c.type === 'TEXT');
    const attrs = first?.runs[0]?.attrs ?? {};
    this._node.children = this._node.children.filter(
      (c) => c.type !== 'TEXT' && c.type !== 'PAGE_BREAK' && c.type !== 'HORIZONTAL_RULE' && c.type !== 'INLINE_IMAGE',
    );
    if (String(text) !== '') appendChild(this._node, textNode(String(text), attrs));
    return this;
  }

  /** A new text element at the end; it takes the formatting of the preceding character, as typing does. */
  appendText(text: string): ElementImpl {
    this.h.mut();
    const texts = this._node.children.filter((c) => c.type === 'TEXT');
    const lastRun = texts[texts.length - 1]?.runs.at(-1);
    return view(this.h, appendChild(this._node, textNode(String(text), lastRun?.attrs ?? {})));
  }

  appendPageBreak(): ElementImpl {
    this.h.mut();
    return view(this.h, appendChild(this._node, newNode('PAGE_BREAK')));
  }

  appendHorizontalRule(): ElementImpl {
    this.h.mut();
    return view(this.h, appendChild(this._node, newNode('HORIZONTAL_RULE')));
  }

  appendInlineImage(image: unknown): ElementImpl {
    this.h.mut();
    return view(this.h, appendChild(this._node, imageNode(this.world, image)));
  }

  clear(): this {
    this.h.mut();
    this._node.children = [];
    return this;
  }

  /** The paragraph's text as one Text element. */
  override editAsText(): ElementImpl {
    this.h.read();
    if (runsText(this._node.children.filter((c) => c.type === 'TEXT').flatMap((c) => c.runs)) !== '')
      mergedText(this._node);
    return super.editAsText();
  }

  private setAttr(key: string, value: unknown): this {
    this.h.mut();
    this._node.attrs[key] = value;
    return this;
  }
  private attr<T>(key: string, fallback: T | null = null): T | null {
    this.h.read();
    return (this._node.attrs[key] as T | undefined) ?? fallback;
  }

  setHeading(heading: string): this {
    return this.setAttr('HEADING', String(heading));
  }
  getHeading(): string | null {
    return this.attr('HEADING', 'NORMAL');
  }
  setAlignment(alignment: string): this {
    return this.setAttr('HORIZONTAL_ALIGNMENT', String(alignment));
  }
  getAlignment(): string | null {
    return this.attr('HORIZONTAL_ALIGNMENT');
  }
  setIndentFirstLine(indent: number): this {
    return this.setAttr('INDENT_FIRST_LINE', indent);
  }
  getIndentFirstLine(): number | null {
    return this.attr('INDENT_FIRST_LINE');
  }
  setIndentStart(indent: number): this {
    return this.setAttr('INDENT_START', indent);
  }
  getIndentStart(): number | null {
    return this.attr('INDENT_START');
  }
  setIndentEnd(indent: number): this {
    return this.setAttr('INDENT_END', indent);
  }
  getIndentEnd(): number | null {
    return this.attr('INDENT_END');
  }
  setLineSpacing(multiplier: number): this {
    return this.setAttr('LINE_SPACING', multiplier);
  }
  getLineSpacing(): number | null {
    return this.attr('LINE_SPACING');
  }
  setSpacingBefore(spacing: number): this {
    return this.setAttr('SPACING_BEFORE', spacing);
  }
  getSpacingBefore(): number | null {
    return this.attr('SPACING_BEFORE');
  }
  setSpacingAfter(spacing: number): this {
    return this.setAttr('SPACING_AFTER', spacing);
  }
  getSpacingAfter(): number | null {
    return this.attr('SPACING_AFTER');
  }
  setLeftToRight(ltr: boolean): this {
    return this.setAttr('LEFT_TO_RIGHT', ltr);
  }
}

export class ListItemImpl extends ParagraphImpl {
  override readonly [gasClass]: string = 'ListItem';

  setGlyphType(glyphType: string): this {
    this.h.mut();
    this._node.attrs.GLYPH_TYPE = String(glyphType);
    return this;
  }
  getGlyphType(): string {
    this.h.read();
    return String(this._node.attrs.GLYPH_TYPE ?? 'BULLET');
  }
  setNestingLevel(nestingLevel: number): this {
    this.h.mut();
    this._node.attrs.NESTING_LEVEL = nestingLevel;
    return this;
  }
  getNestingLevel(): number {
    this.h.read();
    return Number(this._node.attrs.NESTING_LEVEL ?? 0);
  }
  /** Joins this item to the list of `listItem`. */
  setListId(listItem: ListItemImpl): this {
    this.h.mut();
    this._node.attrs.LIST_ID = listItem._node.attrs.LIST_ID;
    return this;
  }
  getListId(): string {
    this.h.read();
    return String(this._node.attrs.LIST_ID ?? '');
  }
}

export class PageBreakImpl extends ElementImpl {
  readonly [gasClass] = 'PageBreak';
}

export class HorizontalRuleImpl extends ElementImpl {
  readonly [gasClass] = 'HorizontalRule';
}

registerView('PARAGRAPH', (h: DocHandle, n: DocNode) => new ParagraphImpl(h, n));
registerView('LIST_ITEM', (h: DocHandle, n: DocNode) => new ListItemImpl(h, n));
registerView('PAGE_BREAK', (h: DocHandle, n: DocNode) => new PageBreakImpl(h, n));
registerView('HORIZONTAL_RULE', (h: DocHandle, n: DocNode) => new HorizontalRuleImpl(h, n));
