// InlineImage (reference/document/inline-image): an image inside a paragraph, made by Body.appendImage(blob),
// Body.insertImage(index, blob) or Paragraph.appendInlineImage(blob). Sizes are pixels; a new image has the
// natural size of its PNG. The image bytes are kept (base64) so the document can be saved and shown.
import { gasClass } from '../core/gas-object';
import type { World } from '../core/world';
import { pngSize } from '../charts/png';
import { BlobImpl } from '../services/blob';
import { ElementImpl, registerView } from './element';
import { newNode, type DocNode } from './nodes';
import type { DocHandle } from './store';

/** The bytes of a BlobSource (a Blob, a Chart, anything with getBlob()); only PNG images are understood. */
export function imageNode(world: World, source: unknown): DocNode {
  const blob =
    source instanceof BlobImpl
      ? source
      : source && typeof (source as { getBlob?: unknown }).getBlob === 'function'
        ? ((source as { getBlob(): unknown }).getBlob() as BlobImpl)
        : null;
  const bytes = blob instanceof BlobImpl ? blob._buffer() : null;
  const size = bytes ? pngSize(bytes) : null;
  if (!bytes || !size) throw world.error('docInvalidImage');
  return newNode('INLINE_IMAGE', null, {
    data: bytes.toString('base64'),
    contentType: 'image/png',
    WIDTH: size.width,
    HEIGHT: size.height,
  });
}

export class InlineImageImpl extends ElementImpl {
  readonly [gasClass] = 'InlineImage';
  getWidth(): number {
    this.h.read();
    return Number(this._node.attrs.WIDTH);
  }
  getHeight(): number {
    this.h.read();
    return Number(this._node.attrs.HEIGHT);
  }
  setWidth(width: number): this {
    this.h.mut();
    this._node.attrs.WIDTH = Math.trunc(Number(width));
    return this;
  }
  setHeight(height: number): this {
    this.h.mut();
    this._node.attrs.HEIGHT = Math.trunc(Number(height));
    return this;
  }
  getBlob(): BlobImpl {
    this.h.read();
    return new BlobImpl(Buffer.from(String(this._node.attrs.data), 'base64'), String(this._node.attrs.contentType));
  }
  getAltTitle(): string | null {
    this.h.read();
    return (this._node.attrs.altTitle as string | undefined) ?? null;
  }
  setAltTitle(title: string): this {
    this.h.mut();
    this._node.attrs.altTitle = String(title);
    return this;
  }
  getAltDescription(): string | null {
    this.h.read();
    return (this._node.attrs.altDescription as string | undefined) ?? null;
  }
  setAltDescription(description: string): this {
    this.h.mut();
    this._node.attrs.altDescription = String(description);
    return this;
  }
}

registerView('INLINE_IMAGE', (h: DocHandle, n: DocNode) => new InlineImageImpl(h, n));
