// Form: settings, items, publishing, the response destination and the form's own response store.
import { GasObject, gasClass } from '../core/gas-object';
import type { World } from '../core/world';
import { driveState } from '../drive/files';
import { CheckboxItemImpl, ListItemImpl, MultipleChoiceItemImpl } from './choice-items';
import { displayValue, linkDestination, storedValue, syncColumns, type Destination } from './destination';
import { FormResponseImpl } from './form-response';
import {
  DateItemImpl,
  ItemImpl,
  ParagraphTextItemImpl,
  ScaleItemImpl,
  SectionHeaderItemImpl,
  TextItemImpl,
} from './items';
import type { ItemTypeName } from './item-type';
import { ItemView } from './item-view';
import { formsState } from './state';

/** Where one recorded response landed in the spreadsheet. */
export interface RecordedRow {
  spreadsheetId: string;
  sheetName: string;
  row: number;
  headers: string[];
  /** Raw values as stored in the sheet (Timestamp a Date). */
  stored: unknown[];
  /** The same values as display strings in the spreadsheet's locale and zone. */
  display: string[];
}

export class FormImpl extends GasObject {
  readonly [gasClass] = 'Form';
  private title: string;
  private description = '';
  private collectEmail = false;
  private requireLogin = false;
  private accepting = true;
  private published: boolean;
  private confirmation = '';
  private allowEdits = false;
  private limitOne = false;
  private readonly items: ItemImpl[] = [];
  private itemSeq = 0;
  private destination: Destination | null = null;
  readonly responses: FormResponseImpl[] = [];
  /** Set when the form is deleted for good (test setup): openById then fails. See also the Drive file (trash). */
  deleted = false;

  constructor(
    readonly world: World,
    readonly id: string,
    title: string,
    readonly publishedId: string,
  ) {
    super();
    this.title = title;
    this.published = formsState(world).publishedByDefault;
  }

  getId(): string {
    return this.id;
  }
  /** Deleted for good (emptied from the Drive trash): gone for every service. */
  _gone(): boolean {
    return this.deleted || driveState(this.world).files.get(this.id)?.deleted === true;
  }
  /** In the Drive trash: still opens by id, but respondents can no longer answer [U]. */
  _trashed(): boolean {
    return driveState(this.world).files.get(this.id)?.trashed === true;
  }
  getTitle(): string {
    return this.title;
  }
  setTitle(title: string): this {
    this.title = String(title);
    return this;
  }
  getDescription(): string {
    return this.description;
  }
  setDescription(text: string): this {
    this.description = String(text);
    return this;
  }
  getEditUrl(): string {
    return `https://docs.google.com/forms/d/${this.id}/edit`;
  }
  /** The respondent's link: a separate published id under /forms/d/e/ (§6.1). */
  getPublishedUrl(): string {
    return `https://docs.google.com/forms/d/e/${this.publishedId}/viewform`;
  }
  getSummaryUrl(): string {
    return `https://docs.google.com/forms/d/${this.id}/viewanalytics`;
  }
  shortenFormUrl(url: string): string {
    let h = 0;
    for (const ch of String(url)) h = (h * 31 + ch.charCodeAt(0)) >>> 0;
    return `https://forms.gle/${h.toString(36).padStart(7, '0')}`;
  }

  /** Default false (§6.1). */
  collectsEmail(): boolean {
    return this.collectEmail;
  }
  setCollectEmail(collect: boolean): this {
    this.collectEmail = Boolean(collect);
    return this;
  }
  requiresLogin(): boolean {
    return this.requireLogin;
  }
  /** Only forms created in a Workspace domain (§6.1). */
  setRequireLogin(require: boolean): this {
    if (!formsState(this.world).workspace) throw this.world.error('invalidArgument', { name: 'requireLogin' });
    this.requireLogin = Boolean(require);
    return this;
  }
  /** An unpublished form never accepts responses (§6.5). */
  isAcceptingResponses(): boolean {
    return this.published && this.accepting;
  }
  setAcceptingResponses(enabled: boolean): this {
    this.accepting = Boolean(enabled);
    return this;
  }
  isPublished(): boolean {
    return this.published;
  }
  /** Changing the publish state overwrites accepting-responses (§6.1, §6.5). */
  setPublished(enabled: boolean): this {
    this.published = Boolean(enabled);
    this.accepting = this.published;
    return this;
  }
  getConfirmationMessage(): string {
    return this.confirmation;
  }
  setConfirmationMessage(message: string): this {
    this.confirmation = String(message);
    return this;
  }
  canEditResponse(): boolean {
    return this.allowEdits;
  }
  setAllowResponseEdits(enabled: boolean): this {
    this.allowEdits = Boolean(enabled);
    return this;
  }
  hasLimitOneResponsePerUser(): boolean {
    return this.limitOne;
  }
  setLimitOneResponsePerUser(enabled: boolean): this {
    this.limitOne = Boolean(enabled);
    return this;
  }

  // --- items ---
  private add<T extends ItemImpl>(make: (id: number) => T): T {
    const item = make(++this.itemSeq * 1000 + 7); // Forms item ids are opaque integers
    this.items.push(item);
    return item;
  }
  addTextItem() {
    return this.add((id) => new TextItemImpl(this, id));
  }
  addParagraphTextItem() {
    return this.add((id) => new ParagraphTextItemImpl(this, id));
  }
  addMultipleChoiceItem() {
    return this.add((id) => new MultipleChoiceItemImpl(this, id));
  }
  addCheckboxItem() {
    return this.add((id) => new CheckboxItemImpl(this, id));
  }
  addListItem() {
    return this.add((id) => new ListItemImpl(this, id));
  }
  addScaleItem() {
    return this.add((id) => new ScaleItemImpl(this, id));
  }
  addDateItem() {
    return this.add((id) => new DateItemImpl(this, id));
  }
  addSectionHeaderItem() {
    return this.add((id) => new SectionHeaderItemImpl(this, id));
  }

  /** All items, or those of one type, as generic Items (cast with as*Item()). */
  getItems(type?: ItemTypeName): ItemView[] {
    return this.items.filter((i) => type === undefined || i.type === type).map((i) => new ItemView(i));
  }
  getItemById(id: number): ItemView | null {
    const item = this.items.find((i) => i.id === Number(id));
    return item ? new ItemView(item) : null;
  }
  private resolve(ref: number | ItemImpl | ItemView): number {
    if (typeof ref === 'number') {
      if (!Number.isInteger(ref) || ref < 0 || ref >= this.items.length)
        throw this.world.error('formItemNotFound', { id: ref });
      return ref;
    }
    const item = ref instanceof ItemView ? ref.item : ref;
    const index = this.items.indexOf(item);
    if (index < 0) throw this.world.error('formItemNotFound', { id: item.id });
    return index;
  }
  deleteItem(ref: number | ItemImpl | ItemView): void {
    this.items.splice(this.resolve(ref), 1);
  }
  moveItem(ref: number | ItemImpl | ItemView, toIndex: number): ItemView {
    const from = this.resolve(ref);
    if (!Number.isInteger(toIndex) || toIndex < 0 || toIndex >= this.items.length) {
      throw this.world.error('invalidArgument', { name: 'toIndex' });
    }
    const [item] = this.items.splice(from, 1) as [ItemImpl];
    this.items.splice(toIndex, 0, item);
    return new ItemView(item);
  }
  _items(): readonly ItemImpl[] {
    return this.items;
  }
  _itemIndex(item: ItemImpl): number {
    return this.items.indexOf(item);
  }

  // --- destination ---
  /** Links the form to a spreadsheet: a new response sheet there (§6.2). Type is FormApp.DestinationType.SPREADSHEET. */
  setDestination(type: string, id: string): this {
    if (String(type) !== 'SPREADSHEET') throw this.world.error('invalidArgument', { name: 'type' });
    this.destination = linkDestination(this.world, this, String(id));
    // The new response sheet receives the answers the form already holds, oldest first, as the Forms product does
    // when a destination is chosen [R*] (no trigger fires for them here; see §6.2 on re-fired scripts).
    for (const r of this.responses) this._writeRow(r);
    return this;
  }
  getDestinationId(): string | null {
    return this.destination?.spreadsheetId ?? null;
  }
  getDestinationType(): string | null {
    return this.destination ? 'SPREADSHEET' : null;
  }
  /** The old sheet keeps past responses; no-op without a destination (§6.2). */
  removeDestination(): this {
    this.destination = null;
    return this;
  }
  _destination(): Destination | null {
    return this.destination;
  }

  // --- responses ---
  createResponse(): FormResponseImpl {
    return new FormResponseImpl(this);
  }
  getResponses(timestamp?: Date): FormResponseImpl[] {
    const after = timestamp ? timestamp.getTime() : -Infinity;
    return this.responses.filter((r) => (r.timestamp?.getTime() ?? 0) >= after);
  }
  getResponse(id: string): FormResponseImpl | null {
    return this.responses.find((r) => r.id === id) ?? null;
  }
  deleteAllResponses(): this {
    this.responses.length = 0; // the destination sheet keeps its rows
    return this;
  }

  /** Stores a response in the form and appends its row to the destination; no trigger fires here. */
  _record(response: FormResponseImpl, at?: Date): RecordedRow | null {
    response.timestamp = at ?? new Date(this.world.clock.now());
    response.id = this.world.newId('2_ABaOnu');
    this.responses.push(response);
    return this._writeRow(response);
  }

  /** Appends a stored response's row to the destination (null when there is none, or it was deleted). */
  _writeRow(response: FormResponseImpl): RecordedRow | null {
    const dest = this.destination;
    if (!dest) return null;
    const host = formsState(this.world).host;
    // A deleted destination (spreadsheet or its response sheet): the form still keeps the response [U].
    if (!host.exists(dest.spreadsheetId) || !host.sheetNames(dest.spreadsheetId).includes(dest.sheetName)) return null;
    const locale = host.locale(dest.spreadsheetId);
    const zone = host.timeZone(dest.spreadsheetId);
    const headers = syncColumns(this.world, this, dest);
    const byId = new Map(this.items.map((i) => [i.id, i]));
    const stored = dest.columns.map((c) => {
      if (c.kind === 'timestamp') return response.timestamp;
      if (c.kind === 'email') return response.respondentEmail;
      return storedValue(byId.get(c.itemId), response._answer(c.itemId)?.value, locale, zone);
    });
    const row = host.appendRow(dest.spreadsheetId, dest.sheetName, stored);
    const display = stored.map((v, i) => displayValue(v, locale, zone, dest.columns[i]?.kind === 'timestamp'));
    return { spreadsheetId: dest.spreadsheetId, sheetName: dest.sheetName, row, headers, stored, display };
  }
}
