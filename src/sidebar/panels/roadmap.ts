// «Дорожная карта»: the year's stages as a timeline (status and deadline of each item), what is next, what is overdue,
// the daily reminders (on/off, last runs, what they sent) and the check on demand, shown or sent.
import { append, clear, h, notice, spinner } from '../dom';
import { call } from '../rpc-client';
import { errorNotice } from '../error-notice';
import type { RpcOutput } from '../../rpc/contract';
import type { Panel, SidebarState } from './panel';

type Overview = RpcOutput<'getRoadmap'>;
type Item = Overview['stages'][number]['items'][number];
type Run = Overview['reminders']['runs'][number];
type Check = RpcOutput<'roadmapCheck'>;

const STATE_CLASS: Record<Item['state'], string> = {
  done: 'ok',
  not_needed: 'ok',
  in_progress: 'warn',
  not_started: '',
};

function badge(item: Item): HTMLElement {
  const cls = item.overdue ? 'bad' : STATE_CLASS[item.state];
  const text = item.overdue ? `просрочено · ${item.statusRu}` : item.statusRu;
  return h(
    'span',
    { class: `badge ${cls}`, title: item.source === 'manual' ? 'Отмечено вручную' : 'По данным таблицы' },
    text,
  );
}

function when(item: Item): string {
  if (!item.deadlineRu) return item.deadlineText || '—';
  const d = item.daysLeft ?? 0;
  const rel = d === 0 ? 'сегодня' : d > 0 ? `через ${d} дн.` : `${-d} дн. назад`;
  return `до ${item.deadlineRu} (${rel})`;
}

function itemLine(item: Item): HTMLElement {
  return h(
    'li',
    { class: 'roadmap-item', 'data-item': item.number, 'data-state': item.state, 'data-overdue': String(item.overdue) },
    h('div', {}, h('b', {}, item.number), ' ', badge(item)),
    h('div', { class: 'roadmap-activity', title: item.activity }, item.activity),
    h('div', { class: 'small' }, when(item), item.responsible ? ` · ${item.responsible}` : ''),
    h('div', { class: 'small gray' }, item.basis),
  );
}

/** The run's time in the workbook's zone (the curator's browser may be elsewhere). */
function runLine(run: Run, timeZone: string): HTMLElement {
  const at = new Date(run.at);
  let stamp = run.date;
  try {
    if (!Number.isNaN(at.getTime()))
      stamp = at.toLocaleString('ru-RU', {
        timeZone,
        day: '2-digit',
        month: '2-digit',
        year: 'numeric',
        hour: '2-digit',
        minute: '2-digit',
      });
  } catch {
    // an unknown zone: the day is enough
  }
  return h(
    'li',
    { 'data-run': run.ok ? 'ok' : 'failed' },
    h('div', { class: 'small gray' }, `${stamp} · ${run.source === 'trigger' ? 'ежедневная проверка' : 'вручную'}`),
    h('div', { class: run.ok ? '' : 'error' }, run.message),
    run.sentTo.length
      ? h(
          'div',
          { class: 'small' },
          `Кому: ${run.sentTo.join(', ')}${run.sent > run.sentTo.length ? ` и ещё ${run.sent - run.sentTo.length}` : ''}`,
        )
      : null,
  );
}

function checkResult(r: Check): HTMLElement {
  return h(
    'div',
    { 'data-check-result': r.mode },
    notice(r.mode === 'send' && r.notSent === 0 ? 'success' : 'info', r.message),
    r.digests.length
      ? h(
          'ul',
          { class: 'list' },
          ...r.digests.map((d) =>
            h(
              'li',
              { 'data-digest': d.recipient, 'data-outcome': d.outcome },
              h('div', {}, h('b', {}, d.recipient), d.outcome === 'planned' ? '' : ` — ${OUTCOME_RU[d.outcome]}`),
              h('div', { class: 'small' }, d.subject),
              ...d.items.map((i) => h('div', { class: 'small gray' }, i)),
              ...d.notes.map((n) => h('div', { class: 'small gray' }, n)),
              d.message ? h('div', { class: 'small error' }, d.message) : null,
            ),
          ),
        )
      : null,
    r.digestCount > r.digests.length
      ? h('p', { class: 'small gray' }, `…и ещё писем: ${r.digestCount - r.digests.length}.`)
      : null,
    r.withoutRecipient.length ? notice('error', 'Некому отправить:', r.withoutRecipient) : null,
    r.errors.length ? notice('error', 'Не удалось собрать сообщения:', r.errors) : null,
  );
}

const OUTCOME_RU: Record<Check['digests'][number]['outcome'], string> = {
  planned: 'к отправке',
  sent: 'отправлено',
  quota: 'не отправлено: квота писем',
  error: 'не отправлено: ошибка',
  limit: 'отложено до следующей проверки',
};

async function act(
  status: HTMLElement,
  container: HTMLElement,
  state: SidebarState,
  work: () => Promise<HTMLElement | null>,
): Promise<void> {
  clear(status);
  append(status, spinner('Выполняется…'));
  for (const b of Array.from(container.querySelectorAll('button'))) b.setAttribute('disabled', '');
  try {
    const shown = await work();
    clear(container);
    await roadmapPanel.render(container, state);
    const slot = container.querySelector('[data-roadmap-status]');
    if (shown && slot) append(slot, shown);
  } catch (e) {
    clear(status);
    append(status, errorNotice(e));
    for (const b of Array.from(container.querySelectorAll('button'))) b.removeAttribute('disabled');
  }
}

export const roadmapPanel: Panel = {
  id: 'roadmap',
  title: 'Дорожная карта',
  async render(container, state) {
    const o = await call('getRoadmap', {});
    const status = h('div', { 'data-roadmap-status': '' });
    const todayRu = o.today.split('-').reverse().join('.');
    append(
      container,
      h('h2', {}, 'Дорожная карта'),
      h(
        'p',
        { class: 'gray small' },
        `Учебный год ${o.academicYear} · сегодня ${todayRu} · выполнено ${o.doneCount} из ${o.totalCount}`,
      ),
    );
    if (o.missingSheets.length) {
      append(
        container,
        notice(
          'error',
          `Нет ${o.missingSheets.length > 1 ? 'листов' : 'листа'} ${o.missingSheets.map((s) => `«${s}»`).join(', ')}: проверка и напоминания не работают. Запустите «Настроить таблицу» (вкладка «Банки»).`,
        ),
      );
    }
    for (const w of o.warnings) append(container, notice('error', w));

    const r = o.reminders;
    const toggle = h(
      'button',
      {
        class: r.on ? '' : 'action',
        'data-action': r.on ? 'reminders-off' : 'reminders-on',
        onclick: () =>
          void act(status, container, state, async () => {
            const v = await call('roadmapReminders', { on: !r.on });
            return notice(
              'success',
              v.on
                ? `Напоминания включены: около ${String(v.hour).padStart(2, '0')}:00 (${v.timeZone}).`
                : 'Напоминания выключены.',
            );
          }),
      },
      r.on ? 'Выключить напоминания' : 'Включить напоминания',
    );
    const check = (send: boolean) =>
      h(
        'button',
        {
          class: send ? '' : 'action',
          'data-action': send ? 'send' : 'check',
          title: send
            ? 'Отправить сегодняшние письма сейчас; кто уже получил письмо сегодня, второго не получит'
            : 'Показать, что будет отправлено сегодня, ничего не отправляя',
          onclick: () =>
            void act(status, container, state, async () => checkResult(await call('roadmapCheck', { send }))),
        },
        send ? 'Отправить сейчас' : 'Проверить сейчас',
      );
    append(
      container,
      h(
        'div',
        { class: 'card roadmap-reminders', 'data-reminders': r.on ? 'on' : 'off' },
        h(
          'div',
          {},
          h('b', {}, 'Напоминания '),
          h('span', { class: `badge ${r.on ? 'ok' : ''}` }, r.on ? 'включены' : 'выключены'),
        ),
        r.on
          ? h(
              'p',
              { class: 'small' },
              `Каждый день около ${String(r.hour).padStart(2, '0')}:00 (${r.timeZone}), письма от имени ${r.owner || 'владельца'}.`,
            )
          : h('p', { class: 'small gray' }, 'Письма о сроках не отправляются.'),
        o.recipients.length
          ? h('p', { class: 'small gray' }, `Получают все напоминания: ${o.recipients.join(', ')}`)
          : null,
        r.warning ? notice('error', r.warning) : null,
        r.info ? notice('info', r.info) : null,
        toggle,
        check(false),
        check(true),
      ),
      status,
    );
    if (r.runs.length)
      append(
        container,
        h('h3', {}, 'Последние запуски'),
        h('ul', { class: 'list roadmap-runs' }, ...r.runs.map((run) => runLine(run, r.timeZone))),
      );

    const all = o.stages.flatMap((s) => s.items);
    const byRow = new Map(all.map((i) => [i.row, i]));
    const overdue = o.overdue.map((row) => byRow.get(row)!).filter(Boolean);
    const next = o.next.map((row) => byRow.get(row)!).filter(Boolean);
    if (overdue.length)
      append(
        container,
        h('h3', {}, 'Просрочено ', h('span', { class: 'badge bad' }, overdue.length)),
        h('ul', { class: 'list', 'data-list': 'overdue' }, ...overdue.map(itemLine)),
      );
    append(
      container,
      h('h3', {}, 'Далее'),
      next.length
        ? h('ul', { class: 'list', 'data-list': 'next' }, ...next.map(itemLine))
        : h('p', { class: 'gray small' }, 'Сроков с датой до конца учебного года не осталось.'),
    );

    append(container, h('h3', {}, 'Этапы года'));
    for (const stage of o.stages) {
      append(
        container,
        h(
          'div',
          { class: 'roadmap-stage' },
          h('div', { class: 'roadmap-stage-title' }, stage.title),
          h('ul', { class: 'list' }, ...stage.items.map(itemLine)),
        ),
      );
    }
    if (o.problems.length) {
      append(
        container,
        h('h3', {}, 'Ошибки в листе ', h('span', { class: 'badge bad' }, o.problems.length)),
        h(
          'ul',
          { class: 'list', 'data-problems': '' },
          ...o.problems.map((p) =>
            h(
              'li',
              {},
              h('div', { class: 'small gray' }, `${p.sheet}, строка ${p.row}${p.column ? `, «${p.column}»` : ''}`),
              h('div', {}, p.message),
              p.fix ? h('div', { class: 'small' }, p.fix) : null,
            ),
          ),
        ),
      );
    }
    append(
      container,
      h(
        'div',
        { class: 'footer' },
        h('a', { href: o.sheetUrl, target: '_blank', rel: 'noopener' }, 'Открыть лист «Дорожная карта»'),
      ),
    );
  },
};
