// Opening the sidebar on one panel and section, for menu items whose work needs the sidebar (a preview, a proposal to
// edit, a progress bar): the same dist/Sidebar.html, its <body> told where to start (read once by the client).
import type { AppsScriptServices } from '../google/services';

export const SIDEBAR_TITLE = 'Наставничество';

/** Panel and section ids are the code's own constants; anything else is refused rather than put into HTML. */
const ID = /^[a-z][a-z-]*$/;

export function showSidebarAt(services: AppsScriptServices, panel: string, section = ''): void {
  if (!ID.test(panel) || (section && !ID.test(section)))
    throw new Error(`showSidebarAt: bad panel/section id ${panel}/${section}`);
  const html = services.HtmlService.createHtmlOutputFromFile('Sidebar');
  const attrs = `data-start-panel="${panel}"${section ? ` data-start-section="${section}"` : ''}`;
  html.setContent(html.getContent().replace('<body>', `<body ${attrs}>`));
  services.SpreadsheetApp.getUi().showSidebar(html.setTitle(SIDEBAR_TITLE));
}
