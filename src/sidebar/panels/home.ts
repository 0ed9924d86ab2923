// «Главная»: where the curator starts — what is overdue and next on the roadmap, the first steps still to take, and
// the banks and pairs at a glance; every line leads to the panel that deals with it.
import { append, clear, h, notice, spinner } from '../dom';
import { call, RpcError } from '../rpc-client';
import type { RpcOutput } from '../../rpc/contract';
import type { Panel, SidebarState } from './panel';

type Home = RpcOutput<'getHome'>;
type Item = Home['next'][number];

function when(item: Item): string {
  if (!item.deadlineRu) return item.deadlineText || '—';
  const d = item.daysLeft ?? 0;
  const rel = d === 0 ? 'сегодня' : d > 0 ? `через ${d} дн.` : `просрочено на ${-d} дн.`;
  return `до ${item.deadlineRu} · ${rel}`;
}

function itemLine(item: Item, state: SidebarState): HTMLElement {
  return h(
    'li',
    { class: 'home-item', 'data-home-item': item.number },
    h(
      'button',
      { class: 'link', title: 'Открыть «Дорожная карта»', onclick: () => state.show('roadmap') },
      h('b', {}, item.number),
      ' ',
      item.activity,
    ),
    h('div', { class: `small ${item.overdue ? 'error' : ''}` }, when(item)),
    h('div', { class: 'small gray' }, item.basis),
  );
}

function stat(label: string, value: number, panel: string, state: SidebarState, title?: string): HTMLElement {
  return h(
    'button',
    { class: 'stat home-stat', title: title ?? label, onclick: () => state.show(panel) },
    h('b', {}, value),
    label,
  );
}

function renderSetUp(container: HTMLElement, home: Home, state: SidebarState): void {
  const c = home.counts;
  const steps = home.firstSteps.filter((s) => !s.done);
  append(
    container,
    h(
      'div',
      { class: 'card' },
      h('div', {}, `Дорожная карта ${home.academicYear}: выполнено ${home.doneCount} из ${home.totalCount}`),
      h(
        'div',
        {
          class: 'progress',
          role: 'progressbar',
          'aria-valuemin': 0,
          'aria-valuemax': home.totalCount,
          'aria-valuenow': home.doneCount,
        },
        h('div', { style: `width: ${home.totalCount ? Math.round((100 * home.doneCount) / home.totalCount) : 0}%` }),
      ),
    ),
    home.overdue.length
      ? h(
          'div',
          { 'data-home': 'overdue' },
          h('h2', { class: 'error' }, 'Просрочено'),
          h('ul', { class: 'list' }, ...home.overdue.map((i) => itemLine(i, state))),
        )
      : null,
    h(
      'div',
      { 'data-home': 'next' },
      h('h2', {}, 'Ближайшие сроки'),
      home.next.length
        ? h('ul', { class: 'list' }, ...home.next.map((i) => itemLine(i, state)))
        : h('p', { class: 'gray' }, 'Сроков с датой до конца учебного года не осталось.'),
    ),
    steps.length
      ? h(
          'div',
          { 'data-home': 'steps' },
          h('h2', {}, 'Первые шаги'),
          h(
            'ul',
            { class: 'list' },
            ...steps.map((s) =>
              h(
                'li',
                { 'data-step': s.key },
                h('button', { class: 'link', onclick: () => state.show(s.panel) }, s.title),
                h('div', { class: 'small gray' }, s.basis),
              ),
            ),
          ),
        )
      : null,
    h('h2', {}, 'В таблице'),
    h(
      'div',
      { class: 'stats', 'data-home': 'counts' },
      stat('наставников', c.mentors, 'banks', state, `Активных наставников; дали согласие: ${c.mentorsWithConsent}`),
      stat('ждут наставника', c.menteesWaiting, 'matching', state),
      stat(
        'в парах и группах',
        c.menteesPaired,
        'matching',
        state,
        `Наставляемых в парах и группах; поддержка без пары: ${c.menteesSupported}`,
      ),
      stat(
        'пар и групп',
        c.pairs,
        'documents',
        state,
        `В приказе: ${c.pairsInOrder}; с программой: ${c.pairsWithProgram}`,
      ),
    ),
    home.problemCount
      ? h(
          'div',
          { class: 'notice', 'data-home': 'problems' },
          `В данных найдено проблем: ${home.problemCount}. `,
          h('button', { class: 'link', onclick: () => state.show('banks') }, 'Посмотреть'),
        )
      : null,
  );
}

export const homePanel: Panel = {
  id: 'home',
  title: 'Главная',
  async render(container, state) {
    const s = state.shell;
    if (s && !s.isSetUp) {
      const status = h('div', { 'data-status': '' });
      append(
        container,
        h('h2', {}, 'Добро пожаловать'),
        h(
          'p',
          {},
          'Дополнение ведёт систему наставничества школы по её дорожной карте: банки наставников и наставляемых, формы запросов, подбор пар, приказ и программы, напоминания о сроках, мониторинг и итоги года.',
        ),
        h('p', {}, 'Начните с настройки: дополнение создаст листы таблицы. Данные, которые уже есть, не изменятся.'),
        h(
          'button',
          {
            class: 'action',
            onclick: async () => {
              clear(status);
              append(status, spinner('Настраиваю таблицу…'));
              try {
                await call('workbookSetup', {});
                await state.refreshShell();
                state.show('home');
              } catch (e) {
                clear(status);
                append(
                  status,
                  e instanceof RpcError ? notice('error', e.message, e.info.details ?? []) : notice('error', String(e)),
                );
              }
            },
          },
          'Настроить таблицу',
        ),
        status,
      );
      return;
    }
    renderSetUp(container, await call('getHome', {}), state);
  },
};
