// Numbers vocabulary terms (as typed: case, ё, spacing ignored) so sets become bitmasks compared without allocation.
import { normalizeTerm } from '../model';

export class TermIndex {
  private readonly ids = new Map<string, number>();
  /** Raw spelling → id: banks repeat the same titles, so most lookups skip normalisation. */
  private readonly raw = new Map<string, number>();
  /** The first spelling seen for each id, for messages. */
  readonly titles: string[] = [];

  /** Id of a term, adding it when new; -1 for blank text. */
  add(text: string): number {
    const known = this.raw.get(text);
    if (known !== undefined) return known;
    const key = normalizeTerm(text);
    if (key === '') return -1;
    let id = this.ids.get(key);
    if (id === undefined) {
      id = this.titles.length;
      this.ids.set(key, id);
      this.titles.push(text.trim());
    }
    this.raw.set(text, id);
    return id;
  }

  get(text: string): number {
    return this.raw.get(text) ?? this.ids.get(normalizeTerm(text)) ?? -1;
  }

  get size(): number {
    return this.titles.length;
  }

  /** 32-bit words a mask needs; fixed once every term has been added. */
  get words(): number {
    return Math.max(1, Math.ceil(this.titles.length / 32));
  }
}

/** Writes the set of term ids into `mask` at word offset `at`; returns how many distinct ids it holds. */
export function writeMask(ids: readonly number[], mask: Uint32Array, at: number): number {
  let count = 0;
  for (const id of ids) {
    if (id < 0) continue;
    const w = at + (id >>> 5);
    const bit = 1 << (id & 31);
    if ((mask[w]! & bit) === 0) {
      mask[w] = mask[w]! | bit;
      count++;
    }
  }
  return count;
}

export function popcount32(x: number): number {
  x = x - ((x >>> 1) & 0x55555555);
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (((x + (x >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/** |A ∩ B| for masks stored in flat arrays at word offsets `a` and `b`. */
export function intersectCount(ma: Uint32Array, a: number, mb: Uint32Array, b: number, words: number): number {
  let n = 0;
  for (let k = 0; k < words; k++) n += popcount32(ma[a + k]! & mb[b + k]!);
  return n;
}

/** Ids of the set bits, ascending (for explanations, not for the hot path). */
export function maskIds(mask: Uint32Array, at: number, words: number): number[] {
  const out: number[] = [];
  for (let k = 0; k < words; k++) {
    let x = mask[at + k]!;
    while (x !== 0) {
      const low = x & -x;
      out.push(k * 32 + (31 - Math.clz32(low)));
      x = (x ^ low) >>> 0;
    }
  }
  return out;
}
