// A tiny formula evaluator: literals, cell/range references, arithmetic, & and comparisons, and a few functions.
// Anything else evaluates to an error value (#NAME? for unknown functions, #ERROR! for text it cannot parse),
// which getValues returns as a string, as Sheets does.
import { lettersToColumn } from './a1';
import { toSerial, zonedToInstant, wallClock } from './zone';

export class ErrVal {
  constructor(readonly code: string) {}
}

export type Scalar = number | string | boolean | Date | null | ErrVal;
interface RangeVal {
  kind: 'range';
  values: Scalar[][];
}
type Val = Scalar | RangeVal;

export interface FormulaContext {
  timeZone: string;
  now: number;
  /** Computed values of a rectangle (1-based); sheetName undefined = the formula's own sheet; endRow undefined = to the last row. */
  read(
    sheetName: string | undefined,
    row: number,
    col: number,
    endRow: number | undefined,
    endCol: number,
  ): Scalar[][] | ErrVal;
}

type Tok =
  | { t: 'num'; v: number }
  | { t: 'str'; v: string }
  | { t: 'ref'; sheet?: string; text: string }
  | { t: 'id'; v: string }
  | { t: 'op'; v: string };

const REF =
  /^(?:('(?:[^']|'')+'|[\p{L}_][\p{L}\p{N}_]*)!)?(\$?[A-Za-z]{1,3}\$?\d+(?::\$?[A-Za-z]{1,3}\$?\d+)?|\$?[A-Za-z]{1,3}:\$?[A-Za-z]{1,3})(?![A-Za-z0-9_(])/u;

function tokenize(src: string): Tok[] | null {
  const out: Tok[] = [];
  let i = 0;
  while (i < src.length) {
    const rest = src.slice(i);
    const ch = src[i]!;
    if (/\s/.test(ch)) {
      i++;
      continue;
    }
    let m = /^\d+(\.\d+)?([eE][+-]?\d+)?/.exec(rest);
    if (m) {
      out.push({ t: 'num', v: Number(m[0]) });
      i += m[0].length;
      continue;
    }
    if (ch === '"') {
      m = /^"((?:[^"]|"")*)"/.exec(rest);
      if (!m) return null;
      out.push({ t: 'str', v: m[1]!.replace(/""/g, '"') });
      i += m[0].length;
      continue;
    }
    m = REF.exec(rest);
    if (m) {
      const sheet = m[1] ? (m[1].startsWith("'") ? m[1].slice(1, -1).replace(/''/g, "'") : m[1]) : undefined;
      out.push({ t: 'ref', sheet, text: m[2]!.replace(/\$/g, '') });
      i += m[0].length;
      continue;
    }
    m = /^[A-Za-z_][A-Za-z0-9_.]*/.exec(rest);
    if (m) {
      out.push({ t: 'id', v: m[0].toUpperCase() });
      i += m[0].length;
      continue;
    }
    m = /^(<=|>=|<>|[=<>&+\-*/^(),;%:])/.exec(rest);
    if (!m) return null;
    out.push({ t: 'op', v: m[0] });
    i += m[0].length;
  }
  return out;
}

class Parser {
  private i = 0;
  constructor(
    private readonly toks: Tok[],
    private readonly ctx: FormulaContext,
  ) {}

  done(): boolean {
    return this.i >= this.toks.length;
  }
  private peekOp(...ops: string[]): string | null {
    const t = this.toks[this.i];
    return t && t.t === 'op' && ops.includes(t.v) ? t.v : null;
  }
  private expectOp(op: string): void {
    if (!this.peekOp(op)) throw new ErrVal('#ERROR!');
    this.i++;
  }

  comparison(): Val {
    let left = this.concat();
    for (let op = this.peekOp('=', '<>', '<', '>', '<=', '>='); op; op = this.peekOp('=', '<>', '<', '>', '<=', '>=')) {
      this.i++;
      const right = this.concat();
      left = compare(op, scalar(left), scalar(right), this.ctx);
    }
    return left;
  }
  private concat(): Val {
    let left = this.additive();
    while (this.peekOp('&')) {
      this.i++;
      const right = this.additive();
      const a = scalar(left);
      const b = scalar(right);
      left = a instanceof ErrVal ? a : b instanceof ErrVal ? b : toText(a) + toText(b);
    }
    return left;
  }
  private additive(): Val {
    let left = this.multiplicative();
    for (let op = this.peekOp('+', '-'); op; op = this.peekOp('+', '-')) {
      this.i++;
      const right = this.multiplicative();
      left = arith(op, left, right, this.ctx);
    }
    return left;
  }
  private multiplicative(): Val {
    let left = this.power();
    for (let op = this.peekOp('*', '/'); op; op = this.peekOp('*', '/')) {
      this.i++;
      const right = this.power();
      left = arith(op, left, right, this.ctx);
    }
    return left;
  }
  private power(): Val {
    let left = this.unary();
    while (this.peekOp('^')) {
      this.i++;
      left = arith('^', left, this.unary(), this.ctx);
    }
    return left;
  }
  private unary(): Val {
    const op = this.peekOp('+', '-');
    if (op) {
      this.i++;
      const v = this.unary();
      return op === '-' ? arith('*', -1, v, this.ctx) : arith('+', 0, v, this.ctx);
    }
    let v = this.primary();
    while (this.peekOp('%')) {
      this.i++;
      v = arith('/', v, 100, this.ctx);
    }
    return v;
  }
  private primary(): Val {
    const t = this.toks[this.i++];
    if (!t) throw new ErrVal('#ERROR!');
    if (t.t === 'num' || t.t === 'str') return t.v;
    if (t.t === 'ref') return this.reference(t.sheet, t.text);
    if (t.t === 'op' && t.v === '(') {
      const v = this.comparison();
      this.expectOp(')');
      return v;
    }
    if (t.t === 'id') {
      if (this.peekOp('(')) {
        this.i++;
        const args: Val[] = [];
        if (!this.peekOp(')')) {
          args.push(this.comparison());
          while (this.peekOp(',', ';')) {
            this.i++;
            args.push(this.comparison());
          }
        }
        this.expectOp(')');
        return callFunction(t.v, args, this.ctx);
      }
      if (t.v === 'TRUE') return true;
      if (t.v === 'FALSE') return false;
      return new ErrVal('#NAME?');
    }
    throw new ErrVal('#ERROR!');
  }
  private reference(sheet: string | undefined, text: string): Val {
    const [a, b] = text.split(':');
    const ca = /^([A-Za-z]+)(\d*)$/.exec(a!)!;
    const cb = b ? /^([A-Za-z]+)(\d*)$/.exec(b)! : ca;
    const col = lettersToColumn(ca[1]!);
    const endCol = lettersToColumn(cb[1]!);
    const row = ca[2] ? Number(ca[2]) : 1;
    const endRow = cb[2] ? Number(cb[2]) : undefined;
    const values = this.ctx.read(sheet, row, col, endRow, endCol);
    if (values instanceof ErrVal) return values;
    if (!b) return values[0]?.[0] ?? null;
    return { kind: 'range', values };
  }
}

function scalar(v: Val): Scalar {
  if (v && typeof v === 'object' && 'kind' in v)
    return v.values.length === 1 && v.values[0]!.length === 1 ? v.values[0]![0]! : new ErrVal('#VALUE!');
  return v;
}

function toNumber(v: Scalar, ctx: FormulaContext): number | ErrVal {
  if (v instanceof ErrVal) return v;
  if (v === null || v === '') return 0;
  if (typeof v === 'number') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (v instanceof Date) return toSerial(v.getTime(), ctx.timeZone);
  const n = Number(v.trim());
  return v.trim() !== '' && Number.isFinite(n) ? n : new ErrVal('#VALUE!');
}

function toText(v: Scalar): string {
  if (v === null) return '';
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (v instanceof Date) return v.toISOString();
  if (v instanceof ErrVal) return v.code;
  return String(v);
}

function truthy(v: Scalar, ctx: FormulaContext): boolean | ErrVal {
  if (typeof v === 'string' && v !== '') {
    const u = v.toUpperCase();
    return u === 'TRUE' ? true : u === 'FALSE' ? false : new ErrVal('#VALUE!');
  }
  const n = toNumber(v, ctx);
  return n instanceof ErrVal ? n : n !== 0;
}

function arith(op: string, l: Val, r: Val, ctx: FormulaContext): Scalar {
  const a = toNumber(scalar(l), ctx);
  const b = toNumber(scalar(r), ctx);
  if (a instanceof ErrVal) return a;
  if (b instanceof ErrVal) return b;
  switch (op) {
    case '+':
      return a + b;
    case '-':
      return a - b;
    case '*':
      return a * b;
    case '/':
      return b === 0 ? new ErrVal('#DIV/0!') : a / b;
    default:
      return a ** b;
  }
}

function compare(op: string, a: Scalar, b: Scalar, ctx: FormulaContext): Scalar {
  if (a instanceof ErrVal) return a;
  if (b instanceof ErrVal) return b;
  let x: number | string;
  let y: number | string;
  if (typeof a === 'string' || typeof b === 'string') {
    x = toText(a).toLowerCase();
    y = toText(b).toLowerCase();
  } else {
    x = toNumber(a, ctx) as number;
    y = toNumber(b, ctx) as number;
  }
  switch (op) {
    case '=':
      return x === y;
    case '<>':
      return x !== y;
    case '<':
      return x < y;
    case '>':
      return x > y;
    case '<=':
      return x <= y;
    default:
      return x >= y;
  }
}

function flat(args: Val[]): Scalar[] {
  const out: Scalar[] = [];
  for (const a of args) {
    if (a && typeof a === 'object' && 'kind' in a) for (const row of a.values) out.push(...row);
    else out.push(a);
  }
  return out;
}

function numbersOf(args: Val[], ctx: FormulaContext): number[] | ErrVal {
  const out: number[] = [];
  for (const a of args) {
    const isRange = !!a && typeof a === 'object' && 'kind' in a;
    for (const v of flat([a])) {
      if (v instanceof ErrVal) return v;
      if (typeof v === 'number') out.push(v);
      else if (v instanceof Date) out.push(toSerial(v.getTime(), ctx.timeZone));
      else if (!isRange && v !== null) {
        const n = Number(v);
        if (typeof v === 'string' && (v.trim() === '' || !Number.isFinite(n))) return new ErrVal('#VALUE!');
        out.push(typeof v === 'boolean' ? (v ? 1 : 0) : n);
      }
    }
  }
  return out;
}

function callFunction(name: string, args: Val[], ctx: FormulaContext): Val {
  const s = (k: number): Scalar => (args[k] === undefined ? null : scalar(args[k]!));
  const num = (k: number): number | ErrVal => toNumber(s(k), ctx);
  switch (name) {
    case 'SUM':
    case 'MIN':
    case 'MAX':
    case 'AVERAGE':
    case 'COUNT': {
      const ns = numbersOf(args, ctx);
      if (ns instanceof ErrVal) return name === 'COUNT' ? flat(args).filter((v) => typeof v === 'number').length : ns;
      if (name === 'SUM') return ns.reduce((a, b) => a + b, 0);
      if (name === 'COUNT') return ns.length;
      if (name === 'AVERAGE') return ns.length ? ns.reduce((a, b) => a + b, 0) / ns.length : new ErrVal('#DIV/0!');
      if (!ns.length) return 0;
      return name === 'MIN' ? Math.min(...ns) : Math.max(...ns);
    }
    case 'COUNTA':
      return flat(args).filter((v) => v !== null && v !== '').length;
    case 'IF': {
      const c = truthy(s(0), ctx);
      if (c instanceof ErrVal) return c;
      return c ? (args[1] ?? true) : (args[2] ?? false);
    }
    case 'IFERROR': {
      const v = s(0);
      return v instanceof ErrVal ? (args[1] ?? '') : (args[0] ?? null);
    }
    case 'AND':
    case 'OR': {
      const vals = flat(args).filter((v) => v !== null);
      const bs = vals.map((v) => truthy(v, ctx));
      const err = bs.find((b) => b instanceof ErrVal);
      if (err) return err;
      return name === 'AND' ? bs.every((b) => b === true) : bs.some((b) => b === true);
    }
    case 'NOT': {
      const b = truthy(s(0), ctx);
      return b instanceof ErrVal ? b : !b;
    }
    case 'ISBLANK':
      return s(0) === null;
    case 'LEN':
      return toText(s(0)).length;
    case 'UPPER':
      return toText(s(0)).toUpperCase();
    case 'LOWER':
      return toText(s(0)).toLowerCase();
    case 'TRIM':
      return toText(s(0)).trim().replace(/\s+/g, ' ');
    case 'CONCATENATE':
    case 'CONCAT':
      return flat(args).map(toText).join('');
    case 'ABS': {
      const n = num(0);
      return n instanceof ErrVal ? n : Math.abs(n);
    }
    case 'ROUND': {
      const n = num(0);
      const d = args.length > 1 ? num(1) : 0;
      if (n instanceof ErrVal) return n;
      if (d instanceof ErrVal) return d;
      const f = 10 ** d;
      return Math.round(n * f) / f;
    }
    case 'TODAY': {
      const w = wallClock(ctx.now, ctx.timeZone);
      return new Date(zonedToInstant(ctx.timeZone, w.year, w.month, w.day));
    }
    case 'NOW':
      return new Date(ctx.now);
    case 'DATE': {
      const y = num(0);
      const m = num(1);
      const d = num(2);
      if (y instanceof ErrVal) return y;
      if (m instanceof ErrVal) return m;
      if (d instanceof ErrVal) return d;
      const utc = new Date(Date.UTC(y, m - 1, d));
      return new Date(zonedToInstant(ctx.timeZone, utc.getUTCFullYear(), utc.getUTCMonth() + 1, utc.getUTCDate()));
    }
    case 'HYPERLINK':
      return args.length > 1 ? s(1) : s(0);
    default:
      return new ErrVal('#NAME?');
  }
}

/** Computes a formula ("=…"); errors come back as ErrVal. */
export function evaluateFormula(text: string, ctx: FormulaContext): Scalar {
  const toks = tokenize(text.replace(/^=/, ''));
  if (!toks || toks.length === 0) return new ErrVal('#ERROR!');
  try {
    const p = new Parser(toks, ctx);
    const v = p.comparison();
    if (!p.done()) return new ErrVal('#ERROR!');
    const out = scalar(v);
    return out;
  } catch (e) {
    if (e instanceof ErrVal) return e;
    throw e;
  }
}
