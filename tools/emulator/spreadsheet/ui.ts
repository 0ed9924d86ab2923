// Ui: add-on and custom menus (recorded as a tree), sidebars and dialogs (recorded), alerts and prompts answered from a script queue.
import { GasObject, gasClass, unwrap } from '../core/gas-object';
import type { World } from '../core/world';
import { spreadsheetState } from './model';

export const Button = { CLOSE: 'CLOSE', OK: 'OK', CANCEL: 'CANCEL', YES: 'YES', NO: 'NO' } as const;
export const ButtonSet = {
  OK: 'OK',
  OK_CANCEL: 'OK_CANCEL',
  YES_NO: 'YES_NO',
  YES_NO_CANCEL: 'YES_NO_CANCEL',
} as const;

const BUTTONS_OF: Record<string, string[]> = {
  OK: ['OK'],
  OK_CANCEL: ['OK', 'CANCEL'],
  YES_NO: ['YES', 'NO'],
  YES_NO_CANCEL: ['YES', 'NO', 'CANCEL'],
};

export type MenuEntry =
  | { type: 'item'; caption: string; functionName: string }
  | { type: 'separator' }
  | { type: 'submenu'; menu: MenuModel };

export interface MenuModel {
  caption: string;
  /** true for createAddonMenu(): shown under Extensions → <add-on name>. */
  addon: boolean;
  items: MenuEntry[];
}

export interface ShownHtml {
  kind: 'sidebar' | 'modal' | 'modeless';
  title: string;
  content: string;
  /** The HtmlOutput object as passed. */
  output: unknown;
  at: number;
  execution: number;
}

export interface AlertRecord {
  kind: 'alert' | 'prompt';
  title: string;
  prompt: string;
  buttons: string;
  answer: string;
  text?: string;
  at: number;
}

/** What the "user" clicks next; tests push, alerts and prompts shift. */
export interface ScriptedAnswer {
  button?: string;
  text?: string;
}

export interface UiState {
  menus: MenuModel[];
  /** Only one sidebar is shown at a time (§1.5). */
  sidebar: ShownHtml | null;
  dialogs: ShownHtml[];
  alerts: AlertRecord[];
  answers: ScriptedAnswer[];
}

export function uiState(world: World): UiState {
  return world.state<UiState>('spreadsheet.ui', () => ({
    menus: [],
    sidebar: null,
    dialogs: [],
    alerts: [],
    answers: [],
  }));
}

function cloneMenu(m: MenuModel): MenuModel {
  return {
    caption: m.caption,
    addon: m.addon,
    items: m.items.map((i) => (i.type === 'submenu' ? { type: 'submenu', menu: cloneMenu(i.menu) } : { ...i })),
  };
}

export class MenuImpl extends GasObject {
  readonly [gasClass] = 'Menu';
  readonly _model: MenuModel;
  constructor(
    private readonly world: World,
    caption: string,
    addon: boolean,
  ) {
    super();
    this._model = { caption, addon, items: [] };
  }
  /** functionName is the name of a top-level function (§1.5, §12). */
  addItem(caption: string, functionName: string): MenuImpl {
    this._model.items.push({ type: 'item', caption: String(caption), functionName: String(functionName) });
    return this;
  }
  addSeparator(): MenuImpl {
    this._model.items.push({ type: 'separator' });
    return this;
  }
  addSubMenu(menu: MenuImpl): MenuImpl {
    this._model.items.push({ type: 'submenu', menu: unwrap(menu)._model });
    return this;
  }
  /** Records the menu as built now; adding a menu with the same caption again replaces it. */
  addToUi(): void {
    const state = uiState(this.world);
    const snapshot = cloneMenu(this._model);
    const at = state.menus.findIndex((m) => m.caption === snapshot.caption && m.addon === snapshot.addon);
    if (at >= 0) state.menus[at] = snapshot;
    else state.menus.push(snapshot);
  }
}

export class PromptResponseImpl extends GasObject {
  readonly [gasClass] = 'PromptResponse';
  constructor(
    private readonly text: string,
    private readonly button: string,
  ) {
    super();
  }
  getResponseText(): string {
    return this.text;
  }
  getSelectedButton(): string {
    return this.button;
  }
}

function readHtml(output: unknown): { title: string; content: string } {
  const o =
    output && typeof output === 'object'
      ? (unwrap(output) as { getContent?: () => unknown; getTitle?: () => unknown })
      : null;
  return {
    content:
      o && typeof o.getContent === 'function' ? String(o.getContent()) : typeof output === 'string' ? output : '',
    title: o && typeof o.getTitle === 'function' ? String(o.getTitle() ?? '') : '',
  };
}

export class UiImpl extends GasObject {
  readonly [gasClass] = 'Ui';
  readonly Button = Button;
  readonly ButtonSet = ButtonSet;
  constructor(private readonly world: World) {
    super();
  }

  createAddonMenu(): MenuImpl {
    return new MenuImpl(this.world, spreadsheetState(this.world).addonName, true);
  }
  createMenu(caption: string): MenuImpl {
    return new MenuImpl(this.world, String(caption), false);
  }
  private show(kind: ShownHtml['kind'], output: unknown, title?: string): void {
    const html = readHtml(output);
    const shown: ShownHtml = {
      kind,
      title: title ?? html.title,
      content: html.content,
      output,
      at: this.world.clock.now(),
      execution: this.world.execution?.id ?? 0,
    };
    const state = uiState(this.world);
    if (kind === 'sidebar') state.sidebar = shown;
    else state.dialogs.push(shown);
  }
  showSidebar(userInterface: unknown): void {
    this.show('sidebar', userInterface);
  }
  showModalDialog(userInterface: unknown, title: string): void {
    this.show('modal', userInterface, String(title));
  }
  showModelessDialog(userInterface: unknown, title: string): void {
    this.show('modeless', userInterface, String(title));
  }

  private answer(kind: 'alert' | 'prompt', args: unknown[]): { button: string; text: string } {
    let title = '';
    let prompt: string;
    let buttons: string = ButtonSet.OK;
    if (args.length >= 3) [title, prompt, buttons] = [String(args[0]), String(args[1]), String(args[2])];
    else if (args.length === 2) [prompt, buttons] = [String(args[0]), String(args[1])];
    else prompt = String(args[0] ?? '');
    const allowed = BUTTONS_OF[buttons];
    if (!allowed) throw this.world.error('invalidArgument', { name: 'buttons' });
    const scripted = uiState(this.world).answers.shift() ?? {};
    const button = scripted.button ?? allowed[0]!;
    if (button !== 'CLOSE' && !allowed.includes(button))
      throw new Error(`emulator: scripted answer ${button} is not a button of ${buttons}`);
    const text = kind === 'prompt' ? (scripted.text ?? '') : '';
    uiState(this.world).alerts.push({
      kind,
      title,
      prompt,
      buttons,
      answer: button,
      ...(kind === 'prompt' ? { text } : {}),
      at: this.world.clock.now(),
    });
    return { button, text };
  }
  /** alert(prompt) | alert(prompt, buttons) | alert(title, prompt, buttons) → the Button clicked. */
  alert(...args: unknown[]): string {
    return this.answer('alert', args).button;
  }
  /** prompt(prompt) | prompt(prompt, buttons) | prompt(title, prompt, buttons) → PromptResponse. */
  prompt(...args: unknown[]): PromptResponseImpl {
    const a = this.answer('prompt', args);
    return new PromptResponseImpl(a.text, a.button);
  }
}
