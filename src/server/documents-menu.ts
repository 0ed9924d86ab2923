// «Документы» submenu: each item opens the sidebar on the «Документы» panel at its section (generation runs from
// there, with preview, progress and cancel); «Шаблоны» first creates the school's template documents.
import type { AppContext } from '../app/context';
import { createTemplates } from '../app/documents/templates';
import { UserError } from '../app/errors';
import type { MenuEntry } from './menu';
import type { PublicApi } from './public-api';
import { showSidebarAt } from './sidebar-start';

export type DocumentsSection = 'order' | 'consents' | 'programs' | 'monitoring-report' | 'pair-reports' | 'templates';

export const documentsMenu: MenuEntry = {
  caption: 'Документы',
  items: [
    { caption: 'Сформировать приказ', functionName: 'documentsMenuOrder' },
    { caption: 'Сформировать согласия', functionName: 'documentsMenuConsents' },
    { caption: 'Сформировать программы', functionName: 'documentsMenuPrograms' },
    { caption: 'Шаблоны', functionName: 'documentsMenuTemplates' },
  ],
};

export function documentsMenuFunctions(context: () => AppContext): PublicApi {
  const open = (section: DocumentsSection, doc: string) => ({
    kind: 'menu' as const,
    doc,
    params: [],
    run() {
      showSidebarAt(context().services, 'documents', section);
    },
  });
  return {
    documentsMenuOrder: open(
      'order',
      'Menu «Документы → Сформировать приказ»: the sidebar at the order, with its preview and what is missing.',
    ),
    documentsMenuConsents: open(
      'consents',
      'Menu «Документы → Сформировать согласия»: the sidebar at the consents (one document or one per person).',
    ),
    documentsMenuPrograms: open(
      'programs',
      'Menu «Документы → Сформировать программы»: the sidebar at the programs, generated in batches with progress.',
    ),
    documentsMenuTemplates: {
      kind: 'menu',
      doc: 'Menu «Документы → Шаблоны»: creates the editable template documents (once) and shows them with their placeholders.',
      params: [],
      run() {
        const ctx = context();
        try {
          createTemplates(ctx);
        } catch (e) {
          if (!(e instanceof UserError)) throw e;
          const ui = ctx.services.SpreadsheetApp.getUi();
          ui.alert('Шаблоны документов', [e.message, ...e.details].join('\n'), ui.ButtonSet.OK);
          return;
        }
        showSidebarAt(ctx.services, 'documents', 'templates');
      },
    },
  };
}
