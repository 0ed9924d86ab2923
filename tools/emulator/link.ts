// Ties the services to the spreadsheet emulator: the bound document of Properties, Lock and triggers is the bound spreadsheet.
import { registerGlobals } from './globals';
import { servicesContext, setBoundDocument } from './services/context';
import { spreadsheetState } from './spreadsheet/model';

const DEFAULT_DOCUMENT = 'bound-spreadsheet';

registerGlobals((world) => {
  // Only replace the services' placeholder; a test that chose its own document keeps it.
  if (servicesContext(world).document !== DEFAULT_DOCUMENT) return;
  setBoundDocument(world, () => spreadsheetState(world).activeId ?? DEFAULT_DOCUMENT);
});
