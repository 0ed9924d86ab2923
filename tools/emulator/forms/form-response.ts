// FormResponse: built with createResponse().withItemResponse(...); submit() records it but fires no trigger (§4.2).
import { GasObject, gasClass } from '../core/gas-object';
import type { FormImpl } from './form';
import type { ItemImpl } from './items';
import type { ItemResponseImpl } from './item-response';

export class FormResponseImpl extends GasObject {
  readonly [gasClass] = 'FormResponse';
  private readonly answers = new Map<number, ItemResponseImpl>();
  id: string | null = null;
  timestamp: Date | null = null;
  respondentEmail = '';

  constructor(readonly form: FormImpl) {
    super();
  }

  /** Replaces any earlier answer to the same item. */
  withItemResponse(response: ItemResponseImpl): this {
    this.answers.set(response.item.id, response);
    return this;
  }
  /**
   * Unanswered text, paragraph and date items give '' ; unanswered items of other types are omitted (§6.3).
   * Items in form order.
   */
  getItemResponses(): ItemResponseImpl[] {
    const out: ItemResponseImpl[] = [];
    for (const item of this.form._items()) {
      const a = this.answers.get(item.id);
      if (a) out.push(a);
    }
    return out;
  }
  getResponseForItem(item: ItemImpl): ItemResponseImpl | null {
    return this.answers.get(item.id) ?? null;
  }
  _answer(itemId: number): ItemResponseImpl | undefined {
    return this.answers.get(itemId);
  }
  getId(): string | null {
    return this.id;
  }
  getTimestamp(): Date | null {
    return this.timestamp ? new Date(this.timestamp) : null;
  }
  getRespondentEmail(): string {
    return this.respondentEmail;
  }
  getEditResponseUrl(): string {
    return `${this.form.getPublishedUrl()}?edit2=${this.id ?? ''}`;
  }
  toPrefilledUrl(): string {
    const params = this.getItemResponses().flatMap((r) => {
      const values = Array.isArray(r.value) ? r.value : [r.value];
      return values.map((v) => `entry.${r.item.id}=${encodeURIComponent(v)}`);
    });
    return `${this.form.getPublishedUrl()}?usp=pp_url${params.length ? '&' + params.join('&') : ''}`;
  }
  /**
   * Records the response (and its row in the destination). A script submission never fires the form's or
   * the spreadsheet's submit triggers (§4.2); browser submissions go through submitForm().
   */
  submit(): this {
    const world = this.form.world;
    if (this.form.hasLimitOneResponsePerUser()) throw world.error('formLimitOneResponse');
    if (!this.form.isAcceptingResponses()) throw world.error('formNotAccepting');
    this.form._record(this);
    return this;
  }
}
