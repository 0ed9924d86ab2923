// DocumentApp emulator: documents as node trees, elements, RE2 replace/find, the daily quota, text/HTML dumps.
import './messages';
import './text';
import './paragraph';
import './table';
import './section';
import './inline-image';
import { expose } from '../core/gas-object';
import { registerGlobals } from '../globals';
import { DocumentAppImpl } from './document-app';

registerGlobals((world, globals) => {
  globals.DocumentApp = expose(world, new DocumentAppImpl(world));
});

export { DocumentAppImpl } from './document-app';
export { DocumentImpl } from './document';
export { ParagraphHeading, HorizontalAlignment, Attribute, GlyphType, ElementType } from './enums';
export {
  documentToHtml,
  documentToText,
  sectionText,
  listDocuments,
  editDocumentAsPerson,
  type DocumentListing,
} from './dump';
export { documentsCreatedToday, setDocumentsCreatedToday, dailyDocumentLimit, findDoc } from './store';
export { compileRe2 } from './re2';
export { snapshotDocuments, restoreDocuments, type DocumentsSnapshot } from './snapshot';
