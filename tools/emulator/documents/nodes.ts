// The stored document tree: sections hold paragraphs, list items and tables; paragraphs hold text runs.
export type Attrs = Record<string, unknown>;

export interface Run {
  text: string;
  attrs: Attrs;
}

export type NodeType =
  | 'BODY_SECTION'
  | 'HEADER_SECTION'
  | 'FOOTER_SECTION'
  | 'PARAGRAPH'
  | 'LIST_ITEM'
  | 'TABLE'
  | 'TABLE_ROW'
  | 'TABLE_CELL'
  | 'TEXT'
  | 'PAGE_BREAK'
  | 'HORIZONTAL_RULE'
  | 'INLINE_IMAGE';

export interface DocNode {
  type: NodeType;
  parent: DocNode | null;
  children: DocNode[];
  attrs: Attrs;
  /** TEXT nodes only. */
  runs: Run[];
}

export function newNode(type: NodeType, parent: DocNode | null = null, attrs: Attrs = {}): DocNode {
  return { type, parent, children: [], attrs: { ...attrs }, runs: [] };
}

export function appendChild(parent: DocNode, child: DocNode, index = parent.children.length): DocNode {
  child.parent = parent;
  parent.children.splice(index, 0, child);
  return child;
}

export function textNode(text: string, attrs: Attrs = {}): DocNode {
  const n = newNode('TEXT');
  if (text !== '') n.runs = [{ text, attrs: { ...attrs } }];
  return n;
}

/** A paragraph (or list item) holding `text` as one text element; an empty paragraph has no text element. */
export function paragraphNode(text: string, type: 'PARAGRAPH' | 'LIST_ITEM' = 'PARAGRAPH'): DocNode {
  const p = newNode(type, null, type === 'LIST_ITEM' ? { NESTING_LEVEL: 0, GLYPH_TYPE: 'BULLET' } : {});
  if (text !== '') appendChild(p, textNode(text));
  return p;
}

export function isParagraphLike(n: DocNode): boolean {
  return n.type === 'PARAGRAPH' || n.type === 'LIST_ITEM';
}

export function isSection(n: DocNode): boolean {
  return n.type === 'BODY_SECTION' || n.type === 'HEADER_SECTION' || n.type === 'FOOTER_SECTION';
}

/** Element text as Apps Script reports it: paragraphs joined by "\n" in containers, table cells by "\t" in rows. */
export function nodeText(n: DocNode): string {
  switch (n.type) {
    case 'TEXT':
      return n.runs.map((r) => r.text).join('');
    case 'PARAGRAPH':
    case 'LIST_ITEM':
      return n.children.map(nodeText).join('');
    case 'PAGE_BREAK':
    case 'HORIZONTAL_RULE':
    case 'INLINE_IMAGE':
      return '';
    case 'TABLE_ROW':
      return n.children.map(nodeText).join('\t');
    default:
      return n.children.map(nodeText).join('\n');
  }
}

export function cloneNode(n: DocNode, parent: DocNode | null = null): DocNode {
  const c: DocNode = {
    type: n.type,
    parent,
    children: [],
    attrs: { ...n.attrs },
    runs: n.runs.map((r) => ({ text: r.text, attrs: { ...r.attrs } })),
  };
  c.children = n.children.map((ch) => cloneNode(ch, c));
  return c;
}

/** Every paragraph / list item under `n` (itself included), in document order: the blocks replaceText searches. */
export function paragraphsUnder(n: DocNode, out: DocNode[] = []): DocNode[] {
  if (isParagraphLike(n)) out.push(n);
  else for (const c of n.children) paragraphsUnder(c, out);
  return out;
}

/** Every TEXT node under `n`, in order. */
export function textNodesUnder(n: DocNode, out: DocNode[] = []): DocNode[] {
  if (n.type === 'TEXT') out.push(n);
  else for (const c of n.children) textNodesUnder(c, out);
  return out;
}

/**
 * Joins a paragraph's consecutive text elements into one (keeping each run's formatting), so a pattern or an
 * offset can address the paragraph's text as a whole; returns the paragraph's single text node (created if absent).
 */
export function mergedText(p: DocNode): DocNode {
  const texts = p.children.filter((c) => c.type === 'TEXT');
  if (texts.length === 0) return appendChild(p, textNode(''));
  const first = texts[0]!;
  for (const t of texts.slice(1)) {
    first.runs.push(...t.runs);
    p.children.splice(p.children.indexOf(t), 1);
  }
  return first;
}
