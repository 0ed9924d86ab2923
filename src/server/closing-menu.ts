// Menu functions of «Итоги года»: news drafts and «Завершить учебный год» (the plan first, then a yes/no question).
import { draftPublications } from '../app/closing/publications';
import { generateClosingDocuments } from '../app/closing/reports';
import { sendQuestionnaires, type SendQuestionnairesResult } from '../app/closing/send-questionnaires';
import { previewYearClose, runYearClose } from '../app/closing/year-close';
import type { AppContext } from '../app/context';
import type { RunProgress } from '../app/documents/run';
import type { PublicApi } from './public-api';
import { showSidebarAt } from './sidebar-start';
import { menuAction } from './workbook-menu';

export function closingMenuFunctions(context: () => AppContext): PublicApi {
  return {
    sendQuestionnairesMenu: {
      kind: 'menu',
      doc: 'Menu «Разослать анкеты мониторинга»: creates the questionnaires if needed and mails the personal links not sent yet.',
      params: [],
      run: menuAction(context, 'Анкеты мониторинга', (ctx) => describeSending(sendQuestionnaires(ctx))),
    },
    monitoringReportMenu: {
      kind: 'menu',
      doc: 'Menu «Отчёт о мониторинге»: generates (or updates) the report Google Doc and gives its link; a hand-edited report is kept.',
      params: [],
      run: menuAction(context, 'Отчёт о мониторинге', (ctx) =>
        describeReport(generateClosingDocuments(ctx, { kind: 'monitoringReport', pairIds: null, overwrite: [] })),
      ),
    },
    pairReportsMenu: {
      kind: 'menu',
      doc: 'Menu «Итоговые отчёты пар»: the sidebar at «Документы → Итоги пар» (pairs that finished their programs).',
      params: [],
      run() {
        showSidebarAt(context().services, 'documents', 'pair-reports');
      },
    },
    draftPublicationsMenu: {
      kind: 'menu',
      doc: 'Menu «Черновики публикаций»: drafts news for held events and reached milestones that have none.',
      params: [],
      run: menuAction(context, 'Черновики публикаций', (ctx) => {
        const r = draftPublications(ctx);
        return r.drafted.length
          ? [
              `Подготовлено черновиков: ${r.drafted.length} (лист «Публикации»).`,
              ...r.drafted.map((d) => `• ${d.title}`),
            ].join('\n')
          : 'Новых поводов для публикаций нет: у каждого проведённого мероприятия и этапа уже есть черновик.';
      }),
    },
    closeYearMenu: {
      kind: 'menu',
      doc: 'Menu «Завершить учебный год»: shows exactly what will be archived, kept and carried over, then asks.',
      params: [],
      run: menuAction(context, 'Завершение учебного года', (ctx) => {
        const preview = previewYearClose(ctx);
        if (preview.plan.blockers.length)
          return ['Завершить учебный год сейчас нельзя.', ...preview.plan.blockers].join('\n');
        const ui = ctx.services.SpreadsheetApp.getUi();
        const text = [
          ...preview.lines,
          ...preview.plan.warnings.map((w) => `Внимание: ${w}`),
          '',
          'Завершить учебный год?',
        ].join('\n');
        if (ui.alert('Завершить учебный год?', text, ui.ButtonSet.YES_NO) !== ui.Button.YES)
          return 'Ничего не изменено.';
        const r = runYearClose(ctx, { fingerprint: preview.plan.fingerprint });
        return [
          `Учебный год ${r.fromYear} завершён, начат ${r.toYear}.`,
          ...r.archived.map(
            (a) =>
              `«${a.sheetName}» → «${a.archiveName}»: ${a.rows} стр.${a.carried ? `, продолжают: ${a.carried}` : ''}`,
          ),
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
    r.sent
      ? `Отправлено личных ссылок: ${r.sent}.`
      : r.alreadySent
        ? 'Новых ссылок отправлять некому: все уже получили свои.'
        : 'Отправлять некому: нет действующих пар.',
    r.remaining ? `Осталось отправить: ${r.remaining} — запустите рассылку ещё раз.` : '',
    r.withoutEmail.length ? `Нет адреса почты: ${r.withoutEmail.join(', ')} — укажите его в банке.` : '',
    ...r.failed,
  ]
    .filter(Boolean)
    .join('\n');
}

/** The report run as the dialog tells it: the link, or why the document was kept or not written. */
export function describeReport(r: RunProgress): string {
  const item = r.processed.find((p) => p.status !== 'queued');
  if (r.stopped || !item)
    return r.message || 'Отчёт не сформирован: откройте «Документы → Отчёт мониторинга» в панели.';
  const link = item.url ? `\n${item.url}` : '';
  if (item.status === 'edited')
    return `Отчёт изменён вручную после формирования и не перезаписан.${link}\nЧтобы сформировать его заново, откройте в панели «Документы → Отчёт мониторинга» и отметьте «перезаписать».`;
  if (item.status === 'error') return `Отчёт не сформирован: ${item.message}`;
  return `Отчёт «${item.title}» готов.${item.message ? ` ${item.message}` : ''}${link}`;
}
