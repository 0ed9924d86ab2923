// Text (editAsText, appendText) and RangeElement (findText): styled ranges, insert/delete, RE2 replace and find.
import { GasObject, gasClass } from '../core/gas-object';
import { ElementImpl, registerTextOps, registerView, view } from './element';
import { isParagraphLike, textNode, type Attrs, type DocNode, type Run } from './nodes';
import { compileRe2, matchesIn } from './re2';
import { attributeIndices, attrsAt, deleteText, insertText, replaceRange, runsText, styleRange } from './rich-text';
import { TEXT_ATTRIBUTES } from './enums';
import type { DocHandle } from './store';

/** Runs of a segment: a TEXT node's own, or a paragraph's text children joined. */
function getRuns(seg: DocNode): Run[] {
  if (seg.type === 'TEXT') return seg.runs;
  return seg.children.filter((c) => c.type === 'TEXT').flatMap((c) => c.runs);
}

/** Stores runs back; a paragraph keeps one text element where its first one was (inline breaks stay). */
function setRuns(seg: DocNode, runs: Run[]): void {
  if (seg.type === 'TEXT') {
    seg.runs = runs;
    return;
  }
  const at = seg.children.findIndex((c) => c.type === 'TEXT');
  seg.children = seg.children.filter((c) => c.type !== 'TEXT');
  if (runs.length === 0 || runsText(runs) === '') return;
  const t = textNode('');
  t.runs = runs;
  t.parent = seg;
  seg.children.splice(at < 0 ? seg.children.length : at, 0, t);
}

export function replaceInSegments(h: DocHandle, segments: DocNode[], pattern: string, replacement: string): void {
  const re = compileRe2(h.world, pattern);
  const rep = String(replacement); // literal: "$1" is not expanded [U]
  for (const seg of segments) {
    let runs = getRuns(seg);
    const found = matchesIn(re, runsText(runs));
    if (found.length === 0) continue;
    for (let i = found.length - 1; i >= 0; i--) runs = replaceRange(runs, found[i]!.start, found[i]!.end, rep);
    setRuns(seg, runs);
  }
}

/** Makes the segment a single real TEXT node so a RangeElement can point at it. */
function textNodeOf(seg: DocNode): DocNode {
  if (seg.type === 'TEXT') return seg;
  setRuns(seg, getRuns(seg).slice());
  return seg.children.find((c) => c.type === 'TEXT')!;
}

export function findInSegments(h: DocHandle, segments: DocNode[], pattern: string, from: unknown): GasObject | null {
  const re = compileRe2(h.world, pattern);
  let after: { node: DocNode; end: number } | null = null;
  if (from instanceof RangeElementImpl) after = { node: from._textNode, end: from._end };
  let passed = after === null;
  for (const seg of segments) {
    const text = runsText(getRuns(seg));
    const node = seg.type === 'TEXT' ? seg : seg.children.find((c) => c.type === 'TEXT');
    let minStart = 0;
    if (!passed) {
      if (node !== after!.node) continue;
      passed = true;
      minStart = after!.end + 1;
    }
    const m = matchesIn(re, text).find((x) => x.start >= minStart);
    if (m) return new RangeElementImpl(h, textNodeOf(seg), m.start, m.end - 1);
  }
  return null;
}

interface Pos {
  seg: DocNode;
  offset: number;
}

export class TextImpl extends ElementImpl {
  readonly [gasClass] = 'Text';
  constructor(
    h: DocHandle,
    node: DocNode,
    /** The text blocks this view spans: itself, or every paragraph of an editAsText container. */
    private readonly segments: DocNode[],
  ) {
    super(h, node);
  }

  private text(): string {
    return this.segments.map((s) => runsText(getRuns(s))).join('\n');
  }

  /** Maps a view offset to its segment; the "\n" between segments belongs to no segment. */
  private locate(offset: number): Pos | null {
    let pos = 0;
    for (const seg of this.segments) {
      const len = runsText(getRuns(seg)).length;
      if (offset >= pos && offset <= pos + len) return { seg, offset: offset - pos };
      pos += len + 1;
    }
    return null;
  }

  private checkRange(start: number, end: number): void {
    const len = this.text().length;
    if (!Number.isInteger(start) || start < 0 || start >= Math.max(len, 1))
      throw this.world.error('docOffset', { offset: start });
    if (!Number.isInteger(end) || end < start || end >= Math.max(len, 1))
      throw this.world.error('docOffset', { offset: end });
  }

  /** Applies `attrs` on [start, endInclusive] across segments. */
  private styleSpan(start: number, end: number, attrs: Attrs): void {
    let pos = 0;
    for (const seg of this.segments) {
      const runs = getRuns(seg);
      const len = runsText(runs).length;
      const a = Math.max(start, pos);
      const b = Math.min(end, pos + len - 1);
      if (a <= b) setRuns(seg, styleRange(runs, a - pos, b - pos, attrs));
      pos += len + 1;
    }
  }

  /** setX(value) styles the whole text; setX(start, endInclusive, value) a range. */
  private styled(key: string, args: unknown[]): this {
    this.h.mut();
    if (args.length >= 3) {
      const [s, e, v] = args as [number, number, unknown];
      this.checkRange(s, e);
      this.styleSpan(s, e, { [key]: v });
    } else {
      const len = this.text().length;
      if (len > 0) this.styleSpan(0, len - 1, { [key]: args[0] });
    }
    return this;
  }

  private attrAt(key: string, offset?: number): unknown {
    this.h.read();
    if (offset === undefined) {
      let value: unknown;
      let seen = false;
      for (const seg of this.segments)
        for (const r of getRuns(seg)) {
          const v = r.attrs[key] ?? null;
          if (!seen) [value, seen] = [v, true];
          else if (v !== value) return null;
        }
      return seen ? value : null;
    }
    const p = this.locate(offset);
    return p ? (attrsAt(getRuns(p.seg), p.offset)[key] ?? null) : null;
  }

  getText(): string {
    this.h.read();
    return this.text();
  }

  setText(text: string): this {
    this.h.mut();
    const first = this.segments[0];
    if (!first) return this;
    const attrs = getRuns(first)[0]?.attrs ?? {};
    setRuns(first, String(text) === '' ? [] : [{ text: String(text), attrs: { ...attrs } }]);
    for (const seg of this.segments.slice(1)) setRuns(seg, []);
    return this;
  }

  setBold(...args: unknown[]): this {
    return this.styled('BOLD', args);
  }
  setItalic(...args: unknown[]): this {
    return this.styled('ITALIC', args);
  }
  setUnderline(...args: unknown[]): this {
    return this.styled('UNDERLINE', args);
  }
  setStrikethrough(...args: unknown[]): this {
    return this.styled('STRIKETHROUGH', args);
  }
  setFontFamily(...args: unknown[]): this {
    return this.styled('FONT_FAMILY', args);
  }
  setFontSize(...args: unknown[]): this {
    return this.styled('FONT_SIZE', args);
  }
  setForegroundColor(...args: unknown[]): this {
    return this.styled('FOREGROUND_COLOR', args);
  }
  setBackgroundColor(...args: unknown[]): this {
    return this.styled('BACKGROUND_COLOR', args);
  }
  setLinkUrl(...args: unknown[]): this {
    return this.styled('LINK_URL', args);
  }

  isBold(offset?: number): boolean | null {
    return this.attrAt('BOLD', offset) as boolean | null;
  }
  isItalic(offset?: number): boolean | null {
    return this.attrAt('ITALIC', offset) as boolean | null;
  }
  isUnderline(offset?: number): boolean | null {
    return this.attrAt('UNDERLINE', offset) as boolean | null;
  }
  getFontFamily(offset?: number): string | null {
    return this.attrAt('FONT_FAMILY', offset) as string | null;
  }
  getFontSize(offset?: number): number | null {
    return this.attrAt('FONT_SIZE', offset) as number | null;
  }

  /** setAttributes(attrs) or setAttributes(start, endInclusive, attrs); only character attributes apply to text. */
  override setAttributes(...args: unknown[]): this {
    this.h.mut();
    const attrs = (args.length >= 3 ? args[2] : args[0]) as Attrs;
    const text = Object.fromEntries(Object.entries(attrs ?? {}).filter(([k]) => TEXT_ATTRIBUTES.has(k)));
    if (args.length >= 3) {
      this.checkRange(args[0] as number, args[1] as number);
      this.styleSpan(args[0] as number, args[1] as number, text);
    } else {
      const len = this.text().length;
      if (len > 0) this.styleSpan(0, len - 1, text);
    }
    return this;
  }

  override getAttributes(offset?: number): Attrs {
    this.h.read();
    const out: Attrs = {};
    for (const k of TEXT_ATTRIBUTES) out[k] = this.attrAt(k, offset);
    return out;
  }

  getTextAttributeIndices(): number[] {
    this.h.read();
    const out: number[] = [];
    let pos = 0;
    for (const seg of this.segments) {
      const runs = getRuns(seg);
      for (const i of attributeIndices(runs)) out.push(pos + i);
      pos += runsText(runs).length + 1;
    }
    return [...new Set(out)];
  }

  appendText(text: string): this {
    this.h.mut();
    const last = this.segments[this.segments.length - 1];
    if (last) {
      const runs = getRuns(last);
      setRuns(last, insertText(runs, runsText(runs).length, String(text)));
    }
    return this;
  }

  insertText(offset: number, text: string): this {
    this.h.mut();
    const p = this.locate(offset);
    if (!p) throw this.world.error('docOffset', { offset });
    setRuns(p.seg, insertText(getRuns(p.seg), p.offset, String(text)));
    return this;
  }

  /** Deletes [start, endInclusive]; the "\n" between paragraphs is not deletable through Text [U]. */
  deleteText(start: number, endInclusive: number): this {
    this.h.mut();
    this.checkRange(start, endInclusive);
    let pos = 0;
    for (const seg of this.segments) {
      const runs = getRuns(seg);
      const len = runsText(runs).length;
      const a = Math.max(start, pos);
      const b = Math.min(endInclusive, pos + len - 1);
      if (a <= b) setRuns(seg, deleteText(runs, a - pos, b - pos));
      pos += len + 1;
    }
    return this;
  }

  replaceText(searchPattern: string, replacement: string): this {
    this.h.mut();
    replaceInSegments(this.h, this.segments, searchPattern, replacement);
    return this;
  }

  findText(searchPattern: string, from?: unknown): GasObject | null {
    this.h.read();
    return findInSegments(this.h, this.segments, searchPattern, from);
  }
}

/** A search hit: the Text element and inclusive offsets. */
export class RangeElementImpl extends GasObject {
  readonly [gasClass] = 'RangeElement';
  constructor(
    private readonly h: DocHandle,
    readonly _textNode: DocNode,
    private readonly start: number,
    readonly _end: number,
  ) {
    super();
  }
  getElement(): ElementImpl {
    return view(this.h, this._textNode);
  }
  getStartOffset(): number {
    return this.start;
  }
  getEndOffsetInclusive(): number {
    return this._end;
  }
  isPartial(): boolean {
    return true;
  }
}

registerView('TEXT', (h, n) => new TextImpl(h, n, [n]));
registerTextOps({
  textView: (h, segs) => {
    // A paragraph's own editAsText is its text element; a multi-paragraph container gets a spanning view.
    if (segs.length === 1 && isParagraphLike(segs[0]!)) return new TextImpl(h, segs[0]!, segs);
    return new TextImpl(h, segs[0] ?? textNode(''), segs);
  },
  replace: replaceInSegments,
  find: findInSegments,
});
