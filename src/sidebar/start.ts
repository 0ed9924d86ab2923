// Where a menu item asked the sidebar to start (<body data-start-panel data-start-section>): read once by that panel.

/** The section the sidebar was opened at for this panel, then forgotten (a later visit starts as usual). */
export function takeStartSection(panelId: string): string | null {
  const data = document.body.dataset;
  if (data.startPanel !== panelId || !data.startSection) return null;
  const section = data.startSection;
  delete data.startSection;
  return section;
}

/** Switches to another panel at one of its sections, as a menu item would open the sidebar there. */
export function showPanelAt(state: { show(panelId: string): void }, panelId: string, section: string): void {
  document.body.dataset.startPanel = panelId;
  document.body.dataset.startSection = section;
  state.show(panelId);
}
