// The playground page's HTML shell; the client script (client/page.ts) fills it from /api/state.
export function pageHtml(css: string): string {
  return `<!DOCTYPE html>
<html lang="ru">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Песочница — Наставничество</title>
<link rel="icon" href="data:,">
<style>${css}</style>
</head>
<body>
<header class="topbar">
  <div class="doc">
    <div class="doc-icon" aria-hidden="true"></div>
    <div>
      <div id="doc-title" class="doc-title">Таблица</div>
      <nav class="menubar" aria-label="Меню таблицы">
        <span class="menubar-item muted">Файл</span>
        <span class="menubar-item muted">Правка</span>
        <span class="menubar-item muted">Вид</span>
        <div class="menubar-item menu-root" id="ext-menu">
          <button type="button" id="ext-menu-button" aria-haspopup="true" aria-expanded="false">Расширения</button>
          <div class="dropdown" id="ext-dropdown" role="menu" hidden></div>
        </div>
      </nav>
    </div>
  </div>
  <div class="clock" aria-label="Время эмулятора">
    <span class="clock-label">Время эмулятора</span>
    <strong id="clock-now">—</strong>
    <input type="datetime-local" id="clock-input" aria-label="Новая дата и время">
    <button type="button" id="run-triggers" class="btn primary" title="Перевести часы на выбранное время и выполнить наступившие триггеры">Выполнить триггеры</button>
    <button type="button" id="plus-day" class="btn" title="Перевести часы на сутки вперёд, выполняя триггеры">+1 день</button>
    <button type="button" id="plus-week" class="btn" title="Перевести часы на неделю вперёд, выполняя триггеры">+1 неделя</button>
    <button type="button" id="plus-month" class="btn" title="Перевести часы на месяц вперёд, выполняя триггеры день за днём">+1 месяц</button>
    <button type="button" id="reset" class="btn danger" title="Удалить состояние и загрузить демонстрационную школу">Начать заново</button>
  </div>
</header>
<div id="notes" class="notes" hidden></div>
<main class="layout">
  <section class="workbook" aria-label="Таблица">
    <div id="grid" class="grid-wrap"></div>
    <div id="tabs" class="sheet-tabs" role="tablist" aria-label="Листы"></div>
  </section>
  <aside class="sidebar" id="sidebar" aria-label="Боковая панель дополнения">
    <div class="sidebar-head"><span id="sidebar-title">Наставничество</span><button type="button" id="sidebar-close" class="icon-btn" aria-label="Закрыть панель">×</button></div>
    <iframe id="sidebar-frame" title="Боковая панель дополнения" src="about:blank"></iframe>
  </aside>
  <aside class="sidebar closed-hint" id="sidebar-closed" hidden>
    <p>Панель закрыта.</p>
    <p class="muted">Откройте её через меню «Расширения → Наставничество».</p>
  </aside>
</main>
<section class="drawer" aria-label="Эмулятор">
  <div class="drawer-tabs" role="tablist">
    <button type="button" class="drawer-tab" data-pane="executions" aria-selected="true">Выполнения</button>
    <button type="button" class="drawer-tab" data-pane="outbox">Почта <span id="outbox-count" class="badge">0</span></button>
    <button type="button" class="drawer-tab" data-pane="triggers">Триггеры <span id="triggers-count" class="badge">0</span></button>
    <button type="button" class="drawer-tab" data-pane="forms">Формы <span id="forms-count" class="badge">0</span></button>
    <button type="button" class="drawer-tab" data-pane="documents">Документы <span id="documents-count" class="badge">0</span></button>
    <button type="button" class="drawer-tab" data-pane="logs">Журнал</button>
  </div>
  <div class="drawer-body">
    <div class="pane" id="pane-executions"></div>
    <div class="pane" id="pane-outbox" hidden></div>
    <div class="pane" id="pane-triggers" hidden></div>
    <div class="pane" id="pane-forms" hidden></div>
    <div class="pane" id="pane-documents" hidden></div>
    <div class="pane" id="pane-logs" hidden></div>
  </div>
</section>
<div id="toasts" class="toasts" aria-live="polite"></div>
<div id="modal" class="modal-backdrop" hidden>
  <div class="modal" role="dialog" aria-modal="true" aria-labelledby="modal-title">
    <h2 id="modal-title"></h2>
    <p id="modal-text"></p>
    <div class="modal-actions"><button type="button" id="modal-ok" class="btn primary">ОК</button></div>
  </div>
</div>
<script src="/app.js"></script>
</body>
</html>`;
}
