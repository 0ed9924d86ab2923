// «Формы»: both Google Forms with their state and links («Скопировать ссылку»), the answer trigger, answers waiting,
// and the «Карантин» rows waiting for «Принять» / «Отклонить».
import { append, clear, h, notice, spinner } from '../dom';
import { call } from '../rpc-client';
import { errorNotice } from '../error-notice';
import type { RpcOutput } from '../../rpc/contract';
import type { Panel, SidebarState } from './panel';

type Status = RpcOutput<'getFormsStatus'>;
type FormInfo = Status['forms'][number];
type QuarantineInfo = Status['quarantine']['waiting'][number];

const STATE: Record<FormInfo['state'], { text: string; badge: string }> = {
  none: { text: 'не создана', badge: '' },
  open: { text: 'принимает ответы', badge: 'ok' },
  closed: { text: 'ответы не принимаются', badge: 'warn' },
  trashed: { text: 'в корзине', badge: 'bad' },
  deleted: { text: 'удалена', badge: 'bad' },
  incomplete: { text: 'не доделана', badge: 'warn' },
};

/** Runs an action, re-renders the panel and shows the outcome at its top. */
async function act(
  container: HTMLElement,
  state: SidebarState,
  status: HTMLElement,
  work: () => Promise<HTMLElement>,
): Promise<void> {
  clear(status);
  append(status, spinner('Выполняется…'));
  try {
    const outcome = await work();
    clear(container);
    await formsPanel.render(container, state);
    const top = container.querySelector('[data-forms-status]');
    append(top ?? container, outcome);
  } catch (e) {
    clear(status);
    append(status, errorNotice(e));
  }
}

/** Copies text; the Clipboard API may be refused inside the add-on's frame, so the selected field is copied instead. */
async function copy(input: HTMLInputElement): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(input.value);
    return true;
  } catch {
    input.focus();
    input.select();
    return document.execCommand('copy');
  }
}

function formCard(f: FormInfo, run: (work: () => Promise<HTMLElement>) => void): HTMLElement {
  const s = STATE[f.state];
  const create = (rebuild: boolean, caption: string, cls = '') =>
    h(
      'button',
      {
        class: cls,
        'data-action': rebuild ? 'rebuild' : 'create',
        onclick: () =>
          run(async () => {
            const r = await call('formsCreate', { kind: f.kind, rebuild });
            const text = {
              created: 'Форма создана и принимает ответы.',
              recreated: 'Форма создана заново.',
              rebuilt: 'Вопросы перестроены по справочникам; ссылка и ответы прежние.',
              resumed: 'Форма доделана.',
              exists: 'Форма уже есть.',
            }[r.outcome];
            return notice('success', `«${r.label}»: ${text}`, r.notes);
          }),
      },
      caption,
    );
  const card = h(
    'div',
    { class: 'card forms-card', 'data-form': f.kind },
    h('h3', {}, f.label, ' ', h('span', { class: `badge ${s.badge}`, 'data-form-state': f.state }, s.text)),
  );
  if (f.state === 'none') {
    append(
      card,
      h('p', { class: 'gray small' }, 'Форма ещё не создана. Ответы будут сами попадать в банк.'),
      create(false, 'Создать форму', 'action'),
    );
    return card;
  }
  if (f.state === 'deleted' || f.state === 'trashed') {
    append(
      card,
      h(
        'p',
        { class: 'small' },
        `Форма ${f.state === 'trashed' ? 'в корзине Google Диска' : 'удалена'}. Создайте новую: у неё будет новая ссылка${f.sheet ? `, прежние ответы останутся на листе «${f.sheet}»` : ''}.`,
      ),
      create(false, 'Создать заново', 'action'),
    );
    return card;
  }
  if (f.publishedUrl) {
    const input = h('input', {
      type: 'text',
      readonly: true,
      value: f.publishedUrl,
      'aria-label': 'Ссылка для педагогов',
      class: 'forms-link',
    }) as HTMLInputElement;
    const copied = h('span', { class: 'small success', role: 'status' });
    append(
      card,
      h('label', {}, 'Ссылка для педагогов'),
      input,
      h(
        'div',
        { class: 'forms-actions' },
        h(
          'button',
          {
            class: 'action',
            'data-action': 'copy',
            onclick: () =>
              void copy(input).then((ok) => {
                copied.textContent = ok ? 'Ссылка скопирована.' : 'Скопируйте выделенную ссылку: Ctrl+C.';
              }),
          },
          'Скопировать ссылку',
        ),
        copied,
      ),
    );
  }
  append(
    card,
    h(
      'p',
      { class: 'small' },
      f.publishedUrl
        ? h(
            'a',
            { href: f.publishedUrl, target: '_blank', rel: 'noopener', 'data-action': 'open-published' },
            'Открыть как педагог',
          )
        : null,
      f.publishedUrl && f.editUrl ? ' · ' : null,
      f.editUrl ? h('a', { href: f.editUrl, target: '_blank', rel: 'noopener' }, 'Редактировать') : null,
      f.editUrl && f.sheetUrl ? ' · ' : null,
      f.sheetUrl ? h('a', { href: f.sheetUrl, target: '_blank', rel: 'noopener' }, `Ответы: «${f.sheet}»`) : null,
    ),
    h(
      'p',
      { class: 'small gray', 'data-form-answers': String(f.answers) },
      `Ответов получено: ${f.answers}.`,
      f.pending ? h('b', { class: 'warning' }, ` Ждут обработки: ${f.pending}.`) : null,
    ),
    f.state === 'incomplete' ? create(false, 'Доделать форму', 'action') : create(true, 'Перестроить вопросы'),
  );
  return card;
}

function quarantineItem(q: QuarantineInfo, run: (work: () => Promise<HTMLElement>) => void): HTMLElement {
  const ref = { row: q.row, key: q.key };
  const at = q.at ? new Date(q.at).toLocaleString('ru-RU', { dateStyle: 'short', timeStyle: 'short' }) : '';
  return h(
    'li',
    { 'data-quarantine-row': String(q.row) },
    h('div', { class: 'small gray' }, `${q.form} · ${at} · строка ${q.row}`),
    h('div', {}, h('b', {}, q.fullName || 'Без ФИО'), q.email ? ` (${q.email})` : ''),
    h('div', { class: 'small error forms-reason' }, q.reason),
    h('details', {}, h('summary', { class: 'small' }, 'Ответ целиком'), h('pre', { class: 'forms-answer' }, q.answer)),
    h('p', { class: 'small gray' }, 'Исправьте ответ в столбце «Ответ» листа «Карантин», затем нажмите «Принять».'),
    h(
      'div',
      { class: 'forms-actions' },
      h(
        'button',
        {
          class: 'action',
          'data-action': 'accept',
          onclick: () =>
            run(async () => {
              const r = await call('quarantineAccept', ref);
              return r.accepted ? notice('success', r.message) : notice('error', r.message, r.reasons);
            }),
        },
        'Принять',
      ),
      h(
        'button',
        {
          'data-action': 'reject',
          onclick: () => run(async () => notice('info', (await call('quarantineReject', ref)).message)),
        },
        'Отклонить',
      ),
      h(
        'button',
        {
          class: 'link small',
          'data-action': 'show',
          onclick: () =>
            run(async () =>
              notice(
                'info',
                `Выделена ячейка Карантин!${(await call('selectCell', { sheet: 'Карантин', row: q.row, column: 'Ответ' })).a1}.`,
              ),
            ),
        },
        'Показать строку',
      ),
    ),
  );
}

export const formsPanel: Panel = {
  id: 'forms',
  title: 'Формы',
  async render(container, state) {
    const s = await call('getFormsStatus', {});
    const status = h('div', { 'data-forms-status': '' });
    const run = (work: () => Promise<HTMLElement>) => void act(container, state, status, work);
    if (!s.isSetUp) {
      append(
        container,
        h('h2', {}, 'Формы'),
        h(
          'p',
          {},
          'Сначала настройте таблицу (панель «Банки» → «Настроить таблицу»): формы записывают ответы в её банки.',
        ),
        status,
      );
      return;
    }
    const pending = s.forms.reduce((n, f) => n + f.pending, 0);
    const anyForm = s.forms.some((f) => f.id !== '');
    append(
      container,
      h('h2', {}, 'Формы'),
      status,
      ...s.forms.map((f) => formCard(f, run)),
      h(
        'div',
        { class: 'card', 'data-trigger': s.trigger.installed ? 'installed' : 'missing' },
        h(
          'h3',
          {},
          'Обработчик ответов ',
          h(
            'span',
            { class: `badge ${s.trigger.installed ? 'ok' : anyForm ? 'bad' : ''}` },
            s.trigger.installed ? 'установлен' : 'не установлен',
          ),
        ),
        h(
          'p',
          { class: 'small gray' },
          'Один триггер таблицы переносит ответы всех форм в банки; ошибочные ответы откладываются в «Карантин».',
        ),
        s.trigger.count > 1
          ? h(
              'p',
              { class: 'small warning' },
              `Найдено обработчиков: ${s.trigger.count}; лишние будут удалены при установке.`,
            )
          : null,
        !s.trigger.installed || s.trigger.count > 1
          ? h(
              'button',
              {
                class: 'action',
                'data-action': 'install-trigger',
                onclick: () =>
                  run(
                    async () => (
                      await call('formsInstallTrigger', {}),
                      notice('success', 'Обработчик ответов установлен.')
                    ),
                  ),
              },
              'Установить обработчик',
            )
          : null,
        pending
          ? h(
              'button',
              {
                'data-action': 'process',
                onclick: () =>
                  run(async () => {
                    const r = await call('formsProcessAnswers', {});
                    return notice(
                      'success',
                      `Обработано: добавлено ${r.added}, обновлено ${r.updated}, без изменений ${r.unchanged}, в карантин ${r.quarantined}.${r.remaining ? ` Осталось: ${r.remaining}.` : ''}`,
                    );
                  }),
              },
              `Обработать ответы (${pending})`,
            )
          : null,
        anyForm
          ? h(
              'button',
              {
                'data-action': 'update',
                onclick: () =>
                  run(async () => notice('success', 'Формы обновлены.', (await call('formsUpdate', {})).lines)),
              },
              'Обновить варианты из справочников',
            )
          : null,
      ),
      h(
        'h2',
        {},
        'Карантин ',
        h(
          'span',
          { class: `badge ${s.quarantine.total ? 'warn' : 'ok'}`, 'data-quarantine-total': String(s.quarantine.total) },
          s.quarantine.total ? `${s.quarantine.total}` : 'пусто',
        ),
      ),
      s.quarantine.total
        ? h(
            'p',
            { class: 'small gray' },
            'Ответы, не прошедшие проверку. Ничего не удаляется: исходный ответ остаётся в листе ответов формы.',
          )
        : h('p', { class: 'small gray' }, 'Все ответы прошли проверку.'),
      s.quarantine.total > s.quarantine.waiting.length
        ? h('p', { class: 'small gray' }, `Показаны последние ${s.quarantine.waiting.length} из ${s.quarantine.total}.`)
        : null,
      h('ul', { class: 'list', 'data-quarantine': '' }, ...s.quarantine.waiting.map((q) => quarantineItem(q, run))),
      s.quarantine.url
        ? h(
            'p',
            { class: 'small' },
            h('a', { href: s.quarantine.url, target: '_blank', rel: 'noopener' }, 'Открыть лист «Карантин»'),
          )
        : null,
    );
  },
};
