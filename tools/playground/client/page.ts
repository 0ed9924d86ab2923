// The playground page: renders /api/state (workbook, menu, outbox, triggers, executions) and drives the emulator.
import type { CellView, DialogView, MenuItemView, PlaygroundView, SelectionView, SheetView } from '../view-model';

type Attrs = Record<string, string | boolean | ((e: Event) => void)>;

/** Builds an element; text is always set as text, never parsed as HTML. */
function h(tag: string, attrs: Attrs = {}, children: Array<Node | string | null> | string = []): HTMLElement {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (typeof v === 'function') el.addEventListener(k.replace(/^on/, ''), v);
    else if (v === true) el.setAttribute(k, '');
    else if (v !== false) el.setAttribute(k, v);
  }
  for (const c of typeof children === 'string' ? [children] : children) if (c !== null) el.append(c);
  return el;
}

const $ = (id: string) => document.getElementById(id)!;

let view: PlaygroundView | null = null;
let activeSheet = '';
/** The last selection the add-on made; a new one switches to its sheet, as Sheets does. */
let lastSelection = '';
let seenDialogs: Set<string> | null = null;
const modalQueue: DialogView[] = [];

async function api(path: string, body?: unknown): Promise<Record<string, unknown>> {
  const res = await fetch(
    path,
    body === undefined
      ? {}
      : { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) },
  );
  return (await res.json()) as Record<string, unknown>;
}

async function busy<T>(button: HTMLElement | null, work: () => Promise<T>): Promise<T> {
  if (button) button.setAttribute('disabled', '');
  document.body.setAttribute('aria-busy', 'true');
  try {
    return await work();
  } finally {
    if (button) button.removeAttribute('disabled');
    document.body.removeAttribute('aria-busy');
  }
}

function formatWhen(iso: string, withSeconds = false): string {
  const d = new Date(iso);
  return d.toLocaleString('ru-RU', {
    timeZone: view?.timeZone ?? 'Europe/Moscow',
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    second: withSeconds ? '2-digit' : undefined,
  });
}

/** "2026-09-07T09:00" in the script's time zone, for the datetime-local input. */
function toLocalInput(iso: string): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: view?.timeZone ?? 'Europe/Moscow',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(new Date(iso));
  const get = (t: string) => parts.find((p) => p.type === t)?.value ?? '00';
  return `${get('year')}-${get('month')}-${get('day')}T${get('hour')}:${get('minute')}`;
}

/** Reads the datetime-local value as wall time in the script's time zone. */
function fromLocalInput(value: string): string {
  const guess = new Date(`${value}:00Z`).getTime();
  const offsetOf = (ms: number) => new Date(toLocalInput(new Date(ms).toISOString()) + ':00Z').getTime() - ms;
  return new Date(guess - offsetOf(guess - offsetOf(guess))).toISOString();
}

function render(next: PlaygroundView): void {
  const wasOpen = view?.sidebar.open ?? false;
  view = next;
  document.title = `${next.spreadsheetName} — песочница`;
  $('doc-title').textContent = next.spreadsheetName;
  $('clock-now').textContent = formatWhen(next.now);
  const input = $('clock-input') as HTMLInputElement;
  if (document.activeElement !== input) input.value = toLocalInput(next.now);
  const notes = $('notes');
  notes.hidden = next.notes.length === 0;
  notes.textContent = next.notes.join(' ');
  renderMenu(next);
  const sel = next.selection;
  const selKey = sel ? `${sel.sheet}!${sel.a1}` : '';
  if (selKey !== lastSelection) {
    // Like Sheets: the page opens on the active sheet, and a new selection made by the add-on switches to its sheet.
    if (sel) activeSheet = sel.sheet;
    lastSelection = selKey;
  }
  renderTabs(next.sheets);
  renderGrid(
    next.sheets.find((s) => s.name === activeSheet),
    sel && sel.sheet === activeSheet ? sel : null,
  );
  renderSidebar(next, wasOpen);
  renderExecutions(next);
  renderOutbox(next);
  renderTriggers(next);
  renderForms(next);
  renderDocuments(next);
  renderLogs(next);
  showDialogs(next.dialogs);
}

function renderMenu(v: PlaygroundView): void {
  const dropdown = $('ext-dropdown');
  dropdown.replaceChildren();
  if (v.menus.length === 0)
    dropdown.append(h('div', { class: 'menu-caption' }, 'Меню дополнения ещё не создано (onOpen не выполнялся)'));
  for (const menu of v.menus) {
    dropdown.append(h('div', { class: 'menu-caption' }, menu.name));
    dropdown.append(menuItems(menu.items));
  }
}

function menuItems(items: MenuItemView[]): DocumentFragment {
  const frag = document.createDocumentFragment();
  for (const item of items) {
    if (item.separator) frag.append(h('hr'));
    else if (item.items) {
      const sub = h('div', { class: 'submenu' }, [h('div', { class: 'menu-caption' }, `${item.caption} ▸`)]);
      sub.append(menuItems(item.items));
      frag.append(sub);
    } else if (item.functionName) {
      const fn = item.functionName;
      frag.append(
        h(
          'button',
          {
            type: 'button',
            class: 'menu-item',
            role: 'menuitem',
            'data-function': fn,
            onclick: () => void runMenu(fn),
          },
          item.caption,
        ),
      );
    }
  }
  return frag;
}

function toggleMenu(open?: boolean): void {
  const root = $('ext-menu');
  const show = open ?? !root.classList.contains('open');
  root.classList.toggle('open', show);
  $('ext-dropdown').hidden = !show;
  $('ext-menu-button').setAttribute('aria-expanded', String(show));
}

async function runMenu(functionName: string): Promise<void> {
  toggleMenu(false);
  const result = await busy(null, () => api('/api/menu', { functionName }));
  const state = result.state as PlaygroundView;
  // Any execution that showed a sidebar replaced its content (a «Документы» item opens it at its section).
  if (state.sidebar.open && (functionName === 'showSidebar' || state.executions[0]?.calls['Ui.showSidebar']))
    reloadSidebar();
  render(state);
  if (result.ok === false) toast('Ошибка выполнения', String(result.error));
}

function renderTabs(sheets: SheetView[]): void {
  if (!sheets.some((s) => s.name === activeSheet))
    activeSheet = (sheets.find((s) => s.rows > 0) ?? sheets[0])?.name ?? '';
  const tabs = $('tabs');
  tabs.replaceChildren(
    ...sheets.map((s) =>
      h(
        'button',
        {
          type: 'button',
          class: 'sheet-tab',
          role: 'tab',
          'data-sheet': s.name,
          'aria-selected': String(s.name === activeSheet),
          style: s.tabColor ? `box-shadow: inset 0 -3px 0 ${s.tabColor}` : '',
          onclick: () => {
            activeSheet = s.name;
            if (view) render(view);
          },
        },
        s.name,
      ),
    ),
  );
  if (sheets.length === 0) tabs.append(h('span', { class: 'muted', style: 'padding: 9px 8px' }, 'Листов нет'));
}

function columnName(i: number): string {
  let s = '';
  for (let n = i + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

function renderGrid(sheet: SheetView | undefined, selection: SelectionView | null): void {
  const wrap = $('grid');
  if (!sheet) {
    wrap.replaceChildren(h('div', { class: 'empty-sheet' }, 'В таблице нет листов.'));
    return;
  }
  if (sheet.cells.length === 0) {
    wrap.replaceChildren(h('div', { class: 'empty-sheet' }, `Лист «${sheet.name}» пуст.`));
    return;
  }
  const cols = Math.max(...sheet.cells.map((r) => r.length));
  const head = h('tr', {}, [
    h('th', { class: 'rownum' }, ''),
    ...Array.from({ length: cols }, (_, i) => h('th', {}, columnName(i))),
  ]);
  const body = sheet.cells.map((row, r) =>
    h(
      'tr',
      {
        class: [
          r < sheet.frozenRows && r === sheet.frozenRows - 1 ? 'frozen' : '',
          selection && selection.lastColumn > selection.column && r + 1 >= selection.row && r + 1 <= selection.lastRow
            ? 'selected'
            : '',
        ]
          .join(' ')
          .trim(),
      },
      [
        h(
          'th',
          {
            class: 'rownum',
            title: 'Выделить строку (Shift — до этой строки)',
            onclick: (e: Event) => void selectRow(sheet.name, r + 1, (e as MouseEvent).shiftKey),
          },
          String(r + 1),
        ),
        ...row.map((cell, c) => {
          const td = cellElement(cell);
          if (selection && selection.row === r + 1 && selection.column === c + 1) {
            td.classList.add('selected');
            td.setAttribute('data-selected', selection.a1);
          }
          return td;
        }),
      ],
    ),
  );
  const table = h('table', { class: 'grid', 'data-sheet': sheet.name }, [h('thead', {}, [head]), h('tbody', {}, body)]);
  wrap.replaceChildren(table);
  if (sheet.truncated)
    wrap.append(
      h('div', { class: 'truncated' }, `Показана часть листа: ${sheet.cells.length} из ${sheet.rows} строк.`),
    );
  wrap.querySelector('td.selected')?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
}

/** Row numbers select rows as in Sheets; the add-on reads the selection through getActiveRange. */
async function selectRow(sheet: string, row: number, extend: boolean): Promise<void> {
  const sel = view?.selection;
  const first = extend && sel && sel.sheet === sheet && sel.row > 0 ? sel.row : row;
  const result = await api('/api/select', { sheet, first, last: row });
  render(result.state as PlaygroundView);
}

function cellElement(cell: CellView): HTMLElement {
  const styles: string[] = [];
  if (cell.bg) styles.push(`background:${cell.bg}`);
  if (cell.color) styles.push(`color:${cell.color}`);
  if (cell.bold) styles.push('font-weight:600');
  const numeric = /^-?[\d\s]+([.,]\d+)?%?$/.test(cell.v);
  const td = h(
    'td',
    { class: [numeric ? 'num' : '', cell.note ? 'has-note' : ''].join(' ').trim(), style: styles.join(';') },
    cell.v,
  );
  if (cell.note) td.title = cell.note;
  else if (cell.v.length > 30) td.title = cell.v;
  return td;
}

function reloadSidebar(): void {
  ($('sidebar-frame') as HTMLIFrameElement).src = `/sidebar?t=${Date.now()}`;
}

/** Which Ui.showSidebar call the frame shows: a menu item that shows the sidebar again must reload it. */
let shownSidebar = '';

function renderSidebar(v: PlaygroundView, wasOpen: boolean): void {
  $('sidebar').hidden = !v.sidebar.open;
  $('sidebar-closed').hidden = v.sidebar.open;
  $('sidebar-title').textContent = v.sidebar.title;
  const frame = $('sidebar-frame') as HTMLIFrameElement;
  const again = shownSidebar !== '' && v.sidebar.shown !== shownSidebar;
  shownSidebar = v.sidebar.shown;
  if (v.sidebar.open && (!wasOpen || again || frame.getAttribute('src') === 'about:blank')) reloadSidebar();
  if (!v.sidebar.open && frame.getAttribute('src') !== 'about:blank') frame.src = 'about:blank';
}

function table(headers: string[], rows: HTMLElement[]): HTMLElement {
  return h('table', { class: 'list' }, [
    h('thead', {}, [
      h(
        'tr',
        {},
        headers.map((t) => h('th', {}, t)),
      ),
    ]),
    h('tbody', {}, rows),
  ]);
}

const KIND_RU: Record<string, string> = {
  simple: 'простой триггер',
  menu: 'меню',
  rpc: 'панель',
  trigger: 'триггер',
  script: 'скрипт',
};

function renderExecutions(v: PlaygroundView): void {
  const pane = $('pane-executions');
  if (v.executions.length === 0) {
    pane.replaceChildren(h('p', { class: 'muted' }, 'Выполнений пока не было.'));
    return;
  }
  pane.replaceChildren(
    table(
      [
        '№',
        'Время',
        'Функция',
        'Вызов',
        'Режим',
        'Итог',
        'Вызовы сервисов',
        'Всего',
        'Оценка Apps Script, с',
        'Node, мс',
      ],
      v.executions.map((e) =>
        h('tr', { 'data-execution': e.functionName }, [
          h('td', { class: 'num' }, String(e.id)),
          h('td', {}, formatWhen(e.at, true)),
          h('td', {}, e.functionName),
          h('td', {}, KIND_RU[e.kind] ?? e.kind),
          h('td', {}, e.authMode),
          h('td', { class: e.ok ? 'ok' : 'fail' }, e.ok ? 'успешно' : `ошибка: ${e.error ?? ''}`),
          h('td', { class: 'calls' }, summarizeCalls(e.calls)),
          h('td', { class: 'num' }, String(e.totalCalls)),
          h('td', { class: 'num' }, e.estimatedSeconds.toFixed(2)),
          h('td', { class: 'num' }, e.nodeMs.toFixed(1)),
        ]),
      ),
    ),
  );
}

/** The busiest methods first; the rest summed, so a row stays readable. */
function summarizeCalls(calls: Record<string, number>): string {
  const sorted = Object.entries(calls).sort((a, b) => b[1] - a[1]);
  const shown = sorted.slice(0, 6).map(([name, n]) => `${name} × ${n}`);
  const rest = sorted.slice(6);
  if (rest.length) shown.push(`ещё ${rest.length} методов × ${rest.reduce((a, [, n]) => a + n, 0)}`);
  return shown.join(', ');
}

/**
 * A mail's text with its Google Forms and Docs links clickable, opening the emulated form (with its prefilled
 * answers: a personal questionnaire link) or document here, as the recipient would open them from the e-mail.
 */
function linkified(text: string): Array<Node | string> {
  const out: Array<Node | string> = [];
  const re =
    /https:\/\/docs\.google\.com\/(?:forms\/d\/e\/([^/\s]+)\/viewform(\?[^\s<>"]*)?|document\/d\/([^/?#\s]+)[^\s<>"]*)/g;
  let at = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push(text.slice(at, m.index));
    const local = m[1] ? `/forms/d/e/${m[1]}/viewform${m[2] ?? ''}` : `/doc/${encodeURIComponent(m[3]!)}`;
    out.push(h('a', { href: local, target: '_blank', rel: 'noopener', 'data-mail-link': '' }, m[0]));
    at = m.index + m[0].length;
  }
  out.push(text.slice(at));
  return out;
}

function renderOutbox(v: PlaygroundView): void {
  $('outbox-count').textContent = String(v.outbox.length);
  const pane = $('pane-outbox');
  if (v.outbox.length === 0) {
    pane.replaceChildren(h('p', { class: 'muted' }, 'Писем не отправлялось.'));
    return;
  }
  pane.replaceChildren(
    table(
      ['Отправлено', 'Кому', 'Тема', 'Текст'],
      [...v.outbox]
        .reverse()
        .map((m) =>
          h('tr', {}, [
            h('td', {}, formatWhen(m.at)),
            h('td', {}, [
              m.to,
              ...(m.bcc.length
                ? [h('div', { class: 'muted', title: m.bcc.join(', ') }, `скрытая копия: ${m.bcc.length}`)]
                : []),
            ]),
            h('td', {}, m.subject),
            h('td', {}, [h('div', { class: 'mail-body' }, linkified(m.body))]),
          ]),
        ),
    ),
  );
}

const TRIGGER_RU: Record<string, string> = {
  CLOCK: 'по времени',
  ON_FORM_SUBMIT: 'отправка формы',
  ON_OPEN: 'открытие',
  ON_EDIT: 'изменение',
  ON_CHANGE: 'изменение структуры',
};

function renderTriggers(v: PlaygroundView): void {
  $('triggers-count').textContent = String(v.triggers.length);
  const pane = $('pane-triggers');
  if (v.triggers.length === 0) {
    pane.replaceChildren(h('p', { class: 'muted' }, 'Триггеры не установлены.'));
    return;
  }
  pane.replaceChildren(
    table(
      ['Функция', 'Событие', 'Расписание / источник', 'Следующий запуск', 'Пользователь'],
      v.triggers.map((t) =>
        h('tr', {}, [
          h('td', {}, t.handler),
          h('td', {}, TRIGGER_RU[t.type] ?? t.type),
          h('td', {}, t.schedule),
          h('td', {}, t.next ? formatWhen(t.next) : '—'),
          h('td', {}, t.user),
        ]),
      ),
    ),
  );
}

/** The emulated Google Forms: each opens at its local address as a real form a teacher fills in. */
function renderForms(v: PlaygroundView): void {
  $('forms-count').textContent = String(v.forms.length);
  const pane = $('pane-forms');
  if (v.forms.length === 0) {
    pane.replaceChildren(h('p', { class: 'muted' }, 'Форм нет. Создайте их: «Расширения → Наставничество → Формы».'));
    return;
  }
  pane.replaceChildren(
    h(
      'p',
      { class: 'muted' },
      'Ссылка для педагогов (docs.google.com/forms/d/e/…) в песочнице открывается здесь: заполните форму как педагог — ответ попадёт в лист ответов, сработает триггер, и строка появится в банке.',
    ),
    table(
      ['Форма', 'Ответов', 'Состояние', ''],
      v.forms.map((f) =>
        h('tr', { 'data-form-title': f.title }, [
          h('td', {}, f.title),
          h('td', { class: 'num' }, String(f.responses)),
          h('td', {}, f.accepting ? 'принимает ответы' : 'не принимает ответы'),
          h('td', {}, [
            h(
              'a',
              { href: f.localUrl, target: '_blank', rel: 'noopener', 'data-open-form': f.publishedUrl },
              'Открыть как педагог',
            ),
          ]),
        ]),
      ),
    ),
  );
}

/** Google Docs in the emulated Drive; each opens as a page showing the emulated document itself. */
function renderDocuments(v: PlaygroundView): void {
  $('documents-count').textContent = String(v.documents.length);
  const pane = $('pane-documents');
  if (v.documents.length === 0) {
    pane.replaceChildren(h('p', { class: 'muted' }, 'Документов пока нет: сформируйте их в панели «Документы».'));
    return;
  }
  pane.replaceChildren(
    table(
      ['Документ', 'Папка', 'Версия', 'Изменён', ''],
      [...v.documents]
        .reverse()
        .map((d) =>
          h('tr', { 'data-document': d.id }, [
            h('td', {}, d.trashed ? `${d.name} (в корзине)` : d.name),
            h('td', {}, d.folder),
            h('td', { class: 'num' }, String(d.version)),
            h('td', {}, formatWhen(d.modifiedTime)),
            h('td', {}, [
              h('a', { href: `/doc/${encodeURIComponent(d.id)}`, target: '_blank', rel: 'noopener' }, 'Открыть'),
            ]),
          ]),
        ),
    ),
  );
}

function renderLogs(v: PlaygroundView): void {
  const pane = $('pane-logs');
  if (v.logs.length === 0) {
    pane.replaceChildren(h('p', { class: 'muted' }, 'Журнал пуст.'));
    return;
  }
  pane.replaceChildren(
    ...[...v.logs]
      .reverse()
      .map((l) =>
        h('div', { class: `log-line ${l.level}` }, `${formatWhen(l.at, true)}  ${l.level.toUpperCase()}  ${l.text}`),
      ),
  );
}

function showDialogs(dialogs: DialogView[]): void {
  if (!seenDialogs) {
    // On page load, what was shown before is history, not news.
    seenDialogs = new Set(dialogs.map((d) => d.id));
    return;
  }
  for (const d of dialogs) {
    if (seenDialogs.has(d.id)) continue;
    seenDialogs.add(d.id);
    if (d.kind === 'toast') toast(d.title, d.text);
    else modalQueue.push(d);
  }
  nextModal();
}

function nextModal(): void {
  const modal = $('modal');
  if (!modal.hidden) return;
  const d = modalQueue.shift();
  if (!d) return;
  $('modal-title').textContent = d.title || 'Наставничество';
  $('modal-text').textContent = d.text;
  modal.hidden = false;
  $('modal-ok').focus();
}

function toast(title: string, text: string): void {
  const el = h('div', { class: 'toast', role: 'status' }, [title ? h('strong', {}, title) : null, text]);
  $('toasts').append(el);
  setTimeout(() => el.remove(), 5000);
}

async function refresh(): Promise<void> {
  render((await api('/api/state')) as unknown as PlaygroundView);
}

let refreshTimer: ReturnType<typeof setTimeout> | null = null;
function refreshSoon(): void {
  if (refreshTimer) clearTimeout(refreshTimer);
  refreshTimer = setTimeout(() => void refresh(), 50);
}

async function advance(button: HTMLElement, to: string): Promise<void> {
  const result = await busy(button, () => api('/api/triggers', { to }));
  render(result.state as PlaygroundView);
  if (result.ok) toast('Часы переведены', `Выполнено триггеров: ${String(result.fired)}`);
  else toast('Не удалось', String(result.error));
}

/** The same wall-clock time a calendar month later in the script's zone (31 Jan → 28/29 Feb), as an instant. */
function plusMonth(): string {
  const local = toLocalInput(view?.now ?? new Date().toISOString());
  const [date, time] = local.split('T') as [string, string];
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const year = m === 12 ? y + 1 : y;
  const month = m === 12 ? 1 : m + 1;
  const day = Math.min(d, new Date(Date.UTC(year, month, 0)).getUTCDate());
  const pad = (n: number) => String(n).padStart(2, '0');
  return fromLocalInput(`${year}-${pad(month)}-${pad(day)}T${time}`);
}

function plus(days: number): string {
  return new Date(new Date(view?.now ?? Date.now()).getTime() + days * 86_400_000).toISOString();
}

function wire(): void {
  $('ext-menu-button').addEventListener('click', (e) => {
    e.stopPropagation();
    toggleMenu();
  });
  document.addEventListener('click', (e) => {
    if (!$('ext-menu').contains(e.target as Node)) toggleMenu(false);
  });
  document.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') toggleMenu(false);
  });
  $('run-triggers').addEventListener(
    'click',
    (e) => void advance(e.currentTarget as HTMLElement, fromLocalInput(($('clock-input') as HTMLInputElement).value)),
  );
  $('plus-day').addEventListener('click', (e) => void advance(e.currentTarget as HTMLElement, plus(1)));
  $('plus-week').addEventListener('click', (e) => void advance(e.currentTarget as HTMLElement, plus(7)));
  $('plus-month').addEventListener('click', (e) => void advance(e.currentTarget as HTMLElement, plusMonth()));
  $('reset').addEventListener('click', (e) => {
    if (!window.confirm('Удалить всё состояние песочницы и загрузить демонстрационную школу заново?')) return;
    void busy(e.currentTarget as HTMLElement, async () => {
      const result = await api('/api/reset', {});
      seenDialogs = new Set();
      reloadSidebar();
      render(result.state as PlaygroundView);
    });
  });
  $('sidebar-close').addEventListener(
    'click',
    () => void api('/api/sidebar/close', {}).then((r) => render(r.state as PlaygroundView)),
  );
  $('modal-ok').addEventListener('click', () => {
    $('modal').hidden = true;
    nextModal();
  });
  for (const tab of Array.from(document.querySelectorAll<HTMLElement>('.drawer-tab'))) {
    tab.addEventListener('click', () => {
      for (const t of Array.from(document.querySelectorAll<HTMLElement>('.drawer-tab')))
        t.setAttribute('aria-selected', String(t === tab));
      for (const p of Array.from(document.querySelectorAll<HTMLElement>('.pane')))
        p.hidden = p.id !== `pane-${tab.dataset.pane}`;
    });
  }
  window.addEventListener('message', (e: MessageEvent) => {
    const data = e.data as { source?: string; type?: string } | null;
    if (!data || data.source !== 'nastavnik-sidebar') return;
    if (data.type === 'executed') refreshSoon();
    if (data.type === 'close') void api('/api/sidebar/close', {}).then((r) => render(r.state as PlaygroundView));
  });
}

wire();
// Opening the page is opening the document: onOpen runs and builds the menu.
void api('/api/open', {}).then((state) => {
  render(state as unknown as PlaygroundView);
  document.body.dataset.ready = 'true';
});
