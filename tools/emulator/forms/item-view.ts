// The generic Item that getItems()/getItemById() return; as*Item() casts it to its concrete class or throws.
import { GasObject, gasClass } from '../core/gas-object';
import type { ItemImpl } from './items';
import { itemClassName, type ItemTypeName } from './item-type';

export class ItemView extends GasObject {
  readonly [gasClass] = 'Item';
  constructor(readonly item: ItemImpl) {
    super();
  }
  getId(): number {
    return this.item.getId();
  }
  getIndex(): number {
    return this.item.getIndex();
  }
  getTitle(): string {
    return this.item.getTitle();
  }
  setTitle(title: string): this {
    this.item.setTitle(title);
    return this;
  }
  getHelpText(): string {
    return this.item.getHelpText();
  }
  setHelpText(text: string): this {
    this.item.setHelpText(text);
    return this;
  }
  getType(): ItemTypeName {
    return this.item.type;
  }
  private cast(wanted: ItemTypeName): ItemImpl {
    if (this.item.type !== wanted) {
      throw this.item.form.world.error('formItemCast', { actual: this.item.type, wanted: itemClassName(wanted) });
    }
    return this.item;
  }
  asTextItem() {
    return this.cast('TEXT');
  }
  asParagraphTextItem() {
    return this.cast('PARAGRAPH_TEXT');
  }
  asMultipleChoiceItem() {
    return this.cast('MULTIPLE_CHOICE');
  }
  asCheckboxItem() {
    return this.cast('CHECKBOX');
  }
  asListItem() {
    return this.cast('LIST');
  }
  asScaleItem() {
    return this.cast('SCALE');
  }
  asDateItem() {
    return this.cast('DATE');
  }
  asSectionHeaderItem() {
    return this.cast('SECTION_HEADER');
  }
}
