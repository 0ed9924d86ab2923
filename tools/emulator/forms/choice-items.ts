// Choice items: multiple choice, checkbox and list, with their choices, the "other" option and answer checks.
import { GasObject, gasClass } from '../core/gas-object';
import { ItemResponseImpl } from './item-response';
import { QuestionItem } from './items';
import { CheckboxValidationImpl } from './validation';

export class ChoiceImpl extends GasObject {
  readonly [gasClass] = 'Choice';
  constructor(readonly value: string) {
    super();
  }
  getValue(): string {
    return this.value;
  }
  isCorrectAnswer(): boolean {
    return false;
  }
}

abstract class ChoiceItem extends QuestionItem {
  protected choices: ChoiceImpl[] = [];
  protected other = false;
  createChoice(value: string): ChoiceImpl {
    return new ChoiceImpl(String(value));
  }
  getChoices(): ChoiceImpl[] {
    return [...this.choices];
  }
  /** Throws on an empty array (§6.1). */
  setChoiceValues(values: string[]): this {
    if (!Array.isArray(values) || values.length === 0)
      throw this.form.world.error('invalidArgument', { name: 'values' });
    this.choices = values.map((v) => new ChoiceImpl(String(v)));
    return this;
  }
  /** Throws on an empty array or a null element (§6.1). */
  setChoices(choices: ChoiceImpl[]): this {
    if (!Array.isArray(choices) || choices.length === 0 || choices.some((c) => c == null)) {
      throw this.form.world.error('invalidArgument', { name: 'choices' });
    }
    this.choices = [...choices];
    return this;
  }
  /** Whether a value is one of the choices, or allowed as "other". */
  _accepts(value: string): boolean {
    return this.choices.some((c) => c.value === value) || (this.other && value.trim() !== '');
  }
  protected check(value: string): void {
    if (!this._accepts(value)) throw this.form.world.error('formChoiceInvalid', { item: this.title, value });
  }
}

abstract class ChoiceItemWithOther extends ChoiceItem {
  hasOtherOption(): boolean {
    return this.other;
  }
  /** Default false (§6.1). */
  showOtherOption(enabled: boolean): this {
    this.other = Boolean(enabled);
    return this;
  }
}

export class MultipleChoiceItemImpl extends ChoiceItemWithOther {
  readonly [gasClass] = 'MultipleChoiceItem';
  readonly type = 'MULTIPLE_CHOICE' as const;
  /** Throws unless the value is a choice or "other" is on [G ref:forms/multiple-choice-item#createResponse]. */
  createResponse(value: string): ItemResponseImpl {
    this.check(String(value));
    return new ItemResponseImpl(this, String(value));
  }
}

export class CheckboxItemImpl extends ChoiceItemWithOther {
  readonly [gasClass] = 'CheckboxItem';
  readonly type = 'CHECKBOX' as const;
  validation: CheckboxValidationImpl | null = null;
  setValidation(validation: CheckboxValidationImpl): this {
    this.validation = validation;
    return this;
  }
  clearValidation(): this {
    this.validation = null;
    return this;
  }
  /** Every value must be a choice, at most one may be "other" [G ref:forms/checkbox-item#createResponse]. */
  createResponse(values: string[]): ItemResponseImpl {
    const list = (Array.isArray(values) ? values : [values]).map(String);
    for (const v of list) this.check(v);
    const others = list.filter((v) => !this.choices.some((c) => c.value === v));
    if (others.length > 1) throw this.form.world.error('formChoiceInvalid', { item: this.title, value: others[1]! });
    return new ItemResponseImpl(this, list);
  }
}

export class ListItemImpl extends ChoiceItem {
  readonly [gasClass] = 'ListItem';
  readonly type = 'LIST' as const;
  createResponse(value: string): ItemResponseImpl {
    this.check(String(value));
    return new ItemResponseImpl(this, String(value));
  }
}
