// Menu functions of «Итоги года»: news drafts and «Завершить учебный год» (the plan first, then a yes/no question).
import { draftPublications } from '../app/closing/publications';
import { sendQuestionnaires, type SendQuestionnairesResult } from '../app/closing/send-questionnaires';
import { previewYearClose, runYearClose } from '../app/closing/year-close';
import type { AppContext } from '../app/context';
import type { PublicApi } from './public-api';
import { menuAction } from './workbook-menu';

export function closingMenuFunctions(context: () => AppContext): PublicApi {
  return {
    sendQuestionnairesMenu: {
      kind: 'menu',
      doc: 'Menu «Разослать анкеты мониторинга»: creates the questionnaires if needed and mails the personal links not sent yet.',
      params: [],
      run: menuAction(context, 'Анкеты мониторинга', (ctx) => describeSending(sendQuestionnaires(ctx))),
    },
    draftPublicationsMenu: {
      kind: 'menu',
      doc: 'Menu «Черновики публикаций»: drafts news for held events and reached milestones that have none.',
      params: [],
      run: menuAction(context, 'Черновики публикаций', (ctx) => {
        const r = draftPublications(ctx);
        return r.drafted.length
          ? [`Подготовлено черновиков: ${r.drafted.length} (лист «Публикации»).`, ...r.drafted.map((d) => `• ${d.title}`)].join('\n')
          : 'Новых поводов для публикаций нет: у каждого проведённого мероприятия и этапа уже есть черновик.';
      }),
    },
    closeYearMenu: {
      kind: 'menu',
      doc: 'Menu «Завершить учебный год»: shows exactly what will be archived, kept and carried over, then asks.',
      params: [],
      run: menuAction(context, 'Завершение учебного года', (ctx) => {
        const preview = previewYearClose(ctx);
        if (preview.plan.blockers.length) return ['Завершить учебный год сейчас нельзя.', ...preview.plan.blockers].join('\n');
        const ui = ctx.services.SpreadsheetApp.getUi();
        const text = [...preview.lines, ...preview.plan.warnings.map((w) => `Внимание: ${w}`), '', 'Завершить учебный год?'].join('\n');
        if (ui.alert('Завершить учебный год?', text, ui.ButtonSet.YES_NO) !== ui.Button.YES) return 'Ничего не изменено.';
        const r = runYearClose(ctx, { fingerprint: preview.plan.fingerprint });
        return [
          `Учебный год ${r.fromYear} завершён, начат ${r.toYear}.`,
          ...r.archived.map((a) => `«${a.sheetName}» → «${a.archiveName}»: ${a.rows} стр.${a.carried ? `, продолжают: ${a.carried}` : ''}`),
        ].join('\n');
      }),
    },
  };
}

/** What a mailing did, for the dialog (the sidebar says the same in its own words). */
export function describeSending(r: SendQuestionnairesResult): string {
  const created = r.forms.filter((f) => f.outcome !== 'exists').map((f) => `«${f.label}»`);
  return [
    created.length ? `Формы готовы: ${created.join(', ')}.` : '',
    r.sent ? `Отправлено личных ссылок: ${r.sent}.` : r.alreadySent ? 'Новых ссылок отправлять некому: все уже получили свои.' : 'Отправлять некому: нет действующих пар.',
    r.remaining ? `Осталось отправить: ${r.remaining} — запустите рассылку ещё раз.` : '',
    r.withoutEmail.length ? `Нет адреса почты: ${r.withoutEmail.join(', ')} — укажите его в банке.` : '',
    ...r.failed,
  ]
    .filter(Boolean)
    .join('\n');
}
