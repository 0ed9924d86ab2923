// ItemResponse: one item's answer inside a FormResponse (item.createResponse(value)).
import { GasObject, gasClass } from '../core/gas-object';
import type { ItemImpl } from './items';

/** Text, list, choice, scale, date: string; checkbox: string[] (§6.3). */
export type ResponseValue = string | string[];

export class ItemResponseImpl extends GasObject {
  readonly [gasClass] = 'ItemResponse';
  constructor(
    readonly item: ItemImpl,
    readonly value: ResponseValue,
  ) {
    super();
  }
  getItem(): ItemImpl {
    return this.item;
  }
  getResponse(): ResponseValue {
    return Array.isArray(this.value) ? [...this.value] : this.value;
  }
  getScore(): null {
    return null;
  }
  getFeedback(): null {
    return null;
  }
}
