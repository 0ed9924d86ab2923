// Per-world Forms state: every form, the publishing default, the spreadsheet link and the trigger lookup.
import type { World } from '../core/world';
import type { FormImpl } from './form';
import type { ResponseSheetHost } from './host';
import { formSubmitTriggersFor } from '../services/triggers';
import { MemoryResponseHost } from './memory-host';

/** A spreadsheet-side form-submit trigger as the event builder needs it. */
export interface SubmitTriggerRef {
  uniqueId: string;
  handlerFunction: string;
}

export interface FormsState {
  forms: Map<string, FormImpl>;
  /** Published (short) ids → form id, for the respondent's URL. */
  published: Map<string, string>;
  /**
   * Whether FormApp.create makes a published form. Google is moving API-created forms to "unpublished"
   * (§6.5) and whether FormApp follows is [U]: default false so code must call setPublished(true).
   */
  publishedByDefault: boolean;
  /** The spreadsheet side of setDestination: the spreadsheet emulator (forms-sheets.ts) unless a test chose one. */
  host: ResponseSheetHost;
  /** True while the host is the automatic default (memoryHost() may then swap in a memory host). */
  hostIsDefault: boolean;
  /** Spreadsheet-side onFormSubmit triggers installed for a spreadsheet (ScriptApp's state). */
  triggerLookup: (world: World, spreadsheetId: string) => SubmitTriggerRef[];
  /** Whether the forms are created in a Workspace domain (setRequireLogin works only there, §6.1). */
  workspace: boolean;
}

/** Every user's spreadsheet-side onFormSubmit triggers on this spreadsheet (ScriptApp's state). */
export function spreadsheetSubmitTriggers(world: World, spreadsheetId: string): SubmitTriggerRef[] {
  return formSubmitTriggersFor(world, spreadsheetId)
    .filter((t) => t.source === 'SPREADSHEETS')
    .map((t) => ({ uniqueId: t.id, handlerFunction: t.handler }));
}

export function formsState(world: World): FormsState {
  return world.state<FormsState>('forms', () => ({
    forms: new Map(),
    published: new Map(),
    publishedByDefault: false,
    host: new MemoryResponseHost(),
    hostIsDefault: true,
    triggerLookup: spreadsheetSubmitTriggers,
    workspace: world.accountType === 'workspace',
  }));
}

/** Setup API: the publishing default, the spreadsheet host and the trigger lookup. */
export function configureForms(
  world: World,
  options: Partial<Pick<FormsState, 'publishedByDefault' | 'host' | 'triggerLookup' | 'workspace'>>,
): FormsState {
  const s = formsState(world);
  Object.assign(s, options);
  if (options.host) s.hostIsDefault = false;
  return s;
}

/** The memory host of this world: swapped in for the default spreadsheet host (throws if a test chose another). */
export function memoryHost(world: World): MemoryResponseHost {
  const s = formsState(world);
  if (s.host instanceof MemoryResponseHost) return s.host;
  if (!s.hostIsDefault) throw new Error('emulator: this world uses another response-sheet host');
  return configureForms(world, { host: new MemoryResponseHost() }).host as MemoryResponseHost;
}
