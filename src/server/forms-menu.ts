// Menu functions of «Наставничество → Формы»: create the request form or the mentor profile, update both forms.
import type { AppContext } from '../app/context';
import { createForm, type CreateFormResult } from '../app/forms/create-form';
import { updateForms } from '../app/forms/update-forms';
import type { PublicApi } from './public-api';
import { menuAction } from './workbook-menu';

function describe(r: CreateFormResult): string {
  const head = {
    created: `Форма «${r.label}» создана и принимает ответы.`,
    recreated: `Форма «${r.label}» создана заново и принимает ответы.`,
    rebuilt: `Вопросы формы «${r.label}» перестроены по справочникам; ссылка и ответы прежние.`,
    resumed: `Форма «${r.label}» доделана после прерванного запуска и принимает ответы.`,
    exists: `Форма «${r.label}» уже есть.`,
  }[r.outcome];
  return [
    head,
    `Ссылка для педагогов: ${r.publishedUrl}`,
    `Редактировать: ${r.editUrl}`,
    `Ответы попадают на лист «${r.sheet}» и сами переносятся в банк; ошибочные — на лист «Карантин».`,
    ...r.notes,
  ].join('\n');
}

/**
 * A create command: a second run does not make a second form. It shows the existing one and offers to rebuild its
 * questions from «Справочники» (same form, same link, same answers).
 */
function createCommand(context: () => AppContext, kind: string, title: string) {
  return menuAction(context, title, (ctx) => {
    const r = createForm(ctx, kind);
    if (r.outcome !== 'exists') return describe(r);
    const ui = ctx.services.SpreadsheetApp.getUi();
    const answer = ui.alert(
      title,
      `${describe(r)}\n\nПерестроить вопросы формы по текущим справочникам? Ссылка, лист ответов и полученные ответы сохранятся. «Нет» — оставить форму как есть.`,
      ui.ButtonSet.YES_NO,
    );
    return answer === ui.Button.YES ? describe(createForm(ctx, kind, { rebuild: true })) : '';
  });
}

export function formsMenuFunctions(context: () => AppContext): PublicApi {
  return {
    createRequestForm: {
      kind: 'menu',
      doc: 'Menu «Создать форму запросов»: the teachers’ request form, published and linked to this spreadsheet (never a second one).',
      params: [],
      run: createCommand(context, 'requests', 'Форма запросов педагогов'),
    },
    createMentorForm: {
      kind: 'menu',
      doc: 'Menu «Создать анкету наставника»: the mentor profile form, published and linked to this spreadsheet (never a second one).',
      params: [],
      run: createCommand(context, 'mentors', 'Анкета наставника'),
    },
    updateForms: {
      kind: 'menu',
      doc: 'Menu «Обновить формы»: the forms’ choices follow «Справочники» again; earlier answers keep their columns.',
      params: [],
      run: menuAction(context, 'Обновление форм', (ctx) => updateForms(ctx).lines.join('\n')),
    },
  };
}
