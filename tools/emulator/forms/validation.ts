// Text and checkbox validation builders (FormApp.createTextValidation / createCheckboxValidation) and their checks.
import { GasObject, gasClass } from '../core/gas-object';

export type TextRule =
  | { kind: 'email' }
  | { kind: 'url' }
  | { kind: 'number' }
  | { kind: 'wholeNumber' }
  | { kind: 'numberBetween'; min: number; max: number; not: boolean }
  | { kind: 'numberCompare'; op: '>' | '>=' | '<' | '<=' | '==' | '!='; value: number }
  | { kind: 'lengthAtLeast'; n: number }
  | { kind: 'lengthAtMost'; n: number }
  | { kind: 'pattern'; re: string; mode: 'contains' | 'notContains' | 'matches' | 'notMatches' };

// Forms' own email check is looser than RFC; this is a practical approximation [U].
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const URL_RE = /^(https?:\/\/)?[^\s/.]+\.[^\s]+$/i;
const NUMBER = /^[+-]?(\d+([.,]\d*)?|[.,]\d+)([eE][+-]?\d+)?$/;

function toNumber(text: string): number | null {
  const t = text.trim();
  return NUMBER.test(t) ? Number(t.replace(',', '.')) : null;
}

/** Whether a text answer passes the rule (what the browser form enforces before sending). */
export function textPasses(rule: TextRule, text: string): boolean {
  const n = toNumber(text);
  switch (rule.kind) {
    case 'email':
      return EMAIL.test(text.trim());
    case 'url':
      return URL_RE.test(text.trim());
    case 'number':
      return n !== null;
    case 'wholeNumber':
      return n !== null && Number.isInteger(n);
    case 'numberBetween': {
      const inside = n !== null && n >= rule.min && n <= rule.max;
      return n !== null && (rule.not ? !inside : inside);
    }
    case 'numberCompare': {
      if (n === null) return false;
      const v = rule.value;
      return { '>': n > v, '>=': n >= v, '<': n < v, '<=': n <= v, '==': n === v, '!=': n !== v }[rule.op];
    }
    case 'lengthAtLeast':
      return text.length >= rule.n;
    case 'lengthAtMost':
      return text.length <= rule.n;
    case 'pattern': {
      const re = new RegExp(rule.re);
      if (rule.mode === 'contains') return re.test(text);
      if (rule.mode === 'notContains') return !re.test(text);
      const full = new RegExp(`^(?:${rule.re})$`);
      return rule.mode === 'matches' ? full.test(text) : !full.test(text);
    }
  }
}

export class TextValidationImpl extends GasObject {
  readonly [gasClass] = 'TextValidation';
  constructor(
    readonly rule: TextRule | null,
    readonly helpText: string,
  ) {
    super();
  }
}

export class TextValidationBuilderImpl extends GasObject {
  readonly [gasClass] = 'TextValidationBuilder';
  private rule: TextRule | null = null;
  private help = '';

  private set(rule: TextRule): this {
    this.rule = rule; // the last require* call wins, as in the UI where a question has one rule
    return this;
  }
  requireTextIsEmail() {
    return this.set({ kind: 'email' });
  }
  requireTextIsUrl() {
    return this.set({ kind: 'url' });
  }
  requireNumber() {
    return this.set({ kind: 'number' });
  }
  requireWholeNumber() {
    return this.set({ kind: 'wholeNumber' });
  }
  requireNumberBetween(min: number, max: number) {
    return this.set({ kind: 'numberBetween', min, max, not: false });
  }
  requireNumberNotBetween(min: number, max: number) {
    return this.set({ kind: 'numberBetween', min, max, not: true });
  }
  requireNumberGreaterThan(v: number) {
    return this.set({ kind: 'numberCompare', op: '>', value: v });
  }
  requireNumberGreaterThanOrEqualTo(v: number) {
    return this.set({ kind: 'numberCompare', op: '>=', value: v });
  }
  requireNumberLessThan(v: number) {
    return this.set({ kind: 'numberCompare', op: '<', value: v });
  }
  requireNumberLessThanOrEqualTo(v: number) {
    return this.set({ kind: 'numberCompare', op: '<=', value: v });
  }
  requireNumberEqualTo(v: number) {
    return this.set({ kind: 'numberCompare', op: '==', value: v });
  }
  requireNumberNotEqualTo(v: number) {
    return this.set({ kind: 'numberCompare', op: '!=', value: v });
  }
  requireTextLengthGreaterThanOrEqualTo(n: number) {
    return this.set({ kind: 'lengthAtLeast', n });
  }
  requireTextLengthLessThanOrEqualTo(n: number) {
    return this.set({ kind: 'lengthAtMost', n });
  }
  requireTextContainsPattern(re: string) {
    return this.set({ kind: 'pattern', re, mode: 'contains' });
  }
  requireTextDoesNotContainPattern(re: string) {
    return this.set({ kind: 'pattern', re, mode: 'notContains' });
  }
  requireTextMatchesPattern(re: string) {
    return this.set({ kind: 'pattern', re, mode: 'matches' });
  }
  requireTextDoesNotMatchPattern(re: string) {
    return this.set({ kind: 'pattern', re, mode: 'notMatches' });
  }
  setHelpText(text: string): this {
    this.help = String(text);
    return this;
  }
  build(): TextValidationImpl {
    return new TextValidationImpl(this.rule, this.help);
  }
}

export type CheckboxRule = { op: 'atLeast' | 'atMost' | 'exactly'; n: number };

export function checkboxPasses(rule: CheckboxRule, count: number): boolean {
  return rule.op === 'atLeast' ? count >= rule.n : rule.op === 'atMost' ? count <= rule.n : count === rule.n;
}

export class CheckboxValidationImpl extends GasObject {
  readonly [gasClass] = 'CheckboxValidation';
  constructor(
    readonly rule: CheckboxRule | null,
    readonly helpText: string,
  ) {
    super();
  }
}

export class CheckboxValidationBuilderImpl extends GasObject {
  readonly [gasClass] = 'CheckboxValidationBuilder';
  private rule: CheckboxRule | null = null;
  private help = '';
  requireSelectAtLeast(n: number): this {
    this.rule = { op: 'atLeast', n: Math.trunc(n) };
    return this;
  }
  requireSelectAtMost(n: number): this {
    this.rule = { op: 'atMost', n: Math.trunc(n) };
    return this;
  }
  requireSelectExactly(n: number): this {
    this.rule = { op: 'exactly', n: Math.trunc(n) };
    return this;
  }
  setHelpText(text: string): this {
    this.help = String(text);
    return this;
  }
  build(): CheckboxValidationImpl {
    return new CheckboxValidationImpl(this.rule, this.help);
  }
}
