// What the playground page shows, as plain JSON: workbook grid, menu, sidebar, outbox, triggers, clock, executions.

export interface CellView {
  v: string;
  bg?: string;
  bold?: boolean;
  color?: string;
  note?: string;
}

export interface SheetView {
  name: string;
  rows: number;
  cols: number;
  frozenRows: number;
  /** Display values of the used range (header row first), capped for the browser. */
  cells: CellView[][];
  truncated: boolean;
  tabColor?: string | null;
}

export interface MenuItemView {
  caption: string;
  functionName?: string;
  separator?: boolean;
  items?: MenuItemView[];
}

export interface MenuView {
  name: string;
  items: MenuItemView[];
}

export interface DialogView {
  /** Stable within a world: "alert:3", "toast:0", ... */
  id: string;
  kind: 'alert' | 'prompt' | 'toast' | 'dialog';
  title: string;
  text: string;
  at: string;
}

export interface ExecutionView {
  id: number;
  functionName: string;
  kind: string;
  authMode: string;
  at: string;
  ok: boolean;
  error?: string;
  calls: Record<string, number>;
  totalCalls: number;
  estimatedSeconds: number;
  nodeMs: number;
}

export interface MailView {
  to: string;
  /** Blind copies (teachers' shared reminders): shown so a person sees who really got the message. */
  bcc: string[];
  subject: string;
  body: string;
  at: string;
}

export interface TriggerView {
  id: string;
  handler: string;
  type: string;
  user: string;
  schedule: string;
  next?: string;
}

/** A Google Doc in the emulated Drive: what the add-on generated, opened as a page at /doc/<id>. */
export interface DocumentView {
  id: string;
  name: string;
  folder: string;
  version: number;
  modifiedTime: string;
  trashed: boolean;
}

/** The spreadsheet's active range, as the add-on last set it (Range.activate / Sheet.activate). */
export interface SelectionView {
  sheet: string;
  /** 1-based, like Apps Script. */
  row: number;
  column: number;
  a1: string;
  /** The range's last row and column: rows selected by their numbers span every column. */
  lastRow: number;
  lastColumn: number;
}

/** An emulated Google Form, opened in the playground at its local address as a teacher would. */
export interface FormView {
  title: string;
  localUrl: string;
  publishedUrl: string;
  accepting: boolean;
  responses: number;
}

export interface PlaygroundView {
  spreadsheetName: string;
  now: string;
  timeZone: string;
  sheets: SheetView[];
  selection: SelectionView | null;
  menus: MenuView[];
  /** `shown` changes with every Ui.showSidebar call: a menu item that shows the sidebar again reloads the frame. */
  sidebar: { open: boolean; title: string; shown: string };
  dialogs: DialogView[];
  outbox: MailView[];
  triggers: TriggerView[];
  forms: FormView[];
  documents: DocumentView[];
  executions: ExecutionView[];
  logs: Array<{ at: string; level: string; text: string }>;
  notes: string[];
}
