// Document: the handle the add-on edits; saveAndClose closes this handle (later calls throw), getAs gives a PDF blob.
import { GasObject, gasClass } from '../core/gas-object';
import { BlobImpl } from '../services/blob';
import { driveState } from '../drive/files';
import { view, type ElementImpl } from './element';
import { newNode, paragraphNode, appendChild, nodeText } from './nodes';
import { docName, type DocHandle } from './store';

export class DocumentImpl extends GasObject {
  readonly [gasClass] = 'Document';
  constructor(private readonly h: DocHandle) {
    super();
  }

  // Id, name and URL are file metadata: still readable after saveAndClose (the common `doc.saveAndClose(); doc.getId()`).
  getId(): string {
    return this.h.rec.id;
  }
  getName(): string {
    return docName(this.h.world, this.h.rec.id);
  }
  getUrl(): string {
    return `https://docs.google.com/document/d/${this.h.rec.id}/edit`;
  }

  setName(name: string): this {
    this.h.mut();
    const f = driveState(this.h.world).files.get(this.h.rec.id);
    if (f) f.name = String(name);
    return this;
  }

  getBody(): ElementImpl {
    this.h.read();
    return view(this.h, this.h.rec.body);
  }

  getHeader(): ElementImpl | null {
    this.h.read();
    return this.h.rec.header ? view(this.h, this.h.rec.header) : null;
  }

  addHeader(): ElementImpl {
    this.h.mut();
    if (this.h.rec.header) throw this.h.world.error('docHeaderExists', { what: 'header' });
    this.h.rec.header = newNode('HEADER_SECTION');
    appendChild(this.h.rec.header, paragraphNode(''));
    return view(this.h, this.h.rec.header);
  }

  getFooter(): ElementImpl | null {
    this.h.read();
    return this.h.rec.footer ? view(this.h, this.h.rec.footer) : null;
  }

  addFooter(): ElementImpl {
    this.h.mut();
    if (this.h.rec.footer) throw this.h.world.error('docHeaderExists', { what: 'footer' });
    this.h.rec.footer = newNode('FOOTER_SECTION');
    appendChild(this.h.rec.footer, paragraphNode(''));
    return view(this.h, this.h.rec.footer);
  }

  /**
   * Flushes and closes: the handle and every element obtained from it refuse further calls with
   * "Document is closed, its contents cannot be updated." (reference/document/document#saveAndClose():
   * "A closed Document can't be edited. Use DocumentApp.openById() to reopen"). gas-fakes makes it a no-op
   * (tanaikech/gas-fakes src/services/documentapp/fakedocument.js), which is lenient; we close.
   */
  saveAndClose(): void {
    this.h.read();
    this.h.closed = true;
  }

  /** Only PDF is supported (apps-script-facts §7.1). The bytes are a minimal PDF carrying the document text. */
  getAs(contentType: string): BlobImpl {
    this.h.read();
    if (String(contentType) !== 'application/pdf')
      throw this.h.world.error('docConvert', { type: String(contentType) });
    const text = nodeText(this.h.rec.body);
    const pdf = `%PDF-1.4\n% emulated\n1 0 obj << /Title (${this.getName()}) >> endobj\nstream\n${text}\nendstream\n%%EOF\n`;
    return new BlobImpl(Buffer.from(pdf, 'utf8'), 'application/pdf', `${this.getName()}.pdf`);
  }

  getBlob(): BlobImpl {
    return this.getAs('application/pdf');
  }
}
