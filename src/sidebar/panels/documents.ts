// «Документы»: the order, consents and programs — preview with what is missing (each with a button to its cell),
// generation in batches with a progress bar and a cancel button, resume of an interrupted run, the register of
// generated documents with links, and the school's templates with their placeholders.
import { append, clear, h, notice, spinner } from '../dom';
import { takeStartSection } from '../start';
import { call } from '../rpc-client';
import { errorNotice } from '../error-notice';
import type { RpcInput, RpcOutput } from '../../rpc/contract';
import type { Panel, SidebarState } from './panel';

type Overview = RpcOutput<'documentsOverview'>;
type Preview = RpcOutput<'documentsPreview'>;
type Progress = RpcOutput<'documentsContinue'>;
type Request = RpcInput<'documentsPreview'>['request'];
type Section = 'order' | 'consents' | 'programs' | 'monitoring-report' | 'pair-reports' | 'templates' | 'register';

const SECTIONS: Array<{ id: Section; title: string }> = [
  { id: 'order', title: 'Приказ' },
  { id: 'consents', title: 'Согласия' },
  { id: 'programs', title: 'Программы' },
  { id: 'monitoring-report', title: 'Отчёт мониторинга' },
  { id: 'pair-reports', title: 'Итоги пар' },
  { id: 'templates', title: 'Шаблоны' },
  { id: 'register', title: 'Реестр' },
];

const GENERATE_CAPTION: Record<Request['kind'], string> = {
  order: 'Сформировать приказ',
  consents: 'Сформировать согласия',
  programs: 'Сформировать программы',
  monitoringReport: 'Сформировать отчёт о мониторинге',
  pairReports: 'Сформировать итоговые отчёты пар',
};

/** This panel's id for the run lease: a retry from the same window may take over its own interrupted batch. */
const CLIENT = `c${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;

function link(url: string, text: string): HTMLElement {
  return url ? h('a', { href: url, target: '_blank', rel: 'noopener' }, text) : h('span', {}, text);
}

/** What the sidebar was asked to open on (a «Документы» menu item), once. */
function takeDocumentsSection(): Section | null {
  const wanted = takeStartSection('documents');
  return (SECTIONS.find((s) => s.id === wanted)?.id ?? null) as Section | null;
}

let currentSection: Section = 'order';

interface Ui {
  root: HTMLElement;
  state: SidebarState;
  overview: Overview;
  body: HTMLElement;
  /** Pair choice of the consents and programs sections (null: all). */
  selected: Map<Request['kind'], string[] | null>;
  consentMode: Request['consentMode'];
  running: boolean;
  cancelRequested: boolean;
}

export const documentsPanel: Panel = {
  id: 'documents',
  title: 'Документы',
  async render(container, state) {
    currentSection = takeDocumentsSection() ?? currentSection;
    const overview = await call('documentsOverview', {});
    const ui: Ui = {
      root: container,
      state,
      overview,
      body: h('div', { 'data-documents-body': '' }),
      selected: new Map(),
      consentMode: 'pagePerPerson',
      running: false,
      cancelRequested: false,
    };
    append(container, h('h2', {}, 'Документы'));
    if (!overview.ready)
      append(
        container,
        notice(
          'info',
          'Нет листов «Документы» и «План». Запустите «Наставничество → Настроить таблицу»: листы будут добавлены, данные не изменятся.',
        ),
      );
    if (overview.run && !overview.run.finished) append(container, resumeBanner(ui, overview.run));
    const tabs = h(
      'div',
      { class: 'documents-tabs', role: 'tablist' },
      ...SECTIONS.map((s) =>
        h(
          'button',
          {
            class: 'documents-tab',
            role: 'tab',
            'data-section': s.id,
            'aria-selected': String(s.id === currentSection),
            onclick: () => {
              currentSection = s.id;
              for (const b of Array.from(tabs.children))
                b.setAttribute('aria-selected', String(b.getAttribute('data-section') === s.id));
              void showSection(ui);
            },
          },
          s.title,
        ),
      ),
    );
    append(container, tabs, ui.body);
    await showSection(ui);
  },
};

async function showSection(ui: Ui): Promise<void> {
  clear(ui.body);
  const section = currentSection;
  ui.body.setAttribute('data-section', section);
  if (section === 'register') return renderRegister(ui);
  if (section === 'templates') return renderTemplates(ui);
  return renderGeneration(ui, SECTION_KIND[section]);
}

/** The generation sections and what they generate (section ids are kebab-case: they travel in the sidebar's start). */
const SECTION_KIND: Record<Exclude<Section, 'templates' | 'register'>, Request['kind']> = {
  order: 'order',
  consents: 'consents',
  programs: 'programs',
  'monitoring-report': 'monitoringReport',
  'pair-reports': 'pairReports',
};

/** An interrupted run (closed sidebar, error, quota): continue it or cancel what is left. */
function resumeBanner(ui: Ui, run: Progress): HTMLElement {
  const box = h('div', { class: 'notice documents-resume', 'data-resume': '' });
  append(
    box,
    h('p', {}, `Формирование не закончено: готово ${run.done} из ${run.total}, осталось ${run.remaining}.`),
    h('button', { class: 'action', onclick: () => void drive(ui, run, box) }, 'Продолжить'),
    h(
      'button',
      {
        onclick: async () => {
          try {
            await call('documentsCancel', { runId: run.runId });
            clear(box);
            append(box, notice('info', 'Оставшиеся документы отменены; готовые сохранены.'));
          } catch (e) {
            append(box, errorNotice(e));
          }
        },
      },
      'Отменить оставшееся',
    ),
  );
  return box;
}

function requestOf(ui: Ui, kind: Request['kind']): Request {
  return { kind, pairIds: kind === 'order' ? null : (ui.selected.get(kind) ?? null), consentMode: ui.consentMode };
}

function renderGeneration(ui: Ui, kind: Request['kind']): void {
  const previewBox = h('div', { 'data-preview': '' });
  const controls = h('div', {});
  if (kind === 'consents') {
    const radio = (mode: Request['consentMode'], text: string) =>
      h(
        'label',
        { class: 'documents-choice' },
        h('input', {
          type: 'radio',
          name: 'consent-mode',
          value: mode,
          checked: ui.consentMode === mode,
          onchange: () => {
            ui.consentMode = mode;
            void loadPreview(ui, kind, previewBox);
          },
        }),
        text,
      );
    append(
      controls,
      h(
        'p',
        { class: 'small gray' },
        'Согласие каждого участника и для наставника — проект дополнительного соглашения к трудовому договору (ст. 351.8 ТК РФ).',
      ),
      radio('pagePerPerson', 'Один документ, каждое согласие с новой страницы'),
      radio('perPerson', 'Отдельный документ на каждого участника'),
    );
  }
  if (kind === 'monitoringReport')
    append(
      controls,
      h(
        'p',
        { class: 'small gray' },
        'Отчёт по ответам листа «Мониторинг», мероприятиям и методической копилке: таблицы, диаграммы и SWOT-анализ, который можно дополнить в документе.',
      ),
    );
  else if (kind === 'pairReports')
    append(
      controls,
      h(
        'p',
        { class: 'small gray' },
        'Итоговый отчёт формируется для пар, завершивших программу: по плану и ответам мониторинга.',
      ),
      pairChooser(ui, kind, () => void loadPreview(ui, kind, previewBox)),
    );
  else if (kind !== 'order')
    append(
      controls,
      pairChooser(ui, kind, () => void loadPreview(ui, kind, previewBox)),
    );
  else
    append(
      controls,
      h(
        'p',
        { class: 'small gray' },
        'В приказ входят все пары, у участников которых есть письменное согласие; остальные показаны ниже.',
      ),
    );
  append(ui.body, controls, previewBox);
  void loadPreview(ui, kind, previewBox);
}

/** All pairs, or the ticked ones (also «выделенные на листе»). */
function pairChooser(ui: Ui, kind: Request['kind'], changed: () => void): HTMLElement {
  const pairs = ui.overview.pairs;
  const chosen = new Set(ui.selected.get(kind) ?? []);
  const list = h('div', { class: 'documents-pairs', 'data-pair-list': '' });
  const status = h('div', {});
  const setSelected = (ids: string[] | null) => {
    ui.selected.set(kind, ids);
    for (const box of Array.from(list.querySelectorAll<HTMLInputElement>('input[type=checkbox]')))
      box.checked = !!ids?.includes(box.value);
    allRadio.checked = ids === null;
    someRadio.checked = ids !== null;
    changed();
  };
  for (const p of pairs)
    append(
      list,
      h(
        'label',
        { class: 'documents-pair' },
        h('input', {
          type: 'checkbox',
          value: p.id,
          checked: chosen.has(p.id),
          onchange: () => {
            const ids = Array.from(list.querySelectorAll<HTMLInputElement>('input[type=checkbox]:checked')).map(
              (b) => b.value,
            );
            setSelected(ids);
          },
        }),
        h('span', {}, `${p.id}: ${p.mentees || '—'}`),
        p.consent
          ? null
          : h('span', { class: 'badge warn', title: 'Нет письменного согласия кого-то из участников' }, 'нет согласия'),
      ),
    );
  const allRadio = h('input', {
    type: 'radio',
    name: `pairs-${kind}`,
    checked: !ui.selected.get(kind),
    onchange: () => setSelected(null),
  }) as HTMLInputElement;
  const someRadio = h('input', {
    type: 'radio',
    name: `pairs-${kind}`,
    checked: !!ui.selected.get(kind),
    onchange: () => setSelected([...chosen]),
  }) as HTMLInputElement;
  return h(
    'div',
    { class: 'documents-pairs-box' },
    h('label', { class: 'documents-choice' }, allRadio, `Все пары (${pairs.length})`),
    h('label', { class: 'documents-choice' }, someRadio, 'Выбранные пары:'),
    h(
      'button',
      {
        class: 'link small',
        onclick: async () => {
          clear(status);
          try {
            const r = await call('documentsSelectedPairs', {});
            setSelected(r.pairIds);
            append(status, notice('info', `Выбраны выделенные на листе: ${r.pairIds.join(', ')}.`));
          } catch (e) {
            append(status, errorNotice(e));
          }
        },
      },
      'Взять строки, выделенные на листе «Пары и группы»',
    ),
    status,
    h('details', {}, h('summary', { class: 'small' }, 'Отметить пары вручную'), list),
  );
}

async function loadPreview(ui: Ui, kind: Request['kind'], box: HTMLElement, previewKey?: string): Promise<void> {
  clear(box);
  append(box, spinner('Готовлю предпросмотр…'));
  let p: Preview;
  try {
    p = await call('documentsPreview', { request: requestOf(ui, kind), ...(previewKey ? { previewKey } : {}) });
  } catch (e) {
    clear(box);
    append(box, errorNotice(e));
    return;
  }
  clear(box);
  const overwrite = new Set<string>();
  const c = p.counts;
  append(
    box,
    h(
      'p',
      { 'data-counts': '' },
      `Документов: ${p.items}`,
      c.create ? ` · новых ${c.create}` : '',
      c.update ? ` · обновятся ${c.update}` : '',
      c.unchanged ? ` · без изменений ${c.unchanged}` : '',
      c.edited ? ` · изменены вручную ${c.edited}` : '',
    ),
    h('p', { class: 'small gray' }, `Сегодня создано новых документов: ${p.quota.used} из ${p.quota.limit}.`),
    p.template ? h('p', { class: 'small' }, 'По шаблону школы: ', link(p.template.url, p.template.title)) : null,
    missingList(p),
  );
  if (p.edited.length) {
    append(
      box,
      h('h3', {}, 'Изменены вручную после формирования'),
      h('p', { class: 'small gray' }, 'Эти документы не будут перезаписаны, пока вы не отметите их.'),
      h(
        'ul',
        { class: 'list', 'data-edited': '' },
        ...p.edited.map((e) =>
          h(
            'li',
            {},
            h(
              'label',
              {},
              h('input', {
                type: 'checkbox',
                value: e.key,
                onchange: (ev: Event) =>
                  (ev.target as HTMLInputElement).checked ? overwrite.add(e.key) : overwrite.delete(e.key),
              }),
              ' перезаписать ',
            ),
            link(e.url, e.title),
          ),
        ),
      ),
    );
  }
  const progressBox = h('div', { 'data-progress-box': '' });
  const button = h(
    'button',
    {
      class: 'action',
      'data-generate': kind,
      disabled: !p.canGenerate || ui.running,
      onclick: async () => {
        button.setAttribute('disabled', '');
        try {
          const started = await call('documentsStart', { request: requestOf(ui, kind), overwrite: [...overwrite] });
          await drive(ui, started, progressBox);
        } catch (e) {
          append(progressBox, errorNotice(e));
        } finally {
          button.removeAttribute('disabled');
        }
      },
    },
    GENERATE_CAPTION[kind],
  );
  append(box, button, progressBox);
  if (p.choices.length > 1) {
    const select = h(
      'select',
      {
        'aria-label': 'Какой документ показать',
        onchange: () => void loadPreview(ui, kind, box, (select as HTMLSelectElement).value),
      },
      ...p.choices.map((ch) => h('option', { value: ch.key, selected: ch.key === p.previewKey }, ch.title)),
    );
    append(box, h('label', {}, 'Предпросмотр документа:'), select);
  }
  if (p.html) {
    append(
      box,
      h('h3', {}, 'Предпросмотр: ', p.title),
      p.note ? h('p', { class: 'small gray' }, p.note) : null,
      h(
        'div',
        { class: 'documents-preview' },
        h('iframe', { sandbox: '', srcdoc: p.html, title: `Предпросмотр: ${p.title}`, 'data-preview-frame': '' }),
      ),
    );
  }
}

function missingList(p: Preview): HTMLElement | null {
  if (!p.missing.length) return h('p', { class: 'success small', 'data-missing': '0' }, 'Все данные на месте.');
  const status = h('div', {});
  return h(
    'div',
    {},
    h('h3', {}, 'Чего не хватает'),
    h(
      'ul',
      { class: 'list', 'data-missing': String(p.missing.length) },
      ...p.missing.map((m) =>
        h(
          'li',
          { class: m.level === 'error' ? 'error' : '' },
          h('div', {}, m.message),
          m.fix ? h('div', { class: 'small gray' }, m.fix) : null,
          m.sheet && m.row
            ? h(
                'button',
                {
                  class: 'link small',
                  onclick: () => {
                    clear(status);
                    call('selectCell', { sheet: m.sheet!, row: m.row!, column: m.column ?? '' })
                      .then((r) => append(status, notice('info', `Выделена ячейка ${m.sheet}!${r.a1}.`)))
                      .catch((e: unknown) => append(status, errorNotice(e)));
                  },
                },
                `Исправить: ${m.sheet}, строка ${m.row}`,
              )
            : null,
        ),
      ),
    ),
    status,
  );
}

function progressView(p: Progress): HTMLElement {
  const handled = p.done + p.edited + p.errors + p.cancelled;
  const pct = p.total ? Math.round((handled / p.total) * 100) : 100;
  return h(
    'div',
    { 'data-progress': '' },
    h(
      'div',
      {
        class: 'progress',
        role: 'progressbar',
        'aria-valuemin': 0,
        'aria-valuemax': p.total,
        'aria-valuenow': handled,
        'aria-label': 'Ход формирования',
      },
      h('div', { style: `width:${pct}%` }),
    ),
    h(
      'p',
      { class: 'small', 'data-progress-text': '' },
      `Обработано ${handled} из ${p.total}: готово ${p.done}` +
        (p.edited ? `, не перезаписано ${p.edited}` : '') +
        (p.errors ? `, с ошибкой ${p.errors}` : ''),
    ),
  );
}

/** Drives a run batch by batch until it ends, stops (quota, another window) or the curator cancels. */
async function drive(ui: Ui, first: Progress, box: HTMLElement): Promise<void> {
  ui.running = true;
  ui.cancelRequested = false;
  clear(box);
  const view = h('div', {});
  const log = h('ul', { class: 'list documents-log', 'data-processed': '' });
  const cancel = h(
    'button',
    {
      'data-cancel': '',
      onclick: () => {
        ui.cancelRequested = true;
        cancel.setAttribute('disabled', '');
        cancel.textContent = 'Отмена после текущего шага…';
      },
    },
    'Отменить',
  );
  const show = (p: Progress) => {
    clear(view);
    append(view, progressView(p));
    for (const x of p.processed)
      append(
        log,
        h(
          'li',
          { 'data-status': x.status },
          link(x.url, x.title),
          ' ',
          h(
            'span',
            { class: `badge ${x.status === 'done' ? 'ok' : x.status === 'error' ? 'bad' : 'warn'}` },
            statusRu(x.status),
          ),
          x.message ? h('div', { class: 'small gray' }, x.message) : null,
        ),
      );
  };
  append(box, view, cancel, log);
  let p = first;
  show(p);
  try {
    // «Продолжить» after a stop (quota, another window) asks once more; a fresh start goes on until a stop.
    while (!p.finished && !ui.cancelRequested && (p === first || p.stopped === null)) {
      p = await call('documentsContinue', { runId: p.runId, client: CLIENT });
      show(p);
    }
    if (ui.cancelRequested && !p.finished) {
      const c = await call('documentsCancel', { runId: p.runId });
      if (c) p = c;
      show(p);
      append(box, notice('info', 'Формирование отменено. Готовые документы сохранены и есть в реестре.'));
    } else if (p.stopped) {
      append(
        box,
        notice(p.stopped === 'busy' ? 'info' : 'error', p.message),
        h('button', { onclick: () => void drive(ui, p, box) }, 'Продолжить'),
      );
    } else {
      append(
        box,
        notice(
          'success',
          `Готово: ${p.done} из ${p.total}.${p.edited ? ` Не перезаписаны изменённые вручную: ${p.edited}.` : ''}${p.errors ? ` С ошибкой: ${p.errors} (см. реестр).` : ''}`,
        ),
      );
    }
  } catch (e) {
    // The call failed (closed connection, time limit): nothing is lost, the run resumes from the register.
    append(box, errorNotice(e), h('button', { onclick: () => void drive(ui, p, box) }, 'Продолжить'));
  } finally {
    cancel.remove();
    ui.running = false;
    box.setAttribute('data-finished', String(p.finished));
  }
}

const STATUS_RU: Record<string, string> = {
  queued: 'в очереди',
  done: 'готов',
  error: 'ошибка',
  cancelled: 'отменён',
  edited: 'изменён вручную',
};

function statusRu(s: string): string {
  return STATUS_RU[s] ?? s;
}

async function renderRegister(ui: Ui): Promise<void> {
  append(ui.body, spinner('Загрузка реестра…'));
  // Fresh each time: a run since the panel opened has added documents and links.
  const o = (ui.overview = await call('documentsOverview', {}));
  clear(ui.body);
  append(
    ui.body,
    h(
      'p',
      { class: 'small gray' },
      'Папка на Google Диске: ',
      o.folder.url ? link(o.folder.url, o.folder.name) : `«${o.folder.name}» (будет создана при первом формировании)`,
    ),
    o.register.length
      ? h(
          'ul',
          { class: 'list', 'data-register': '' },
          ...o.register.map((r) =>
            h(
              'li',
              { 'data-key': r.key },
              link(r.url, r.title || r.key),
              h(
                'div',
                { class: 'small gray' },
                [
                  r.type,
                  r.status,
                  r.version ? `версия ${r.version}` : '',
                  r.at ? new Date(r.at).toLocaleString('ru-RU') : '',
                ]
                  .filter(Boolean)
                  .join(' · '),
              ),
              r.message ? h('div', { class: 'small' }, r.message) : null,
            ),
          ),
        )
      : h('p', { class: 'gray' }, 'Документов пока нет.'),
  );
}

async function renderTemplates(ui: Ui): Promise<void> {
  const box = h('div', {});
  append(
    ui.body,
    h(
      'p',
      { class: 'small gray' },
      'Шаблон — ваш документ Google с полями в двойных фигурных скобках, например {{школа}}. Оформление, бланк и формулировки меняйте как угодно: дополнение копирует шаблон и заполняет поля. Неизвестные поля не попадут в документы — о них предупредит предпросмотр.',
    ),
    box,
  );
  const show = (list: RpcOutput<'documentsTemplates'>) => {
    clear(box);
    append(
      box,
      h(
        'button',
        {
          class: list.every((t) => t.exists) ? '' : 'action',
          'data-create-templates': '',
          onclick: () => void act(() => call('documentsCreateTemplates', {})),
        },
        list.every((t) => t.exists) ? 'Все шаблоны созданы' : 'Создать шаблоны',
      ),
      h(
        'ul',
        { class: 'list', 'data-templates': '' },
        ...list.map((t) =>
          h(
            'li',
            { 'data-template': t.kind },
            t.exists ? link(t.url, t.title) : h('span', { class: 'gray' }, t.title),
            t.exists
              ? h(
                  'label',
                  { class: 'documents-choice small' },
                  h('input', {
                    type: 'checkbox',
                    checked: t.active,
                    onchange: (e: Event) =>
                      void act(() =>
                        call('documentsSetTemplate', { kind: t.kind, active: (e.target as HTMLInputElement).checked }),
                      ),
                  }),
                  'использовать при формировании',
                )
              : null,
            ...t.problems.map((pr) => h('div', { class: 'small warning' }, pr)),
            h(
              'details',
              {},
              h('summary', { class: 'small' }, 'Поля шаблона'),
              h(
                'ul',
                { class: 'small documents-fields' },
                ...t.placeholders.map((f) =>
                  h(
                    'li',
                    {},
                    h('code', {}, `{{${f.name}}}`),
                    ` — ${f.description}${f.kind === 'block' ? ' (отдельной строкой)' : ''}`,
                  ),
                ),
              ),
            ),
          ),
        ),
      ),
    );
  };
  const act = async (work: () => Promise<RpcOutput<'documentsTemplates'>>) => {
    append(box, spinner('Выполняется…'));
    try {
      show(await work());
    } catch (e) {
      append(box, errorNotice(e));
    }
  };
  await act(() => call('documentsTemplates', { check: true }));
}
