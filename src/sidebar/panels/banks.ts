// «Банки»: both banks at a glance, the problems found (each with a button to its cell), links to the sheets, setup.
import { append, clear, h, notice, spinner } from '../dom';
import { call } from '../rpc-client';
import { errorNotice } from '../error-notice';
import type { RpcOutput } from '../../rpc/contract';
import type { Panel, SidebarState } from './panel';

type Summary = RpcOutput<'getBanksSummary'>;
type ProblemInfo = Summary['problems'][number];

function stat(label: string, value: number, title?: string): HTMLElement {
  return h('div', { class: 'stat', title }, h('b', {}, value), label);
}

function problemItem(p: ProblemInfo, status: HTMLElement): HTMLElement {
  const where = `${p.sheet}, строка ${p.row}${p.column ? `, «${p.column}»` : ''}`;
  return h(
    'li',
    { 'data-problem': `${p.sheet}!${p.row}` },
    h('div', { class: 'small gray' }, where),
    h('div', {}, p.message),
    p.fix ? h('div', { class: 'small' }, p.fix) : null,
    p.row >= 1
      ? h(
          'button',
          {
            class: 'link small',
            onclick: () => {
              clear(status);
              call('selectCell', { sheet: p.sheet, row: p.row, column: p.column })
                .then((r) => append(status, notice('info', `Выделена ячейка ${p.sheet}!${r.a1}.`)))
                .catch((e: unknown) => append(status, errorNotice(e)));
            },
          },
          'Показать ячейку',
        )
      : null,
  );
}

async function runAndRefresh(
  status: HTMLElement,
  container: HTMLElement,
  state: SidebarState,
  work: () => Promise<string>,
): Promise<void> {
  clear(status);
  append(status, spinner('Выполняется…'));
  try {
    const text = await work();
    await state.refreshShell().catch(() => undefined);
    clear(container);
    await banksPanel.render(container, state);
    append(container.querySelector('[data-status]') ?? container, notice('success', text));
  } catch (e) {
    clear(status);
    append(status, errorNotice(e));
  }
}

export const banksPanel: Panel = {
  id: 'banks',
  title: 'Банки',
  async render(container, state) {
    const s = await call('getBanksSummary', {});
    const status = h('div', { 'data-status': '' });
    const setupButton = h(
      'button',
      {
        class: s.isSetUp ? '' : 'action',
        onclick: () =>
          void runAndRefresh(status, container, state, async () => {
            const r = await call('workbookSetup', {});
            return r.createdSheets.length
              ? `Таблица настроена. Созданы листы: ${r.createdSheets.join(', ')}.`
              : 'Таблица обновлена, данные не изменялись.';
          }),
      },
      'Настроить таблицу',
    );
    if (!s.isSetUp) {
      append(
        container,
        h('h2', {}, 'Банки'),
        h(
          'p',
          {},
          'Листов банков ещё нет. Настройте таблицу: дополнение создаст листы «Настройки», «Справочники», «Наставники», «Наставляемые», «Импорт» и «Журнал».',
        ),
        setupButton,
        status,
      );
      return;
    }
    const m = s.mentors;
    const e = s.mentees;
    const problems = h('ul', { class: 'list', 'data-problems': '' }, ...s.problems.map((p) => problemItem(p, status)));
    append(
      container,
      h('h2', {}, 'Наставники'),
      h(
        'div',
        { class: 'stats', 'data-stats': 'mentors' },
        stat('активны', m.active),
        stat('дали согласие', m.withConsent),
        stat('прошли обучение', m.trained),
        stat(
          'свободных мест',
          m.freePlaces,
          'Сумма свободных мест активных наставников: вместимость минус наставляемые в действующих парах и группах',
        ),
      ),
      h('h2', {}, 'Наставляемые'),
      h(
        'div',
        { class: 'stats', 'data-stats': 'mentees' },
        stat('ожидают', e.waiting),
        stat('в парах', e.paired),
        stat('поддержка без пары', e.supported),
      ),
      m.invalid + e.invalid
        ? h(
            'p',
            { class: 'small gray' },
            `Строк с ошибками (не учтены в счётчиках): наставники — ${m.invalid}, наставляемые — ${e.invalid}.`,
          )
        : null,
      h(
        'h2',
        {},
        'Проверка данных ',
        h(
          'span',
          { class: `badge ${s.problemCount ? 'bad' : 'ok'}` },
          s.problemCount ? `${s.problemCount}` : 'нет проблем',
        ),
      ),
      h(
        'button',
        {
          onclick: () =>
            void runAndRefresh(status, container, state, async () => {
              const r = await call('workbookValidate', {});
              return `Проверено. Проблем: ${r.problemCount}${r.assignedIds ? `, выдано номеров: ${r.assignedIds}` : ''}. Ячейки с ошибками выделены цветом.`;
            }),
        },
        'Проверить и выделить',
      ),
      status,
      s.problemCount > s.problems.length
        ? h('p', { class: 'small gray' }, `Показаны первые ${s.problems.length} из ${s.problemCount}.`)
        : null,
      problems,
      h('h2', {}, 'Листы'),
      h(
        'ul',
        { class: 'list' },
        ...s.sheets
          .filter((x) => x.exists)
          .map((x) => h('li', {}, h('a', { href: x.url, target: '_blank', rel: 'noopener' }, x.name))),
      ),
      h('div', { class: 'footer' }, setupButton),
    );
  },
};
