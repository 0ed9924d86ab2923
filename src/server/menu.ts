// The «Наставничество» add-on menu: every main action, so a curator can work without the sidebar open.
import { roadmapMenu } from './roadmap-menu';
import { documentsMenu } from './documents-menu';

export interface MenuItem {
  caption: string;
  /** Name of a public function of kind 'menu'. */
  functionName: string;
}
export interface SubMenu {
  caption: string;
  items: MenuEntry[];
}
export type MenuEntry = MenuItem | SubMenu | 'separator';

/** In the order of the school year: the workbook, the forms of September, matching, the documents, the deadlines. */
export const addonMenu: MenuEntry[] = [
  { caption: 'Открыть панель', functionName: 'showSidebar' },
  'separator',
  { caption: 'Настроить таблицу', functionName: 'setupWorkbook' },
  { caption: 'Проверка данных', functionName: 'validateWorkbook' },
  { caption: 'Импорт', functionName: 'importRows' },
  'separator',
  {
    caption: 'Формы',
    items: [
      { caption: 'Создать форму запросов', functionName: 'createRequestForm' },
      { caption: 'Создать анкету наставника', functionName: 'createMentorForm' },
      { caption: 'Обновить формы', functionName: 'updateForms' },
    ],
  },
  {
    caption: 'Подбор',
    items: [
      { caption: 'Подобрать наставника', functionName: 'matchingSuggestSelected' },
      { caption: 'Автоподбор', functionName: 'matchingAutoAssign' },
      { caption: 'Анализ банка', functionName: 'matchingBankAnalysis' },
    ],
  },
  documentsMenu,
  roadmapMenu,
  {
    caption: 'Итоги года',
    items: [
      { caption: 'Разослать анкеты мониторинга', functionName: 'sendQuestionnairesMenu' },
      { caption: 'Отчёт о мониторинге', functionName: 'monitoringReportMenu' },
      { caption: 'Итоговые отчёты пар', functionName: 'pairReportsMenu' },
      { caption: 'Черновики публикаций', functionName: 'draftPublicationsMenu' },
      { caption: 'Завершить учебный год', functionName: 'closeYearMenu' },
    ],
  },
  'separator',
  { caption: 'Справка', functionName: 'showHelp' },
];

/** Builds the menu; only Ui calls, so it works in AuthMode.NONE (apps-script-facts §1.3). */
export function buildMenu(ui: GoogleAppsScript.Base.Ui, entries: MenuEntry[] = addonMenu): void {
  const menu = ui.createAddonMenu();
  addEntries(ui, menu, entries);
  menu.addToUi();
}

function addEntries(ui: GoogleAppsScript.Base.Ui, menu: GoogleAppsScript.Base.Menu, entries: MenuEntry[]): void {
  for (const entry of entries) {
    if (entry === 'separator') menu.addSeparator();
    else if ('items' in entry) {
      const sub = ui.createMenu(entry.caption);
      addEntries(ui, sub, entry.items);
      menu.addSubMenu(sub);
    } else menu.addItem(entry.caption, entry.functionName);
  }
}

export function menuFunctionNames(entries: MenuEntry[] = addonMenu): string[] {
  return entries.flatMap((e) =>
    e === 'separator' ? [] : 'items' in e ? menuFunctionNames(e.items) : [e.functionName],
  );
}
