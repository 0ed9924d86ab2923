// The DocumentApp global: create (counted against the daily quota), open by id/URL, enums; no active document in Sheets.
import { GasObject, gasClass } from '../core/gas-object';
import type { World } from '../core/world';
import { DocumentImpl } from './document';
import { Attribute, ElementType, GlyphType, HorizontalAlignment, ParagraphHeading, VerticalAlignment } from './enums';
import { chargeDocumentQuota, createDocRecord, DocHandle, findDoc } from './store';

export class DocumentAppImpl extends GasObject {
  readonly [gasClass] = 'DocumentApp';
  readonly ParagraphHeading = ParagraphHeading;
  readonly HorizontalAlignment = HorizontalAlignment;
  readonly VerticalAlignment = VerticalAlignment;
  readonly Attribute = Attribute;
  readonly GlyphType = GlyphType;
  readonly ElementType = ElementType;

  constructor(private readonly world: World) {
    super();
  }

  /** Counts against "Documents created" (250 consumer / 1,500 Workspace per day, apps-script-facts §3.1). */
  create(name: string): DocumentImpl {
    if (name === undefined || name === null) throw this.world.error('invalidArgument', { name: 'name' });
    chargeDocumentQuota(this.world);
    const rec = createDocRecord(this.world, String(name), { createdByApp: true });
    return new DocumentImpl(new DocHandle(this.world, rec));
  }

  /** A missing or permanently deleted document throws "Document <id> is missing …" (apps-script-facts §3.4, §13). */
  openById(id: string): DocumentImpl {
    const rec = findDoc(this.world, String(id));
    if (!rec) throw this.world.error('documentMissing', { id: String(id) });
    return new DocumentImpl(new DocHandle(this.world, rec));
  }

  openByUrl(url: string): DocumentImpl {
    const m = /\/document\/d\/([^/?#]+)/.exec(String(url));
    if (!m) throw this.world.error('invalidArgument', { name: 'url' });
    return this.openById(m[1]!);
  }

  /** A Sheets add-on has no active document (only scripts bound to a Doc do). */
  getActiveDocument(): null {
    return null;
  }
}
