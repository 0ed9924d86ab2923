// Form items: the common base and the non-choice kinds (text, paragraph, scale, date, section header).
import { GasObject, gasClass } from '../core/gas-object';
import { zonedParts } from '../services/zone';
import type { FormImpl } from './form';
import { ItemResponseImpl } from './item-response';
import type { ItemTypeName } from './item-type';
import { itemClassName } from './item-type';
import { TextValidationImpl } from './validation';

export abstract class ItemImpl extends GasObject {
  abstract readonly type: ItemTypeName;
  protected title = '';
  protected helpText = '';
  constructor(
    readonly form: FormImpl,
    readonly id: number,
  ) {
    super();
  }
  getId(): number {
    return this.id;
  }
  getIndex(): number {
    return this.form._itemIndex(this);
  }
  getTitle(): string {
    return this.title;
  }
  setTitle(title: string): this {
    this.title = String(title);
    return this;
  }
  getHelpText(): string {
    return this.helpText;
  }
  setHelpText(text: string): this {
    this.helpText = String(text);
    return this;
  }
  getType(): ItemTypeName {
    return this.type;
  }
  /** Whether an answer is required; layout items are never required. */
  _required(): boolean {
    return false;
  }
}

/** Items that take an answer and may be required. */
export abstract class QuestionItem extends ItemImpl {
  protected required = false;
  isRequired(): boolean {
    return this.required;
  }
  setRequired(enabled: boolean): this {
    this.required = Boolean(enabled);
    return this;
  }
  override _required(): boolean {
    return this.required;
  }
}

abstract class TextLikeItem extends QuestionItem {
  validation: TextValidationImpl | null = null;
  setValidation(validation: TextValidationImpl): this {
    this.validation = validation;
    return this;
  }
  clearValidation(): this {
    this.validation = null;
    return this;
  }
  createResponse(response: string): ItemResponseImpl {
    return new ItemResponseImpl(this, String(response));
  }
}

export class TextItemImpl extends TextLikeItem {
  readonly [gasClass] = 'TextItem';
  readonly type = 'TEXT' as const;
}

export class ParagraphTextItemImpl extends TextLikeItem {
  readonly [gasClass] = 'ParagraphTextItem';
  readonly type = 'PARAGRAPH_TEXT' as const;
}

export class ScaleItemImpl extends QuestionItem {
  readonly [gasClass] = 'ScaleItem';
  readonly type = 'SCALE' as const;
  private lower = 1;
  private upper = 5;
  private leftLabel = '';
  private rightLabel = '';
  /** lower ∈ {0, 1}, upper 3–10, decimals truncated, otherwise throws (§6.1). */
  setBounds(lower: number, upper: number): this {
    const lo = Math.trunc(lower);
    const hi = Math.trunc(upper);
    if ((lo !== 0 && lo !== 1) || hi < 3 || hi > 10) {
      throw this.form.world.error('invalidArgument', { name: lo !== 0 && lo !== 1 ? 'lower' : 'upper' });
    }
    this.lower = lo;
    this.upper = hi;
    return this;
  }
  getLowerBound(): number {
    return this.lower;
  }
  getUpperBound(): number {
    return this.upper;
  }
  setLabels(lower: string, upper: string): this {
    this.leftLabel = String(lower);
    this.rightLabel = String(upper);
    return this;
  }
  getLeftLabel(): string {
    return this.leftLabel;
  }
  getRightLabel(): string {
    return this.rightLabel;
  }
  /** Throws when the value is outside the bounds [G ref:forms/scale-item#createResponse]. */
  createResponse(value: number): ItemResponseImpl {
    const n = Math.trunc(Number(value));
    if (!(n >= this.lower && n <= this.upper)) {
      throw this.form.world.error('formScaleOutOfBounds', { item: this.title, value: String(value) });
    }
    return new ItemResponseImpl(this, String(n));
  }
}

export class DateItemImpl extends QuestionItem {
  readonly [gasClass] = 'DateItem';
  readonly type = 'DATE' as const;
  private withYear = true;
  setIncludesYear(enable: boolean): this {
    this.withYear = Boolean(enable);
    return this;
  }
  includesYear(): boolean {
    return this.withYear;
  }
  /** The Date's calendar day in the script's zone, answered as "YYYY-MM-DD" (§6.3). */
  createResponse(date: Date): ItemResponseImpl {
    const p = zonedParts(date.getTime(), this.form.world.scriptTimeZone);
    const pad = (n: number, w = 2) => String(n).padStart(w, '0');
    return new ItemResponseImpl(this, `${pad(p.year, 4)}-${pad(p.month)}-${pad(p.day)}`);
  }
}

export class SectionHeaderItemImpl extends ItemImpl {
  readonly [gasClass] = 'SectionHeaderItem';
  readonly type = 'SECTION_HEADER' as const;
}

/** The class a cast names ("asTextItem" → "TextItem"). */
export function classOfType(t: ItemTypeName): string {
  return itemClassName(t);
}
