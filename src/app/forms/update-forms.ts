// Use case «Обновить формы»: the forms' choices follow «Справочники» again. Items are updated in place (same question,
// same column), so earlier answers stay where they are; a form the curator closed stays closed.
import { formApp, openForm } from '../../google/forms/form-files';
import { syncFormItems } from '../../google/forms/form-items';
import { withDocumentLock } from '../../google/lock';
import { workbookOf } from '../../google/sheet-gateway';
import { ensureTrigger } from '../../google/triggers';
import type { AppContext } from '../context';
import { appendJournal, type JournalEntry } from '../journal';
import { formContextOf, readFormsWorkbook } from './form-context';
import { definitionOf, formKinds } from './form-kinds';
import { formRecordFrom } from './form-records';
import { FORM_SUBMIT_HANDLER } from './handle-submit';

export interface UpdateFormsResult {
  /** One Russian line per form. */
  lines: string[];
  updated: number;
}

export function updateForms(ctx: AppContext): UpdateFormsResult {
  return withDocumentLock(ctx, () => {
    const workbook = workbookOf(ctx);
    const wb = readFormsWorkbook(ctx, workbook);
    const lines: string[] = [];
    const journal: JournalEntry[] = [];
    let updated = 0;
    let live = 0;
    for (const kind of formKinds) {
      const record = formRecordFrom(wb.raw, kind.settings);
      if (!record.id) {
        lines.push(`«${kind.label}»: форма ещё не создана.`);
        continue;
      }
      const opened = openForm(ctx, record.id);
      if (opened.state !== 'ok') {
        lines.push(
          `«${kind.label}»: форма ${opened.state === 'trashed' ? 'в корзине' : 'удалена'} — создайте её заново командой «Формы → Создать…».`,
        );
        continue;
      }
      live++;
      const def = definitionOf(kind, ctx, workbook, formContextOf(ctx, wb.raw, opened.form.collectsEmail()));
      const report = syncFormItems(formApp(ctx), opened.form, def, wb.vocabulary, 'choices');
      const changed = report.choicesChanged.length
        ? `варианты обновлены в вопросах ${report.choicesChanged.map((t) => `«${t}»`).join(', ')}`
        : 'варианты уже совпадают со справочниками';
      if (report.choicesChanged.length) updated++;
      lines.push(`«${kind.label}»: ${changed}.${report.notes.length ? ' ' + report.notes.join(' ') : ''}`);
      if (report.choicesChanged.length || report.notes.length)
        journal.push({ what: `Форма «${kind.label}» обновлена`, details: [changed + '.', ...report.notes].join(' ') });
    }
    // The forms live on only with their trigger: a removed one is put back here too.
    if (live > 0) ensureTrigger(ctx, 'formSubmit', FORM_SUBMIT_HANDLER);
    appendJournal(ctx, workbook, journal);
    return { lines, updated };
  });
}
