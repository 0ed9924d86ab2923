// Element views over stored nodes: the common Element / ContainerElement methods and the node→class factory.
import { GasObject, gasClass } from '../core/gas-object';
import { TEXT_ATTRIBUTES } from './enums';
import {
  appendChild,
  cloneNode,
  isSection,
  nodeText,
  paragraphsUnder,
  textNodesUnder,
  type Attrs,
  type DocNode,
  type NodeType,
} from './nodes';
import { runsText, styleRange } from './rich-text';
import type { DocHandle } from './store';

type Factory = (h: DocHandle, n: DocNode) => ElementImpl;
const factories: Partial<Record<NodeType, Factory>> = {};

/** Each element class registers how a node of its type is viewed (keeps the class modules free of import cycles). */
export function registerView(type: NodeType, f: Factory): void {
  factories[type] = f;
}

export function view(h: DocHandle, n: DocNode): ElementImpl {
  const f = factories[n.type];
  if (!f) throw new Error(`emulator: no view for ${n.type}`);
  return f(h, n);
}

/** Apps Script element class names, for cast errors. */
const CLASS_OF: Record<NodeType, string> = {
  BODY_SECTION: 'Body',
  HEADER_SECTION: 'HeaderSection',
  FOOTER_SECTION: 'FooterSection',
  PARAGRAPH: 'Paragraph',
  LIST_ITEM: 'ListItem',
  TABLE: 'Table',
  TABLE_ROW: 'TableRow',
  TABLE_CELL: 'TableCell',
  TEXT: 'Text',
  PAGE_BREAK: 'PageBreak',
  HORIZONTAL_RULE: 'HorizontalRule',
  INLINE_IMAGE: 'InlineImage',
};

/** Text-level attribute value over all text under `n`: the common value, or null when mixed or absent. */
export function uniformTextAttr(n: DocNode, key: string): unknown {
  let value: unknown;
  let seen = false;
  for (const t of textNodesUnder(n)) {
    for (const r of t.runs) {
      if (r.text === '') continue;
      const v = r.attrs[key] ?? null;
      if (!seen) {
        value = v;
        seen = true;
      } else if (v !== value) return null;
    }
  }
  return seen ? value : null;
}

/** Applies character attributes to every text node under `n`. */
export function styleAllText(n: DocNode, attrs: Attrs): void {
  for (const t of textNodesUnder(n)) t.runs = styleRange(t.runs, 0, runsText(t.runs).length - 1, attrs);
}

export abstract class ElementImpl extends GasObject {
  abstract override readonly [gasClass]: string;
  constructor(
    protected readonly h: DocHandle,
    readonly _node: DocNode,
  ) {
    super();
  }

  protected get world() {
    return this.h.world;
  }

  getType(): string {
    this.h.read();
    return this._node.type;
  }

  getParent(): ElementImpl | null {
    this.h.read();
    return this._node.parent ? view(this.h, this._node.parent) : null;
  }

  getNextSibling(): ElementImpl | null {
    this.h.read();
    const p = this._node.parent;
    const next = p?.children[p.children.indexOf(this._node) + 1];
    return next ? view(this.h, next) : null;
  }

  getPreviousSibling(): ElementImpl | null {
    this.h.read();
    const p = this._node.parent;
    const prev = p ? p.children[p.children.indexOf(this._node) - 1] : undefined;
    return prev ? view(this.h, prev) : null;
  }

  /** The last paragraph of a section cannot be removed (apps-script-facts §7.1). */
  removeFromParent(): this {
    this.h.mut();
    const p = this._node.parent;
    if (p) removeNode(this.h, p, this._node);
    return this;
  }

  /** A detached deep copy (to insert elsewhere). */
  copy(): ElementImpl {
    this.h.read();
    return view(this.h, cloneNode(this._node));
  }

  isAtDocumentEnd(): boolean {
    this.h.read();
    let n: DocNode = this._node;
    while (n.parent) {
      if (n.parent.children[n.parent.children.length - 1] !== n) return false;
      n = n.parent;
    }
    return n.type === 'BODY_SECTION';
  }

  getAttributes(): Attrs {
    this.h.read();
    const out: Attrs = { ...this._node.attrs };
    for (const k of TEXT_ATTRIBUTES) out[k] = uniformTextAttr(this._node, k);
    return out;
  }

  /** One call sets many attributes: character ones go to the element's text, the rest to the element. */
  setAttributes(attributes: Attrs): this {
    this.h.mut();
    const text: Attrs = {};
    for (const [k, v] of Object.entries(attributes ?? {})) {
      if (TEXT_ATTRIBUTES.has(k)) text[k] = v;
      else if (v === null) delete this._node.attrs[k];
      else this._node.attrs[k] = v;
    }
    if (Object.keys(text).length) styleAllText(this._node, text);
    return this;
  }

  protected cast(type: NodeType): this {
    this.h.read();
    if (this._node.type !== type)
      throw this.world.error('docCast', { actual: CLASS_OF[this._node.type], wanted: CLASS_OF[type] });
    return this;
  }
  asParagraph(): this {
    return this.cast('PARAGRAPH');
  }
  asListItem(): this {
    return this.cast('LIST_ITEM');
  }
  asTable(): this {
    return this.cast('TABLE');
  }
  asTableRow(): this {
    return this.cast('TABLE_ROW');
  }
  asTableCell(): this {
    return this.cast('TABLE_CELL');
  }
  asText(): this {
    return this.cast('TEXT');
  }
  asBody(): this {
    return this.cast('BODY_SECTION');
  }
  asPageBreak(): this {
    return this.cast('PAGE_BREAK');
  }
  asHorizontalRule(): this {
    return this.cast('HORIZONTAL_RULE');
  }
  asInlineImage(): this {
    return this.cast('INLINE_IMAGE');
  }
}

/** Removes `child` from `parent`, refusing to leave a section without its final paragraph. */
export function removeNode(h: DocHandle, parent: DocNode, child: DocNode): void {
  const i = parent.children.indexOf(child);
  if (i < 0) throw h.world.error('docNotChild');
  if (isSection(parent) && i === parent.children.length - 1 && parent.type === 'BODY_SECTION')
    throw h.world.error('docLastParagraph');
  if (isSection(parent) && parent.children.length === 1) throw h.world.error('docLastParagraph');
  parent.children.splice(i, 1);
  child.parent = null;
}

/** Methods every container (section, paragraph, table, row, cell) shares. */
export abstract class ContainerImpl extends ElementImpl {
  getNumChildren(): number {
    this.h.read();
    return this._node.children.length;
  }

  getChild(childIndex: number): ElementImpl {
    this.h.read();
    const c = this._node.children[childIndex];
    if (!c) throw this.world.error('docChildIndex', { index: childIndex, count: this._node.children.length });
    return view(this.h, c);
  }

  getChildIndex(child: ElementImpl): number {
    this.h.read();
    const i = this._node.children.indexOf(child._node);
    if (i < 0) throw this.world.error('docNotChild');
    return i;
  }

  removeChild(child: ElementImpl): this {
    this.h.mut();
    removeNode(this.h, this._node, child._node);
    return this;
  }

  getText(): string {
    this.h.read();
    return nodeText(this._node);
  }

  /** A Text view over every paragraph of the container (paragraphs separated by "\n" in its offsets). */
  editAsText(): ElementImpl {
    this.h.read();
    return textView(this.h, paragraphsUnder(this._node));
  }

  /** Replaces matches paragraph by paragraph: a pattern never matches across paragraphs (apps-script-facts §7.2). */
  replaceText(searchPattern: string, replacement: string): this {
    this.h.mut();
    replaceInParagraphs(this.h, paragraphsUnder(this._node), searchPattern, replacement);
    return this;
  }

  findText(searchPattern: string, from?: unknown): GasObject | null {
    this.h.read();
    return findInParagraphs(this.h, paragraphsUnder(this._node), searchPattern, from);
  }

  protected adopt(child: DocNode, index?: number): DocNode {
    if (child.parent) throw this.world.error('docDetached');
    return appendChild(this._node, child, index);
  }
}

// Implemented in text.ts (registered at load) so this module stays free of import cycles.
type TextView = (h: DocHandle, segments: DocNode[]) => ElementImpl;
type Replacer = (h: DocHandle, paragraphs: DocNode[], pattern: string, replacement: string) => void;
type Finder = (h: DocHandle, paragraphs: DocNode[], pattern: string, from: unknown) => GasObject | null;
let textView: TextView = () => {
  throw new Error('emulator: text.ts not loaded');
};
let replaceInParagraphs: Replacer = textView as unknown as Replacer;
let findInParagraphs: Finder = textView as unknown as Finder;

export function registerTextOps(ops: { textView: TextView; replace: Replacer; find: Finder }): void {
  textView = ops.textView;
  replaceInParagraphs = ops.replace;
  findInParagraphs = ops.find;
}
