// «Итоги года»: the monitoring summary, events and publications, the practice library, completing programs and the year.
// Each section loads its own data when opened, so the panel opens with one call.
import { eventKindRu, eventKinds, type EventKind } from '../../domain/events/event';
import { audienceRu } from '../../domain/monitoring/questions';
import { swotTitlesRu } from '../../domain/monitoring/swot';
import { practiceKindRu } from '../../domain/practices/practice';
import { decimalRu, percentRu, signedRu } from '../../domain/text/number-ru';
import type { RpcOutput } from '../../rpc/contract';
import { append, clear, h, notice, spinner } from '../dom';
import { call, RpcError } from '../rpc-client';
import { errorNotice } from '../error-notice';
import { showPanelAt } from '../start';
import type { Panel, SidebarState } from './panel';

type Monitoring = RpcOutput<'closingMonitoring'>;
type Group = Monitoring['school'];

const ru = (iso: string | null) => (iso ? iso.split('-').reverse().join('.') : '');
const avg = (n: number | null) => (n === null ? '—' : decimalRu(n));

function stat(label: string, value: string | number, key: string): HTMLElement {
  return h('div', { class: 'stat', 'data-stat': key }, h('b', {}, value), label);
}

/** What a section's loader gets: where to report outcomes (kept across reloads) and how to reload itself. */
interface SectionTools {
  status: HTMLElement;
  reload: () => Promise<void>;
}

/** A section that loads when opened and reloads itself after an action; its status line survives the reload. */
function section(
  id: string,
  title: string,
  open: boolean,
  load: (body: HTMLElement, tools: SectionTools) => Promise<void>,
): HTMLElement {
  const body = h('div', { class: 'closing-body' });
  const status = h('div', { 'data-status': '' });
  let loaded = false;
  const reload = async () => {
    const fresh = h('div', {});
    if (!body.firstChild) append(body, spinner('Загрузка…'));
    try {
      await load(fresh, { status, reload });
      clear(body);
      append(body, fresh);
    } catch (e) {
      clear(body);
      append(body, errorNotice(e));
    }
  };
  const details = h(
    'details',
    { class: 'closing-section', 'data-closing-section': id, open },
    h('summary', {}, title),
    status,
    body,
  );
  details.addEventListener('toggle', () => {
    if (details.open && !loaded) {
      loaded = true;
      void reload();
    }
  });
  if (open) {
    loaded = true;
    void reload();
  }
  return details;
}

/** Runs an action, then reloads the section and says what was done (or what went wrong) in its status line. */
async function act(tools: SectionTools, work: () => Promise<string>): Promise<void> {
  const { status, reload } = tools;
  clear(status);
  append(status, spinner('Выполняется…'));
  try {
    const text = await work();
    await reload();
    clear(status);
    append(status, notice('success', text));
  } catch (e) {
    clear(status);
    append(status, errorNotice(e));
  }
}

function bar(value: number | null): HTMLElement {
  return h(
    'div',
    { class: 'progress' },
    h('div', { style: `width:${value === null ? 0 : Math.round((value / 10) * 100)}%` }),
  );
}

function rates(g: Group): HTMLElement {
  const c = g.competence;
  return h(
    'div',
    { class: 'stats' },
    stat(`ответили из ${g.expected}`, g.answered, 'answered'),
    stat('доля ответивших', g.rate === null ? '—' : percentRu(g.rate), 'rate'),
    stat('средняя оценка', avg(g.averageRating), 'average'),
    stat('рост компетенций', c.change === null ? '—' : `${avg(c.before)} → ${avg(c.after)}`, 'competence'),
  );
}

function ratingsList(g: Group): HTMLElement {
  return h(
    'ul',
    { class: 'list', 'data-ratings': '' },
    ...g.ratings.map((r) =>
      h(
        'li',
        { 'data-rating': r.code },
        h('div', {}, r.question, ' ', h('span', { class: 'gray small' }, `(${audienceRu[r.audience]})`)),
        h(
          'div',
          { class: 'small' },
          h('b', {}, avg(r.average)),
          ` из 10 · ответов: ${r.count} · `,
          h('span', { class: 'gray' }, `1–10: ${r.distribution.join(' ')}`),
        ),
        bar(r.average),
      ),
    ),
  );
}

async function loadMonitoring(body: HTMLElement, tools: SectionTools): Promise<void> {
  const m = await call('closingMonitoring', {});
  const s = m.school;
  append(
    body,
    h(
      'p',
      { class: 'gray small' },
      `Учебный год ${m.year}. Срок анкетирования по дорожной карте — до ${ru(m.deadline)}.`,
    ),
    rates(s),
    h(
      'p',
      { class: 'small' },
      `Наставляемые: ${s.byRole.mentee.answered} из ${s.byRole.mentee.expected}; наставники: ${s.byRole.mentor.answered} из ${s.byRole.mentor.expected}.`,
    ),
    m.curatorAnswered ? null : h('p', { class: 'small gray' }, 'Анкета куратора ещё не заполнена.'),
    h(
      'div',
      { class: 'card', 'data-invites': '' },
      h(
        'div',
        { class: 'small' },
        `Личные ссылки отправлены: ${m.invites.sent}, ответили: ${m.invites.answered}${m.invites.notSent ? `, ещё не отправлены: ${m.invites.notSent}` : ''}.`,
      ),
      m.invites.waiting.length
        ? h(
            'details',
            {},
            h('summary', { class: 'small' }, 'Кто не ответил'),
            h('p', { class: 'small' }, m.invites.waiting.join(', ')),
          )
        : null,
      h(
        'button',
        {
          class: m.invites.notSent ? 'action' : '',
          'data-send-questionnaires': '',
          onclick: () =>
            void act(tools, async () => {
              const r = await call('closingSendQuestionnaires', {});
              const made = r.forms.filter((f) => f.outcome !== 'exists').length;
              return [
                made ? `Анкеты созданы или обновлены: ${made}.` : '',
                `Отправлено ссылок: ${r.sent}.`,
                r.remaining ? `Осталось: ${r.remaining} — нажмите ещё раз.` : '',
                r.withoutEmail.length ? `Нет адреса: ${r.withoutEmail.join(', ')}.` : '',
                ...r.failed,
              ]
                .filter(Boolean)
                .join(' ');
            }),
        },
        'Разослать анкеты',
      ),
      m.invites.sheetUrl
        ? h(
            'a',
            { href: m.invites.sheetUrl, target: '_blank', rel: 'noopener', class: 'small' },
            'Лист «Рассылка анкет»',
          )
        : null,
    ),
    m.unmatched
      ? h(
          'p',
          { class: 'small warning' },
          `Анкет не по парам этого года: ${m.unmatched} (остаются на листе, в сводку не входят).`,
        )
      : null,
    h('h3', {}, 'Оценки'),
    s.ratings.length ? ratingsList(s) : h('p', { class: 'gray' }, 'Ответов пока нет.'),
    s.competence.byCompetence.length
      ? h(
          'div',
          {},
          h('h3', {}, 'Компетенции: до и после'),
          h(
            'ul',
            { class: 'list' },
            ...s.competence.byCompetence.map((c) =>
              h(
                'li',
                { class: 'small' },
                `${c.competence}: ${avg(c.before)} → ${avg(c.after)} (${c.change === null ? '—' : signedRu(c.change)}), ответов ${c.count}`,
              ),
            ),
          ),
        )
      : null,
    h('h3', {}, 'По формам наставничества'),
    h(
      'ul',
      { class: 'list', 'data-by-form': '' },
      h(
        'li',
        { class: 'small' },
        `Индивидуальная: ответили ${m.byForm.individual.answered} из ${m.byForm.individual.expected}, средняя ${avg(m.byForm.individual.averageRating)}`,
      ),
      h(
        'li',
        { class: 'small' },
        `Групповая: ответили ${m.byForm.group.answered} из ${m.byForm.group.expected}, средняя ${avg(m.byForm.group.averageRating)}`,
      ),
    ),
    h(
      'h3',
      {},
      'Требуют внимания ',
      h('span', { class: `badge ${m.attention.length ? 'bad' : 'ok'}` }, m.attention.length || 'нет'),
    ),
    h(
      'ul',
      { class: 'list', 'data-attention': '' },
      ...m.attention
        .slice(0, 30)
        .map((p) =>
          h(
            'li',
            { 'data-pair': p.pairId },
            h(
              'div',
              {},
              h('b', {}, p.pairId),
              ' ',
              h('span', { class: 'small gray' }, [...p.mentorNames, ...p.menteeNames].join(', ')),
            ),
            ...p.attention.map((a) => h('div', { class: 'small' }, a)),
          ),
        ),
    ),
    m.proposals.length
      ? h(
          'div',
          { 'data-proposals': '' },
          h('h3', {}, 'Предложены для копилки'),
          h(
            'ul',
            { class: 'list' },
            ...m.proposals.map((p) =>
              h(
                'li',
                { 'data-proposal': p.key },
                h('div', {}, p.text),
                h('div', { class: 'small gray' }, `${p.authorName} (${audienceRu[p.role]}), ${p.pairId}`),
                h(
                  'button',
                  {
                    class: 'link small',
                    onclick: () =>
                      void act(
                        tools,
                        async () => `Добавлено в копилку: ${(await call('closingAcceptProposal', { key: p.key })).id}.`,
                      ),
                  },
                  'В копилку',
                ),
                ' · ',
                h(
                  'button',
                  {
                    class: 'link small',
                    onclick: () =>
                      void act(
                        tools,
                        async () => (await call('closingDeclineProposal', { key: p.key }), 'Предложение отклонено.'),
                      ),
                  },
                  'Отклонить',
                ),
              ),
            ),
          ),
        )
      : null,
    h(
      'details',
      {},
      h('summary', {}, 'Открытые ответы'),
      ...m.openAnswers.map((g) =>
        h(
          'div',
          {},
          h('h3', {}, g.question),
          h(
            'ul',
            { class: 'list' },
            ...g.answers.map((a) =>
              h('li', { class: 'small' }, a.text, a.count > 1 ? h('span', { class: 'badge' }, `×${a.count}`) : null),
            ),
          ),
          g.more ? h('p', { class: 'small gray' }, `…и ещё ${g.more} (лист «Мониторинг»).`) : null,
        ),
      ),
    ),
    h(
      'details',
      { 'data-swot': '' },
      h('summary', {}, 'SWOT: заготовка для отчёта'),
      ...(Object.keys(swotTitlesRu) as Array<keyof typeof swotTitlesRu>).map((k) =>
        h(
          'div',
          {},
          h('h3', {}, swotTitlesRu[k]),
          m.swot[k].length
            ? h('ul', {}, ...m.swot[k].map((x) => h('li', { class: 'small' }, x)))
            : h('p', { class: 'small gray' }, '—'),
        ),
      ),
    ),
    m.problems.length
      ? notice(
          'error',
          `Ошибки на листах мониторинга: ${m.problems.length}.`,
          m.problems.slice(0, 10).map((p) => `${p.sheet}, строка ${p.row}: ${p.message} ${p.fix}`),
        )
      : null,
    h(
      'div',
      { class: 'footer' },
      h(
        'button',
        { class: 'action', 'data-open-report': '', onclick: () => openDocuments('monitoring-report') },
        'Отчёт о мониторинге…',
      ),
      h('button', { 'data-reload': '', onclick: () => void tools.reload() }, 'Обновить'),
      h('a', { href: m.sheetUrl, target: '_blank', rel: 'noopener', class: 'small' }, 'Лист «Мониторинг»'),
    ),
  );
}

/** The panel's sidebar, to open «Документы» at the closing documents (generation, progress and register live there). */
let sidebar: SidebarState | null = null;

function openDocuments(section: 'monitoring-report' | 'pair-reports'): void {
  if (sidebar) showPanelAt(sidebar, 'documents', section);
}

function field(label: string, input: HTMLElement): HTMLElement {
  return h('div', {}, h('label', {}, label), input);
}

async function loadEvents(body: HTMLElement, tools: SectionTools): Promise<void> {
  const v = await call('closingEvents', {});
  const date = h('input', { type: 'date', name: 'date' });
  const kind = h('select', { name: 'kind' }, ...eventKinds.map((k) => h('option', { value: k }, eventKindRu[k])));
  const title = h('input', { type: 'text', name: 'title', maxlength: 300 });
  const participants = h('input', { type: 'text', name: 'participants' });
  const count = h('input', { type: 'number', name: 'participantCount', min: 0 });
  const materials = h('textarea', { name: 'materials', rows: 2 });
  const outcome = h('textarea', { name: 'outcome', rows: 2 });
  const form = h(
    'form',
    {
      'data-event-form': '',
      onsubmit: (e: Event) => {
        e.preventDefault();
        void act(tools, async () => {
          const r = await call('closingRecordEvent', {
            date: date.value,
            kind: kind.value as EventKind,
            title: title.value,
            participants: participants.value,
            participantCount: count.value === '' ? null : Number(count.value),
            materials: materials.value,
            outcome: outcome.value,
          });
          return `Мероприятие ${r.id} записано.${r.drafted.length ? ` Черновики публикаций: ${r.drafted.map((d) => d.title).join('; ')}.` : ''}`;
        });
      },
    },
    field('Дата', date),
    field('Вид', kind),
    field('Тема', title),
    field('Участники', participants),
    field('Число участников', count),
    field('Материалы (ссылки)', materials),
    field('Итог', outcome),
    h('button', { class: 'action', type: 'submit' }, 'Записать мероприятие'),
  );
  append(
    body,
    h('details', {}, h('summary', {}, 'Новое мероприятие'), form),
    h('h3', {}, 'Мероприятия года'),
    v.events.length
      ? h(
          'ul',
          { class: 'list', 'data-events': '' },
          ...v.events.map((e) =>
            h(
              'li',
              { 'data-event': e.id },
              h('div', {}, `${ru(e.date)} · ${eventKindRu[e.kind]}`),
              h('div', {}, e.title),
              h(
                'div',
                { class: 'small' },
                h(
                  'span',
                  { class: `badge ${e.status === 'held' ? 'ok' : e.status === 'cancelled' ? 'bad' : ''}` },
                  e.status === 'held' ? 'проведено' : e.status === 'cancelled' ? 'отменено' : 'запланировано',
                ),
                ' ',
                e.status === 'held'
                  ? h(
                      'span',
                      { class: `badge ${e.published ? 'ok' : e.hasDraft ? 'warn' : 'bad'}` },
                      e.published ? 'опубликовано' : e.hasDraft ? 'черновик' : 'нет публикации',
                    )
                  : null,
              ),
            ),
          ),
        )
      : h('p', { class: 'gray' }, 'Мероприятий пока нет.'),
    h(
      'button',
      {
        disabled: v.pendingDrafts === 0,
        'data-draft-publications': '',
        onclick: () =>
          void act(
            tools,
            async () => `Подготовлено черновиков: ${(await call('closingDraftPublications', {})).drafted.length}.`,
          ),
      },
      `Подготовить черновики публикаций${v.pendingDrafts ? ` (${v.pendingDrafts})` : ''}`,
    ),
    h('h3', {}, 'Публикации'),
    h(
      'ul',
      { class: 'list', 'data-publications': '' },
      ...v.publications.map((p) => {
        const link = h('input', { type: 'text', placeholder: 'Ссылка на новость', value: p.link });
        return h(
          'li',
          { 'data-publication': p.id },
          h(
            'div',
            {},
            h('b', {}, p.title),
            ' ',
            h(
              'span',
              { class: `badge ${p.status === 'published' ? 'ok' : 'warn'}` },
              p.status === 'published' ? 'опубликовано' : 'черновик',
            ),
          ),
          h(
            'details',
            {},
            h('summary', { class: 'small' }, 'Текст'),
            h('p', { class: 'small' }, p.text),
            h('p', { class: 'small gray' }, `Приложить: ${p.attachments}`),
          ),
          p.status === 'published'
            ? h('a', { href: p.link, target: '_blank', rel: 'noopener', class: 'small' }, p.link)
            : h(
                'div',
                {},
                link,
                h(
                  'button',
                  {
                    class: 'small',
                    onclick: () =>
                      void act(
                        tools,
                        async () => (
                          await call('closingMarkPublished', { id: p.id, link: link.value }),
                          'Публикация отмечена.'
                        ),
                      ),
                  },
                  'Опубликовано',
                ),
              ),
        );
      }),
    ),
    v.problems.length
      ? notice(
          'error',
          `Ошибки в строках: ${v.problems.length}.`,
          v.problems.slice(0, 10).map((p) => `${p.sheet}, строка ${p.row}: ${p.message}`),
        )
      : null,
    h(
      'div',
      { class: 'footer small' },
      h('a', { href: v.eventsUrl, target: '_blank', rel: 'noopener' }, 'Лист «Мероприятия»'),
      ' · ',
      h('a', { href: v.publicationsUrl, target: '_blank', rel: 'noopener' }, 'Лист «Публикации»'),
    ),
  );
}

async function loadLibrary(body: HTMLElement, tools: SectionTools): Promise<void> {
  const searching: SectionTools = { status: tools.status, reload: () => search() };
  const query = h('input', {
    type: 'text',
    placeholder: 'Поиск: слова из названия, тегов, описания',
    'data-library-query': '',
  });
  const competence = h('select', {}, h('option', { value: '' }, 'Любой запрос'));
  const best = h('input', { type: 'checkbox' });
  const results = h('div', { 'data-library-results': '' });
  const selected = new Set<string>();
  const search = async () => {
    clear(results);
    append(results, spinner('Поиск…'));
    try {
      const r = await call('closingLibrary', {
        text: query.value,
        competence: competence.value || undefined,
        bestOnly: best.checked,
      });
      if (competence.options.length === 1)
        for (const c of r.competencies) competence.appendChild(h('option', { value: c }, c));
      clear(results);
      selected.clear();
      append(
        results,
        h('p', { class: 'small gray' }, `Найдено: ${r.total}.`),
        h(
          'ul',
          { class: 'list' },
          ...r.hits.map((p) =>
            h(
              'li',
              { 'data-practice': p.id },
              h(
                'label',
                { class: 'closing-check' },
                h('input', {
                  type: 'checkbox',
                  onchange: (e: Event) =>
                    (e.target as HTMLInputElement).checked ? selected.add(p.id) : selected.delete(p.id),
                }),
                h('b', {}, p.title),
              ),
              p.best ? h('span', { class: 'badge ok' }, 'лучшая практика') : null,
              h(
                'div',
                { class: 'small gray' },
                `${p.authors} · ${p.year} · ${practiceKindRu[p.kind]}${p.pairId ? ` · ${p.pairId}` : ''}`,
              ),
              p.description ? h('div', { class: 'small' }, p.description) : null,
              p.tags.length ? h('div', { class: 'small gray' }, p.tags.map((t) => `#${t}`).join(' ')) : null,
            ),
          ),
        ),
        h('button', { onclick: () => void markBest(true) }, 'Отметить лучшими'),
        h('button', { onclick: () => void markBest(false) }, 'Снять отметку'),
        h(
          'p',
          { class: 'small' },
          h('a', { href: r.sheetUrl, target: '_blank', rel: 'noopener' }, 'Лист «Методическая копилка»'),
        ),
      );
    } catch (e) {
      clear(results);
      append(results, errorNotice(e));
    }
  };
  const markBest = (value: boolean) =>
    act(searching, async () => {
      if (!selected.size) throw new RpcError({ code: 'user_error', message: 'Отметьте практики галочками.' });
      await call('closingMarkBest', { ids: [...selected], best: value });
      return value ? 'Отмечены лучшие практики.' : 'Отметка снята.';
    });
  const title = h('input', { type: 'text' });
  const authors = h('input', { type: 'text' });
  const description = h('textarea', { rows: 3 });
  const tags = h('input', { type: 'text', placeholder: 'через «;»' });
  const kind = h(
    'select',
    {},
    h('option', { value: 'practice' }, practiceKindRu.practice),
    h('option', { value: 'method' }, practiceKindRu.method),
  );
  const roundTable = h('input', { type: 'checkbox' });
  const add = h(
    'form',
    {
      onsubmit: (e: Event) => {
        e.preventDefault();
        void act(searching, async () => {
          const r = await call('closingAddPractice', {
            title: title.value,
            authors: authors.value,
            description: description.value,
            tags: tags.value
              .split(';')
              .map((t) => t.trim())
              .filter(Boolean),
            kind: kind.value as 'practice' | 'method',
            fromRoundTable: roundTable.checked,
            competencies: competence.value ? [competence.value] : [],
          });
          return `Практика ${r.id} добавлена.`;
        });
      },
    },
    field('Название', title),
    field('Авторы', authors),
    field('Описание', description),
    field('Теги', tags),
    field('Тип', kind),
    h('label', { class: 'closing-check' }, roundTable, 'Принята на круглом столе'),
    h('p', { class: 'small gray' }, 'Запрос — из фильтра поиска выше.'),
    h('button', { class: 'action', type: 'submit' }, 'Добавить в копилку'),
  );
  append(
    body,
    query,
    competence,
    h('label', { class: 'closing-check' }, best, 'Только лучшие практики'),
    h('button', { onclick: () => void search() }, 'Найти'),
    results,
    h('details', {}, h('summary', {}, 'Добавить практику'), add),
  );
  query.addEventListener('keydown', (e) => {
    if (e.key === 'Enter') void search();
  });
  await search();
}

async function loadYear(body: HTMLElement, tools: SectionTools): Promise<void> {
  const pairs = await call('closingPairs', {});
  const chosen = new Set(pairs.open.filter((p) => p.due).map((p) => p.id));
  const plan = h('div', { 'data-year-plan': '' });
  const showPlan = async () => {
    clear(plan);
    append(plan, spinner('Составляю план…'));
    try {
      const p = await call('yearClosePreview', {});
      clear(plan);
      const confirm = h('input', { type: 'checkbox', 'data-year-confirm': '' });
      const run = h(
        'button',
        {
          class: 'share',
          disabled: true,
          'data-year-run': '',
          onclick: () =>
            void act(tools, async () => {
              const r = await call('yearCloseRun', { fingerprint: p.fingerprint });
              return `Учебный год ${r.fromYear} завершён, начат ${r.toYear}. Архивы: ${r.archived.map((a) => `«${a.archiveName}»`).join(', ')}.`;
            }),
        },
        'Завершить учебный год',
      );
      confirm.addEventListener('change', () => (run.disabled = !confirm.checked));
      append(
        plan,
        ...p.blockers.map((b) => notice('error', b)),
        ...p.warnings.map((w) => h('p', { class: 'small warning' }, w)),
        h('ul', { class: 'small' }, ...p.lines.map((l) => h('li', {}, l))),
        p.blockers.length
          ? null
          : h('div', {}, h('label', { class: 'closing-check' }, confirm, 'План проверен, завершить год'), run),
      );
    } catch (e) {
      clear(plan);
      append(plan, errorNotice(e));
    }
  };
  append(
    body,
    h('h3', {}, 'Завершение программ'),
    pairs.open.length
      ? h(
          'ul',
          { class: 'list', 'data-open-pairs': '' },
          ...pairs.open.map((p) =>
            h(
              'li',
              {},
              h(
                'label',
                { class: 'closing-check' },
                h('input', {
                  type: 'checkbox',
                  checked: p.due,
                  'data-pair-check': p.id,
                  onchange: (e: Event) =>
                    (e.target as HTMLInputElement).checked ? chosen.add(p.id) : chosen.delete(p.id),
                }),
                h('b', {}, p.id),
              ),
              h(
                'div',
                { class: 'small gray' },
                `${[...p.mentorNames, ...p.menteeNames].join(', ')} · до ${ru(p.endDate)} · ${p.status}`,
              ),
            ),
          ),
        )
      : h('p', { class: 'gray' }, `Действующих пар нет. Завершено: ${pairs.finished}.`),
    pairs.open.length
      ? h(
          'button',
          {
            'data-complete-programs': '',
            onclick: () =>
              void act(tools, async () => {
                const r = await call('closingCompletePrograms', { pairIds: [...chosen] });
                return `Завершены программы: ${r.finished.join(', ')}.${r.menteesContinuing.length ? ` Продолжат участие: ${r.menteesContinuing.map((m) => m.name).join(', ')}.` : ''}`;
              }),
          },
          'Завершить программы выбранных пар',
        )
      : null,
    pairs.finished
      ? h(
          'p',
          { class: 'small' },
          `Завершили программу: ${pairs.finished}. `,
          h(
            'button',
            { class: 'link small', 'data-open-pair-reports': '', onclick: () => openDocuments('pair-reports') },
            'Итоговые отчёты пар…',
          ),
        )
      : null,
    h('h3', {}, 'Завершение учебного года'),
    h(
      'p',
      { class: 'small gray' },
      'Сначала дополнение покажет, что именно будет перенесено в архив, что останется и что продолжится. Ничего не удаляется.',
    ),
    h('button', { 'data-year-preview': '', onclick: () => void showPlan() }, 'Показать план'),
    plan,
  );
}

export const closingPanel: Panel = {
  id: 'closing',
  title: 'Итоги года',
  render(container, state) {
    sidebar = state;
    append(
      container,
      h('h2', {}, 'Итоги года'),
      section('monitoring', 'Мониторинг', true, loadMonitoring),
      section('events', 'Мероприятия и публикации', false, loadEvents),
      section('library', 'Методическая копилка', false, loadLibrary),
      section('year', 'Завершение года', false, loadYear),
    );
  },
};
