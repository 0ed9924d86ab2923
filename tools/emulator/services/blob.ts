// Blob (Utilities.newBlob): bytes as Java-style signed byte arrays, content type, name.
import { GasObject, gasClass } from '../core/gas-object';

/** Apps Script byte[] values are signed Java bytes (-128…127). */
export function toSignedBytes(buf: Uint8Array): number[] {
  return Array.from(buf, (b) => (b > 127 ? b - 256 : b));
}

export function fromBytes(bytes: ArrayLike<number>): Buffer {
  return Buffer.from(Array.from(bytes, (b) => b & 0xff));
}

export function charsetEncoding(charset?: string): BufferEncoding {
  if (charset === undefined) return 'utf8';
  const c = String(charset).toUpperCase().replace('-', '_');
  if (c === 'US_ASCII') return 'ascii';
  if (c === 'ISO_8859_1') return 'latin1';
  return 'utf8';
}

export class BlobImpl extends GasObject {
  readonly [gasClass] = 'Blob';
  constructor(
    private data: Buffer,
    private contentType: string | null = null,
    private name: string | null = null,
  ) {
    super();
  }
  getBytes(): number[] {
    return toSignedBytes(this.data);
  }
  getDataAsString(charset?: string): string {
    return this.data.toString(charsetEncoding(charset));
  }
  getContentType(): string | null {
    return this.contentType;
  }
  setContentType(contentType: string | null): this {
    this.contentType = contentType;
    return this;
  }
  getName(): string | null {
    return this.name;
  }
  setName(name: string): this {
    this.name = name;
    return this;
  }
  setBytes(data: number[]): this {
    this.data = fromBytes(data);
    return this;
  }
  setDataFromString(string: string, charset?: string): this {
    this.data = Buffer.from(string, charsetEncoding(charset));
    return this;
  }
  copyBlob(): BlobImpl {
    return new BlobImpl(Buffer.from(this.data), this.contentType, this.name);
  }
  isGoogleType(): boolean {
    return false;
  }
  getBlob(): this {
    return this;
  }
  /** Emulator-internal raw bytes. */
  _buffer(): Buffer {
    return this.data;
  }
}
