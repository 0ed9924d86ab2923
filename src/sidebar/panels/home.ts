// «Главная»: where the curator starts: the workbook, the year and what to do next.
import { h, append } from '../dom';
import type { Panel } from './panel';

export const homePanel: Panel = {
  id: 'home',
  title: 'Главная',
  render(container, state) {
    const s = state.shell;
    append(
      container,
      h('h2', {}, 'Система наставничества'),
      s
        ? h(
            'div',
            { class: 'card' },
            h('p', {}, 'Таблица: ', h('b', {}, s.spreadsheetName)),
            s.schoolShortName ? h('p', {}, 'Школа: ', s.schoolShortName) : null,
            s.academicYear ? h('p', {}, 'Учебный год: ', s.academicYear) : null,
            h('p', { class: 'gray small' }, s.userEmail ? `Вы вошли как ${s.userEmail}` : 'Пользователь не определён'),
          )
        : null,
      h(
        'p',
        { class: 'gray' },
        'Дополнение ведёт дорожную карту наставничества: банки наставников и наставляемых, подбор пар, приказ и программы, напоминания о сроках, мониторинг и итоги года.',
      ),
    );
  },
};
