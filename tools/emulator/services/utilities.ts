// Utilities: formatDate/parseDate, formatString, getUuid, blobs, base64, digests, sleep (advances the world clock).
import { createHash, createHmac } from 'node:crypto';
import { GasObject, gasClass } from '../core/gas-object';
import type { World } from '../core/world';
import { BlobImpl, charsetEncoding, fromBytes, toSignedBytes } from './blob';
import { formatDate, parseDate, PatternError, UnparseableDateError } from './date-format';
import { formatString } from './format-string';

function enumOf<K extends string>(...names: K[]): Readonly<Record<K, K>> {
  return Object.freeze(Object.fromEntries(names.map((n) => [n, n])) as Record<K, K>);
}

export const DigestAlgorithm = enumOf('MD2', 'MD5', 'SHA_1', 'SHA_256', 'SHA_384', 'SHA_512');
export const MacAlgorithm = enumOf('HMAC_MD5', 'HMAC_SHA_1', 'HMAC_SHA_256', 'HMAC_SHA_384', 'HMAC_SHA_512');
export const Charset = enumOf('US_ASCII', 'UTF_8');

const NODE_DIGEST: Record<string, string> = {
  MD5: 'md5',
  SHA_1: 'sha1',
  SHA_256: 'sha256',
  SHA_384: 'sha384',
  SHA_512: 'sha512',
};

/** Longest Utilities.sleep: 5 minutes [G ref:utilities/utilities#sleep(Integer)]. */
export const MAX_SLEEP_MS = 300_000;

interface UuidState {
  seed: number;
}

/** mulberry32: a small seeded generator so UUIDs are reproducible per world. */
function nextRandom(state: UuidState): number {
  state.seed = (state.seed + 0x6d2b79f5) >>> 0;
  let t = state.seed;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}

function bytesOf(value: string | number[], charset?: string): Buffer {
  return typeof value === 'string' ? Buffer.from(value, charsetEncoding(charset)) : fromBytes(value);
}

export class UtilitiesImpl extends GasObject {
  readonly [gasClass] = 'Utilities';
  readonly DigestAlgorithm = DigestAlgorithm;
  readonly MacAlgorithm = MacAlgorithm;
  readonly Charset = Charset;
  constructor(private readonly world: World) {
    super();
  }

  formatDate(date: Date, timeZone: string, format: string): string {
    const ms = date instanceof Date ? date.getTime() : Number.NaN;
    if (Number.isNaN(ms)) throw this.world.error('invalidArgument', { name: 'date' });
    try {
      return formatDate(ms, String(timeZone), String(format));
    } catch (e) {
      if (e instanceof PatternError) throw this.world.error('invalidArgument', { name: 'format' });
      throw e;
    }
  }
  parseDate(date: string, timeZone: string, format: string): Date {
    try {
      return new Date(parseDate(String(date), String(timeZone), String(format)));
    } catch (e) {
      if (e instanceof UnparseableDateError) throw this.world.error('unparseableDate', { text: String(date) });
      if (e instanceof PatternError) throw this.world.error('invalidArgument', { name: 'format' });
      throw e;
    }
  }
  formatString(template: string, ...args: unknown[]): string {
    return formatString(template, ...args);
  }
  /** RFC 4122 version 4 layout, from a per-world seeded generator (reproducible runs). */
  getUuid(): string {
    const state = this.world.state<UuidState>('services.uuid', () => ({ seed: this.world.id * 2654435761 }));
    const bytes = Array.from({ length: 16 }, () => Math.floor(nextRandom(state) * 256));
    bytes[6] = (bytes[6]! & 0x0f) | 0x40;
    bytes[8] = (bytes[8]! & 0x3f) | 0x80;
    const hex = bytes.map((b) => b.toString(16).padStart(2, '0')).join('');
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
  }
  newBlob(data: string | number[], contentType?: string, name?: string): BlobImpl {
    return new BlobImpl(bytesOf(data ?? ''), contentType ?? null, name ?? null);
  }
  base64Encode(data: string | number[], charset?: string): string {
    return bytesOf(data, charset).toString('base64');
  }
  base64EncodeWebSafe(data: string | number[], charset?: string): string {
    return bytesOf(data, charset).toString('base64').replace(/\+/g, '-').replace(/\//g, '_');
  }
  base64Decode(encoded: string, _charset?: string): number[] {
    return toSignedBytes(Buffer.from(String(encoded), 'base64'));
  }
  base64DecodeWebSafe(encoded: string, _charset?: string): number[] {
    return toSignedBytes(Buffer.from(String(encoded).replace(/-/g, '+').replace(/_/g, '/'), 'base64'));
  }
  computeDigest(algorithm: string, value: string | number[], charset?: string): number[] {
    const algo = NODE_DIGEST[String(algorithm)];
    if (!algo) throw this.world.error('invalidArgument', { name: 'algorithm' });
    return toSignedBytes(createHash(algo).update(bytesOf(value, charset)).digest());
  }
  computeHmacSha256Signature(value: string | number[], key: string | number[], charset?: string): number[] {
    return toSignedBytes(createHmac('sha256', bytesOf(key, charset)).update(bytesOf(value, charset)).digest());
  }
  /** A real sleep takes time: the world clock advances (and a long sleep runs into the 6-min limit elsewhere). */
  sleep(milliseconds: number): void {
    const ms = Number(milliseconds);
    if (!(ms >= 0) || ms > MAX_SLEEP_MS) throw this.world.error('invalidArgument', { name: 'milliseconds' });
    this.world.clock.advance(ms);
    if (this.world.execution) this.world.execution.estimatedMs += ms;
  }
}
