// Sidebar entry: a header, tabs for the panels, and one place that turns errors into Russian notices.
import { clear, h, spinner } from './dom';
import { panels } from './panels';
import type { SidebarState } from './panels/panel';
import { call } from './rpc-client';
import { errorNotice } from './error-notice';

const app = document.getElementById('app')!;
const body = h('div', { id: 'panel-body' });
const tabs = h('div', { class: 'tabs', role: 'tablist' });
const header = h('div', {});

const state: SidebarState = {
  shell: null,
  async refreshShell() {
    state.shell = await call('getShellInfo', {});
    renderHeader();
  },
  show(id) {
    void showPanel(id);
  },
};

function renderHeader(): void {
  clear(header);
  const s = state.shell;
  header.appendChild(h('h1', {}, 'Наставничество'));
  if (s)
    header.appendChild(
      h(
        'p',
        { class: 'gray small' },
        [s.schoolShortName, s.academicYear].filter(Boolean).join(' · ') || s.spreadsheetName,
      ),
    );
}

let current = '';

async function showPanel(id: string): Promise<void> {
  const panel = panels.find((p) => p.id === id) ?? panels[0]!;
  current = panel.id;
  for (const tab of Array.from(tabs.children))
    tab.setAttribute('aria-selected', String(tab.getAttribute('data-panel') === panel.id));
  clear(body);
  body.appendChild(spinner('Загрузка…'));
  const container = h('div', { 'data-panel-body': panel.id });
  try {
    await panel.render(container, state);
    if (current !== panel.id) return;
    clear(body);
    body.appendChild(container);
  } catch (e) {
    if (current !== panel.id) return;
    clear(body);
    body.appendChild(errorNotice(e));
  }
}

async function start(): Promise<void> {
  clear(app);
  for (const p of panels) {
    tabs.appendChild(
      h('button', { class: 'tab', role: 'tab', 'data-panel': p.id, onclick: () => void showPanel(p.id) }, p.title),
    );
  }
  app.appendChild(header);
  app.appendChild(tabs);
  app.appendChild(body);
  renderHeader();
  try {
    await state.refreshShell();
  } catch (e) {
    body.appendChild(errorNotice(e));
  }
  // A menu item may open the sidebar on its own panel (<body data-start-panel>, set by src/server/sidebar-start.ts).
  await showPanel(document.body.dataset.startPanel || panels[0]!.id);
}

void start();
