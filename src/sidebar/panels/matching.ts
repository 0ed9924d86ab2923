// «Подбор»: waiting mentees and their suggested mentors with reasons and blockers, the «Автоподбор» proposal to edit
// and confirm (total vs greedy), groups, open pairs (dissolve, replace, co-mentors), «поддержка без пары», bank analysis.
import { append, clear, h, notice, spinner } from '../dom';
import { takeStartSection } from '../start';
import { call } from '../rpc-client';
import { errorNotice } from '../error-notice';
import type { RpcInput, RpcOutput } from '../../rpc/contract';
import { countRu, type RuForms } from '../../domain/roadmap/plural-ru';
import type { Panel } from './panel';

const PAIRS: RuForms = ['пара', 'пары', 'пар'];

type Overview = RpcOutput<'matchingOverview'>;
type Suggest = RpcOutput<'matchingSuggest'>;
type Proposal = RpcOutput<'matchingPropose'>;
type ProposeInput = Required<Pick<RpcInput<'matchingPropose'>, 'mode' | 'pins' | 'exclusions' | 'skip' | 'revisit'>>;
type MenteeCard = Overview['waiting'][number];
type View = 'waiting' | 'propose' | 'groups' | 'pairs' | 'supported' | 'analysis';

const VIEWS: Array<[View, string]> = [
  ['waiting', 'Ожидают'],
  ['propose', 'Автоподбор'],
  ['groups', 'Группы'],
  ['pairs', 'Пары'],
  ['supported', 'Без пары'],
  ['analysis', 'Анализ'],
];

function badge(score: number): HTMLElement {
  return h(
    'span',
    {
      class: `badge matching-score ${score >= 70 ? 'ok' : score >= 40 ? 'warn' : 'bad'}`,
      title: 'Совместимость из 100',
    },
    score,
  );
}

function short(text: string): string {
  const head = text
    .replace(/\([^)]*\)/g, ' ')
    .split(/[,;:]/)[0]!
    .replace(/\s+/g, ' ')
    .trim();
  return head || text;
}

/** Runs an action with a spinner in `status`; a failure is shown there, never thrown. */
async function busy<T>(status: HTMLElement, text: string, work: () => Promise<T>): Promise<T | null> {
  clear(status);
  append(status, spinner(text));
  try {
    const r = await work();
    clear(status);
    return r;
  } catch (e) {
    clear(status);
    append(status, errorNotice(e));
    return null;
  }
}

function details(summary: string, ...children: Array<Node | string | null>): HTMLElement {
  return h('details', { class: 'matching-details' }, h('summary', {}, summary), ...children);
}

function confirmNotice(r: RpcOutput<'matchingConfirm'>): HTMLElement {
  const lines = [
    ...r.written.map(
      (w) =>
        `${w.pairId}: ${w.mentorNames.join(', ')} — ${w.menteeNames.join(', ')} (${w.score})${w.replaced ? ', наставник заменён' : ''}`,
    ),
    ...r.refused.map((x) => `Не сформирована: ${x.names} — ${x.reasons.join('; ')}`),
    ...r.supported.map((s) => `Поддержка без пары: ${s.name} — ${s.reason}`),
    ...(r.repaired.length ? [`Исправлены статусы: ${r.repaired.join(', ')}`] : []),
  ];
  const kind = r.written.length ? 'success' : 'error';
  const head = r.written.length
    ? `Сформировано: ${r.written.length}. Запись — на листе «Пары и группы», история — в «Журнале».`
    : 'Ничего не сформировано.';
  const box = notice(kind, head, lines);
  box.setAttribute('data-confirm-result', String(r.written.length));
  return box;
}

export const matchingPanel: Panel = {
  id: 'matching',
  title: 'Подбор',
  async render(container) {
    await new MatchingPanel(container).start();
  },
};

class MatchingPanel {
  private overview: Overview | null = null;
  private view: View = 'waiting';
  private readonly nav = h('div', { class: 'matching-nav', role: 'tablist' });
  private readonly body = h('div', { 'data-matching-body': '' });
  private readonly status = h('div', { 'data-matching-status': '' });
  private proposeInput: ProposeInput = { mode: 'maxScore', pins: [], exclusions: [], skip: [], revisit: false };
  private proposal: Proposal | null = null;

  constructor(private readonly root: HTMLElement) {}

  async start(): Promise<void> {
    for (const [id, title] of VIEWS) {
      this.nav.appendChild(
        h('button', { class: 'matching-tab', 'data-matching-view': id, onclick: () => void this.show(id) }, title),
      );
    }
    append(this.root, this.nav, this.status, this.body);
    this.overview = await call('matchingOverview', {});
    // What a menu item asked for (once): suggestions for the selection, or the proposal.
    const action = takeStartSection('matching');
    if (action === 'selection') return this.suggest({ selection: true });
    if (action === 'propose') return this.show('propose', true);
    await this.show('waiting');
  }

  private markTab(view: View): void {
    this.view = view;
    for (const b of Array.from(this.nav.children))
      b.setAttribute('aria-selected', String(b.getAttribute('data-matching-view') === view));
  }

  private async refreshOverview(): Promise<void> {
    this.overview = await call('matchingOverview', {});
  }

  async show(view: View, compute = false): Promise<void> {
    this.markTab(view);
    clear(this.body);
    clear(this.status);
    const o = this.overview!;
    if (o.blocking.length && view !== 'analysis' && view !== 'pairs') {
      append(this.body, notice('error', 'Подбор не работает, пока не исправлены «Настройки»:', o.blocking));
      return;
    }
    if (o.warnings.length)
      append(
        this.body,
        details(
          `Замечания (${o.warnings.length})`,
          h('ul', { class: 'small' }, ...o.warnings.map((w) => h('li', {}, w))),
        ),
      );
    switch (view) {
      case 'waiting':
        return this.renderWaiting(o);
      case 'propose':
        return this.renderPropose(compute);
      case 'groups':
        return this.renderGroups(o);
      case 'pairs':
        return this.renderPairs(o);
      case 'supported':
        return this.renderSupported(o);
      case 'analysis':
        return this.renderAnalysis();
    }
  }

  // ---- waiting and suggestions ----

  private menteeLine(e: MenteeCard, extra: Node | null = null): HTMLElement {
    return h(
      'li',
      { 'data-mentee': e.id },
      h('div', {}, h('b', {}, e.name), e.wantsGroup ? h('span', { class: 'badge' }, 'группа') : null),
      h(
        'div',
        { class: 'small gray' },
        [e.post, ...e.subjects].filter(Boolean).join(', '),
        e.requestDate ? ` · с ${e.requestDate.split('-').reverse().join('.')}` : '',
      ),
      h('div', { class: 'small' }, e.requests.map(short).join('; ') || 'запросы не указаны'),
      e.supportNote ? h('div', { class: 'small gray' }, e.supportNote) : null,
      extra,
    );
  }

  private renderWaiting(o: Overview): void {
    const c = o.counts;
    append(
      this.body,
      h(
        'div',
        { class: 'stats' },
        h('div', { class: 'stat' }, h('b', {}, c.waiting), 'ожидают'),
        h('div', { class: 'stat' }, h('b', {}, c.freePlaces), 'свободных мест'),
        h('div', { class: 'stat' }, h('b', {}, c.openPairs), 'пар и групп'),
        h('div', { class: 'stat' }, h('b', {}, c.supported), 'без пары'),
      ),
      h(
        'button',
        { class: 'action', 'data-action': 'propose', onclick: () => void this.show('propose', true) },
        'Автоподбор для всех',
      ),
      h(
        'button',
        {
          'data-action': 'selection',
          title: 'Строки, выделенные на листе «Наставляемые»',
          onclick: () => void this.suggest({ selection: true }),
        },
        'Для выделенных строк',
      ),
      h('h3', {}, `Ожидают наставника (${c.waiting})`),
      c.waiting === 0 ? h('p', { class: 'gray' }, 'Все наставляемые в парах.') : null,
      h(
        'ul',
        { class: 'list', 'data-waiting': '' },
        ...o.waiting.map((e) =>
          this.menteeLine(
            e,
            h(
              'button',
              { class: 'link small', 'data-suggest': e.id, onclick: () => void this.suggest({ menteeIds: [e.id] }) },
              'Подобрать наставника',
            ),
          ),
        ),
      ),
      o.waiting.length < c.waiting ? h('p', { class: 'small gray' }, `Показаны первые ${o.waiting.length}.`) : null,
    );
    if (o.bans.length) {
      append(
        this.body,
        details(
          `Запрещённые пары (${o.bans.length})`,
          h(
            'ul',
            { class: 'list small' },
            ...o.bans.map((b) =>
              h(
                'li',
                {},
                `${b.mentorName} — ${b.menteeName} `,
                h(
                  'button',
                  { class: 'link small', onclick: () => void this.ban(b.mentorId, b.menteeId, false) },
                  'снять запрет',
                ),
              ),
            ),
          ),
        ),
      );
    }
  }

  private async suggest(input: RpcInput<'matchingSuggest'>): Promise<void> {
    this.markTab('waiting');
    clear(this.body);
    const r = await busy(this.status, 'Подбираем наставников…', () => call('matchingSuggest', input));
    if (!r) {
      append(
        this.body,
        h('button', { class: 'link', onclick: () => void this.show('waiting') }, '← к списку ожидающих'),
      );
      return;
    }
    this.renderSuggestions(r, input);
  }

  private renderSuggestions(r: Suggest, input: RpcInput<'matchingSuggest'>): void {
    clear(this.body);
    append(this.body, h('button', { class: 'link', onclick: () => void this.show('waiting') }, '← к списку ожидающих'));
    for (const n of r.notes) append(this.body, notice('info', n));
    for (const m of r.mentees) {
      const box = h('div', { class: 'card', 'data-suggestions-for': m.mentee.id });
      append(
        box,
        h('h3', {}, m.mentee.name),
        h('div', { class: 'small' }, 'Запросы: ', m.mentee.requests.map(short).join('; ') || 'не указаны'),
        m.mentee.preferredMentor ? h('div', { class: 'small' }, 'Назвал наставника: ', m.mentee.preferredMentor) : null,
        m.unavailable ? notice('info', `Пару сформировать нельзя: ${m.unavailable}.`) : null,
        m.suggestions.length === 0
          ? notice(
              'error',
              `Подходящих наставников нет (допущено к подбору: ${m.eligibleCount}, ниже минимального балла ${r.minScore}: ${m.belowMinimum}).`,
            )
          : null,
      );
      const list = h('ol', { class: 'list matching-suggestions' });
      for (const s of m.suggestions) {
        const form = h(
          'button',
          {
            class: 'action',
            'data-form-pair': s.mentor.id,
            disabled: m.unavailable !== '',
            onclick: async () => {
              const done = await busy(this.status, 'Формируем пару…', () =>
                call('matchingConfirm', {
                  source: 'suggestion',
                  pairs: [{ form: 'individual', mentorIds: [s.mentor.id], menteeIds: [m.mentee.id] }],
                }),
              );
              if (!done) return;
              await this.refreshOverview();
              append(this.status, confirmNotice(done));
              if (done.written.length) form.setAttribute('disabled', '');
            },
          },
          'Сформировать пару',
        );
        list.appendChild(
          h(
            'li',
            { 'data-suggestion': s.mentor.id },
            h('div', {}, badge(s.score), ' ', h('b', {}, s.mentor.name)),
            h(
              'div',
              { class: 'small gray' },
              `${s.mentor.post}${s.mentor.subjects.length ? `, ${s.mentor.subjects.join(', ')}` : ''} · свободно ${s.mentor.free} из ${s.mentor.capacity}`,
            ),
            h('div', { class: 'small' }, s.summary),
            details(
              'Почему такой балл',
              h(
                'table',
                { class: 'matching-criteria small' },
                ...s.criteria.map((c) =>
                  h(
                    'tr',
                    {},
                    h('td', {}, c.label),
                    h('td', { class: 'num' }, c.maxPoints ? `${c.points} из ${c.maxPoints}` : '—'),
                    h('td', {}, c.reason),
                  ),
                ),
              ),
            ),
            form,
            h(
              'button',
              {
                class: 'link small',
                title: 'Подбор больше не будет предлагать эту пару',
                onclick: () => void this.ban(s.mentor.id, m.mentee.id, true, () => this.suggest(input)),
              },
              'не предлагать',
            ),
          ),
        );
      }
      append(box, list);
      if (m.excludedCount) {
        append(
          box,
          details(
            `Исключены правилами (${m.excludedCount})`,
            h(
              'ul',
              { class: 'list small', 'data-excluded': '' },
              ...m.excluded.map((x) => h('li', {}, h('b', {}, x.name), ': ', x.blockers.join('; '))),
            ),
            m.excluded.length < m.excludedCount
              ? h('p', { class: 'small gray' }, `Показаны первые ${m.excluded.length}.`)
              : null,
          ),
        );
      }
      append(this.body, box);
    }
  }

  private async ban(mentorId: string, menteeId: string, banned: boolean, after?: () => Promise<void>): Promise<void> {
    const r = await busy(this.status, banned ? 'Запрещаем пару…' : 'Снимаем запрет…', () =>
      call('matchingBan', { mentorId, menteeId, banned }),
    );
    if (!r) return;
    await this.refreshOverview();
    if (after) await after();
    else await this.show(this.view);
    append(this.status, notice('success', r.message));
  }

  // ---- «Автоподбор» ----

  private async renderPropose(compute: boolean): Promise<void> {
    const o = this.overview!;
    const input = this.proposeInput;
    const mode = (value: ProposeInput['mode'], label: string, hint: string) =>
      h(
        'label',
        { class: 'matching-option', title: hint },
        h('input', {
          type: 'radio',
          name: 'matching-mode',
          value,
          checked: input.mode === value,
          onchange: () => (input.mode = value),
        }),
        ' ',
        label,
      );
    append(
      this.body,
      h(
        'p',
        { class: 'small gray' },
        'Оптимальное распределение всех ожидающих с учётом мест наставников и правил. Это предложение: проверьте, уберите или закрепите пары и подтвердите.',
      ),
      mode(
        'maxScore',
        'Лучшая суммарная совместимость',
        'Максимум суммы баллов; кого-то можно оставить без пары, если подходящих нет',
      ),
      mode(
        'maxCoverageThenScore',
        'Сначала охватить как можно больше',
        'Максимум наставляемых в парах, затем максимум суммы баллов',
      ),
      o.counts.revisitable
        ? h(
            'label',
            {
              class: 'matching-option',
              title: 'Сформированные автоподбором пары без приказа и программы, не закреплённые',
            },
            h('input', {
              type: 'checkbox',
              checked: input.revisit,
              onchange: (e: Event) => (input.revisit = (e.target as HTMLInputElement).checked),
            }),
            ` Пересмотреть незакреплённые пары (${o.counts.revisitable})`,
          )
        : null,
      h('button', { class: 'action', 'data-action': 'compute', onclick: () => void this.compute() }, 'Рассчитать'),
      h('div', { 'data-proposal': '' }),
    );
    if (compute) await this.compute();
    else if (this.proposal) this.renderProposal(this.proposal);
  }

  private async compute(): Promise<void> {
    const r = await busy(this.status, 'Считаем оптимальное распределение…', () =>
      call('matchingPropose', this.proposeInput),
    );
    if (!r) return;
    this.proposal = r;
    if (this.view === 'propose') this.renderProposal(r);
  }

  private renderProposal(p: Proposal): void {
    const box = this.body.querySelector('[data-proposal]') as HTMLElement | null;
    if (!box) return;
    clear(box);
    const t = p.totals;
    const gain = t.totalScore - t.greedyTotal;
    append(
      box,
      h(
        'div',
        { class: 'card matching-totals', 'data-totals': '' },
        h('div', {}, h('b', {}, `${t.assigned} из ${t.pool}`), ' наставляемых получают наставника'),
        h(
          'div',
          {},
          'Сумма совместимости: ',
          h('b', { 'data-total': String(t.totalScore) }, t.totalScore),
          ` (в среднем ${t.averageScore})`,
        ),
        h(
          'div',
          { class: 'small gray', 'data-greedy': String(t.greedyTotal) },
          `Простой выбор «лучший свободный по очереди»: ${countRu(t.greedyAssigned, PAIRS)}, сумма ${t.greedyTotal}`,
          gain > 0
            ? ` — оптимальное распределение лучше на ${gain}.`
            : t.assigned > t.greedyAssigned
              ? ' — оптимальное охватывает больше.'
              : ' — совпадает с оптимальным.',
        ),
      ),
    );
    for (const w of p.warnings) append(box, notice('info', w));
    const list = h('ul', { class: 'list', 'data-proposal-pairs': '' });
    for (const pair of p.pairs) list.appendChild(this.proposalLine(pair));
    append(box, list);
    if (p.unassigned.length) {
      append(
        box,
        h('h3', {}, `Без наставника (${p.unassigned.length})`),
        h(
          'ul',
          { class: 'list small', 'data-unassigned': '' },
          ...p.unassigned.map((u) => h('li', {}, h('b', {}, u.name), ': ', u.reason)),
        ),
      );
      append(
        box,
        h(
          'p',
          { class: 'small gray' },
          'При подтверждении те, кого не может взять ни один наставник, получат статус «поддержка без пары» и будут предложены снова, когда появится место.',
        ),
      );
    }
    if (p.skipped.length) {
      append(
        box,
        details(
          `Пропущены в этом расчёте (${p.skipped.length})`,
          h(
            'ul',
            { class: 'list small' },
            ...p.skipped.map((s) =>
              h(
                'li',
                {},
                s.name,
                ' ',
                h(
                  'button',
                  {
                    class: 'link small',
                    onclick: () => void this.editProposal((i) => (i.skip = i.skip.filter((x) => x !== s.menteeId))),
                  },
                  'вернуть',
                ),
              ),
            ),
          ),
        ),
      );
    }
    const toWrite = p.pairs.filter((x) => x.change !== 'same');
    append(
      box,
      h(
        'button',
        {
          class: 'create',
          'data-action': 'confirm',
          disabled: toWrite.length === 0,
          onclick: () => void this.confirmProposal(toWrite),
        },
        `Подтвердить: ${toWrite.length}`,
      ),
    );
  }

  private proposalLine(pair: Proposal['pairs'][number]): HTMLElement {
    const change =
      pair.change === 'replace'
        ? h('div', { class: 'small warning' }, `Замена в паре ${pair.existingPairId}: был ${pair.oldMentorName}`)
        : pair.change === 'same'
          ? h('div', { class: 'small gray' }, `Пара ${pair.existingPairId} остаётся как есть`)
          : null;
    const edit = (fn: (i: ProposeInput) => void) => () => void this.editProposal(fn);
    return h(
      'li',
      { 'data-proposal-pair': pair.menteeId, 'data-mentor': pair.mentorId },
      h(
        'div',
        {},
        badge(pair.score),
        ' ',
        h('b', {}, pair.menteeName),
        pair.pinned ? h('span', { class: 'badge', title: 'Закреплено куратором' }, 'закреплено') : null,
      ),
      h('div', { class: 'small' }, '← ', pair.mentorName),
      change,
      h('div', { class: 'small gray' }, pair.summary),
      h(
        'div',
        { class: 'matching-actions' },
        h(
          'button',
          {
            class: 'link small',
            onclick: edit((i) => {
              i.pins = i.pins.filter((x) => x.menteeId !== pair.menteeId);
              if (!pair.pinned) i.pins.push({ menteeId: pair.menteeId, mentorId: pair.mentorId });
            }),
          },
          pair.pinned ? 'открепить' : 'закрепить',
        ),
        h(
          'button',
          {
            class: 'link small',
            'data-remove': pair.menteeId,
            title: 'Не ставить этого наставника этому наставляемому; пересчитать',
            onclick: edit((i) => {
              i.pins = i.pins.filter((x) => x.menteeId !== pair.menteeId);
              i.exclusions.push({ menteeId: pair.menteeId, mentorId: pair.mentorId });
            }),
          },
          'убрать пару',
        ),
        h(
          'button',
          { class: 'link small', onclick: () => void this.changeMentor(pair.menteeId) },
          'сменить наставника',
        ),
        h(
          'button',
          {
            class: 'link small',
            title: 'Не подбирать этому наставляемому сейчас',
            onclick: edit((i) => {
              i.pins = i.pins.filter((x) => x.menteeId !== pair.menteeId);
              i.skip.push(pair.menteeId);
            }),
          },
          'пропустить',
        ),
      ),
    );
  }

  private async editProposal(fn: (i: ProposeInput) => void): Promise<void> {
    fn(this.proposeInput);
    await this.compute();
  }

  /** The mentee's suggestions in place of the line; picking one pins it and recomputes the rest. */
  private async changeMentor(menteeId: string): Promise<void> {
    const line = this.body.querySelector(`[data-proposal-pair="${CSS.escape(menteeId)}"]`);
    const r = await busy(this.status, 'Подбираем другие варианты…', () =>
      call('matchingSuggest', { menteeIds: [menteeId] }),
    );
    if (!r || !line) return;
    const m = r.mentees[0]!;
    const choices = h(
      'ul',
      { class: 'list small matching-choices' },
      ...m.suggestions.map((s) =>
        h(
          'li',
          {},
          badge(s.score),
          ' ',
          h(
            'button',
            {
              class: 'link',
              onclick: () =>
                void this.editProposal((i) => {
                  i.pins = i.pins.filter((x) => x.menteeId !== menteeId);
                  i.exclusions = i.exclusions.filter((x) => !(x.menteeId === menteeId && x.mentorId === s.mentor.id));
                  i.pins.push({ menteeId, mentorId: s.mentor.id });
                }),
            },
            s.mentor.name,
          ),
          ` · свободно ${s.mentor.free}`,
        ),
      ),
    );
    line.appendChild(choices);
  }

  private async confirmProposal(pairs: Proposal['pairs']): Promise<void> {
    const r = await busy(this.status, 'Формируем пары…', () =>
      call('matchingConfirm', {
        source: 'proposal',
        markUnservable: true,
        pairs: pairs.map((p) => ({
          form: 'individual' as const,
          mentorIds: [p.mentorId],
          menteeIds: [p.menteeId],
          locked: p.pinned,
          ...(p.change === 'replace' ? { replacesPairId: p.existingPairId } : {}),
        })),
      }),
    );
    if (!r) return;
    this.proposal = null;
    this.proposeInput = { ...this.proposeInput, pins: [], exclusions: [], skip: [] };
    await this.refreshOverview();
    clear(this.body);
    append(this.status, confirmNotice(r));
    append(
      this.body,
      h('button', { onclick: () => void this.show('pairs') }, 'К списку пар'),
      h('button', { onclick: () => void this.show('propose') }, 'Новый расчёт'),
    );
  }

  // ---- groups ----

  private async renderGroups(o: Overview): Promise<void> {
    const proposals = h('div', { 'data-group-proposals': '' });
    append(
      this.body,
      h('h3', {}, 'Предлагаемые группы'),
      proposals,
      h('h3', {}, 'Собрать группу вручную'),
      this.handGroupForm(o),
    );
    const r = await busy(this.status, 'Ищем группы…', () => call('matchingGroups', {}));
    if (!r) return;
    if (r.groups.length === 0)
      append(
        proposals,
        h(
          'p',
          { class: 'gray small' },
          'Групп не предложено: нужны хотя бы двое ожидающих с общим запросом, выбравшие групповую форму, и наставник с местами на всю группу.',
        ),
      );
    for (const g of r.groups) {
      append(
        proposals,
        h(
          'div',
          { class: 'card', 'data-group': g.mentor.id },
          h('div', {}, badge(g.averageScore), ' ', h('b', {}, g.mentor.name), ` · свободно ${g.mentor.free}`),
          h('ul', { class: 'small' }, ...g.mentees.map((e) => h('li', {}, e.name))),
          h('div', { class: 'small gray' }, g.reasons.join('; ')),
          h(
            'button',
            {
              class: 'action',
              onclick: async () => {
                const done = await busy(this.status, 'Формируем группу…', () =>
                  call('matchingConfirm', {
                    source: 'group',
                    pairs: [{ form: 'group', mentorIds: [g.mentor.id], menteeIds: g.mentees.map((e) => e.id) }],
                  }),
                );
                if (!done) return;
                await this.refreshOverview();
                await this.show('groups');
                append(this.status, confirmNotice(done));
              },
            },
            'Сформировать группу',
          ),
        ),
      );
    }
    if (r.ungrouped.length)
      append(
        proposals,
        details(
          `Не вошли в группы (${r.ungrouped.length})`,
          h('ul', { class: 'list small' }, ...r.ungrouped.map((u) => h('li', {}, `${u.name}: ${u.reason}`))),
        ),
      );
  }

  private handGroupForm(o: Overview): HTMLElement {
    const members = new Set<string>();
    const co = new Set<string>();
    const lead = h(
      'select',
      { 'data-group-lead': '' },
      h('option', { value: '' }, '— ведущий наставник —'),
      ...o.mentors.map((m) => h('option', { value: m.id }, `${m.name} (свободно ${m.free})`)),
    );
    const check = (id: string, name: string, set: Set<string>) =>
      h(
        'label',
        { class: 'matching-option' },
        h('input', {
          type: 'checkbox',
          onchange: (e: Event) => ((e.target as HTMLInputElement).checked ? set.add(id) : set.delete(id)),
        }),
        ' ',
        name,
      );
    return h(
      'div',
      { class: 'card', 'data-hand-group': '' },
      h('p', { class: 'small gray' }, `Наставляемые (от 2 до ${o.maxGroupSize}):`),
      h('div', { class: 'matching-checks' }, ...o.waiting.map((e) => check(e.id, e.name, members))),
      lead,
      details(
        'Со-наставники (места не занимают)',
        h('div', { class: 'matching-checks' }, ...o.mentors.map((m) => check(m.id, m.name, co))),
      ),
      h(
        'button',
        {
          class: 'action',
          onclick: async () => {
            const leadId = (lead as HTMLSelectElement).value;
            if (!leadId) {
              clear(this.status);
              append(this.status, notice('error', 'Выберите ведущего наставника группы.'));
              return;
            }
            const done = await busy(this.status, 'Формируем группу…', () =>
              call('matchingConfirm', {
                source: 'manual',
                pairs: [
                  {
                    form: 'group',
                    mentorIds: [leadId, ...[...co].filter((x) => x !== leadId)],
                    menteeIds: [...members],
                  },
                ],
              }),
            );
            if (!done) return;
            await this.refreshOverview();
            await this.show('groups');
            append(this.status, confirmNotice(done));
          },
        },
        'Сформировать группу',
      ),
    );
  }

  // ---- open pairs ----

  private renderPairs(o: Overview): void {
    append(this.body, h('h3', {}, `Действующие пары и группы (${o.counts.openPairs})`));
    if (o.pairs.length === 0) append(this.body, h('p', { class: 'gray' }, 'Пар пока нет.'));
    const list = h('ul', { class: 'list', 'data-pairs': '' });
    for (const p of [...o.pairs].reverse()) list.appendChild(this.pairLine(o, p));
    append(this.body, list);
  }

  private pairLine(o: Overview, p: Overview['pairs'][number]): HTMLElement {
    const tools = h('div', { class: 'matching-actions' });
    const reason = h('input', {
      type: 'text',
      placeholder: 'Причина (для журнала)',
      'data-reason': '',
    }) as HTMLInputElement;
    const mentorSelect = h(
      'select',
      {},
      ...o.mentors
        .filter((m) => !p.mentorIds.includes(m.id))
        .map((m) => h('option', { value: m.id }, `${m.name} (свободно ${m.free})`)),
    ) as HTMLSelectElement;
    const done = async (work: () => Promise<RpcOutput<'matchingDissolve'>>) => {
      const r = await busy(this.status, 'Сохраняем…', work);
      if (!r) return;
      await this.refreshOverview();
      await this.show('pairs');
      append(
        this.status,
        notice('success', r.message, r.reoffered.length ? [`Снова ожидают наставника: ${r.reoffered.join(', ')}`] : []),
      );
    };
    const coChecks = new Set(p.mentorIds.slice(1));
    append(
      tools,
      details(
        'Расформировать',
        reason,
        h(
          'button',
          {
            class: 'share',
            'data-dissolve': p.id,
            onclick: () => void done(() => call('matchingDissolve', { pairId: p.id, reason: reason.value })),
          },
          'Расформировать',
        ),
      ),
      details(
        'Заменить наставника',
        mentorSelect,
        p.inDocuments
          ? h(
              'p',
              { class: 'small warning' },
              'Пара уже в документах: будет создана новая пара, для неё понадобятся приказ и программа.',
            )
          : null,
        h(
          'button',
          {
            onclick: () =>
              void done(() =>
                call('matchingReplaceMentor', { pairId: p.id, mentorId: mentorSelect.value, reason: reason.value }),
              ),
          },
          'Заменить',
        ),
      ),
      details(
        'Со-наставники',
        h(
          'div',
          { class: 'matching-checks' },
          ...o.mentors
            .filter((m) => m.id !== p.mentorIds[0])
            .map((m) =>
              h(
                'label',
                { class: 'matching-option' },
                h('input', {
                  type: 'checkbox',
                  checked: coChecks.has(m.id),
                  onchange: (e: Event) =>
                    (e.target as HTMLInputElement).checked ? coChecks.add(m.id) : coChecks.delete(m.id),
                }),
                ' ',
                m.name,
              ),
            ),
        ),
        h(
          'button',
          {
            onclick: () => void done(() => call('matchingSetCoMentors', { pairId: p.id, coMentorIds: [...coChecks] })),
          },
          'Сохранить',
        ),
      ),
    );
    return h(
      'li',
      { 'data-pair': p.id },
      h(
        'div',
        {},
        h('b', {}, p.id),
        ` · ${p.form} · ${p.statusRu}`,
        p.score !== null ? h('span', {}, ' ', badge(p.score)) : null,
        p.locked ? h('span', { class: 'badge' }, 'закреплена') : null,
      ),
      h('div', { class: 'small' }, `Наставник: ${p.mentorNames.join(', ')}`),
      h('div', { class: 'small' }, `${p.isGroup ? 'Группа' : 'Наставляемый'}: ${p.menteeNames.join(', ')}`),
      tools,
    );
  }

  // ---- «поддержка без пары» ----

  private renderSupported(o: Overview): void {
    append(
      this.body,
      h(
        'p',
        { class: 'small gray' },
        'Наставляемые, которых сейчас не может взять ни один наставник. Их поддерживают без пары; когда в банке появляется наставник или освобождается место, дополнение предлагает их снова и сообщает куратору.',
      ),
      h(
        'button',
        {
          'data-action': 'reoffer',
          onclick: async () => {
            const r = await busy(this.status, 'Проверяем…', () => call('matchingReoffer', {}));
            if (!r) return;
            await this.refreshOverview();
            await this.show('supported');
            append(
              this.status,
              notice(
                'success',
                r.reoffered.length
                  ? `Снова ожидают наставника: ${r.reoffered.length}.`
                  : 'Новых возможностей пока нет.',
                r.lines,
              ),
            );
          },
        },
        'Проверить повторно',
      ),
      h('h3', {}, `Поддержка без пары (${o.counts.supported})`),
      o.supported.length === 0 ? h('p', { class: 'gray' }, 'Таких наставляемых нет.') : null,
      h(
        'ul',
        { class: 'list', 'data-supported': '' },
        ...o.supported.map((e) =>
          this.menteeLine(
            e,
            h(
              'div',
              { class: 'small' },
              e.best
                ? h('span', {}, 'Сейчас подходит: ', h('b', {}, e.best.name), ` (${e.best.score}) `)
                : 'Подходящего наставника пока нет. ',
              h(
                'button',
                { class: 'link small', onclick: () => void this.suggest({ menteeIds: [e.id] }) },
                'подобрать',
              ),
            ),
          ),
        ),
      ),
    );
  }

  // ---- bank analysis ----

  private async renderAnalysis(): Promise<void> {
    const table = h('div', { 'data-analysis': '' });
    append(
      this.body,
      h(
        'p',
        { class: 'small gray' },
        'Сколько наставляемых ждут помощи по каждому запросу и сколько наставников с такой компетенцией и свободных мест у них: где привлечь или обучить наставников.',
      ),
      h(
        'button',
        {
          class: 'action',
          'data-action': 'analysis-sheet',
          onclick: async () => {
            const r = await busy(this.status, 'Обновляем лист…', () => call('matchingAnalysis', { write: true }));
            if (!r) return;
            this.renderAnalysisTable(table, r);
            append(
              this.status,
              notice('success', `Лист «Анализ банка» обновлён (${r.date}).`, []),
              h('a', { href: r.sheetUrl, target: '_blank', rel: 'noopener' }, 'Открыть лист для печати'),
            );
          },
        },
        'Обновить лист для печати',
      ),
      table,
    );
    const r = await busy(this.status, 'Считаем…', () => call('matchingAnalysis', { write: false }));
    if (r) this.renderAnalysisTable(table, r);
  }

  private renderAnalysisTable(box: HTMLElement, r: RpcOutput<'matchingAnalysis'>): void {
    clear(box);
    const t = r.totals;
    append(
      box,
      h(
        'p',
        { class: 'small' },
        `На ${r.date}: ждут наставника ${t.waitingMentees}; активных наставников ${t.activeMentors}, свободных мест ${t.freePlaces}; дефицит по ${t.deficits} запросам.`,
      ),
      h(
        'table',
        { class: 'matching-analysis small' },
        h(
          'tr',
          {},
          h('th', {}, 'Запрос'),
          h('th', { title: 'Ждут наставника' }, 'ждут'),
          h('th', { title: 'Наставников с компетенцией' }, 'наст.'),
          h('th', { title: 'Свободных мест у них' }, 'мест'),
        ),
        ...r.rows.map((x) =>
          h(
            'tr',
            { class: `matching-${x.verdict}`, title: x.advice },
            h('td', {}, short(x.competence)),
            h('td', { class: 'num' }, x.waitingNeed),
            h('td', { class: 'num' }, x.mentorsOffering),
            h('td', { class: 'num' }, x.freePlaces),
          ),
        ),
      ),
    );
  }
}
