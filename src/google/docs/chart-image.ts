// A chart block as a PNG image through the Charts service: a data table, a bar or column chart of the text width,
// its value axis fixed to the block's range (apps-script reference/charts). The title is the figure's caption, set
// under the image by the renderer, not drawn into it.
import type { ChartBlock } from '../../domain/documents/model';

/** Pixels across: the image is then scaled to the page's text width. */
export const CHART_WIDTH_PX = 720;

export function chartImage(charts: GoogleAppsScript.Charts.Charts, b: ChartBlock): GoogleAppsScript.Base.Blob {
  const table = charts.newDataTable().addColumn(charts.ColumnType.STRING, '');
  for (const s of b.series) table.addColumn(charts.ColumnType.NUMBER, s.name);
  b.categories.forEach((c, i) => table.addRow([c, ...b.series.map((s) => s.values[i] ?? 0)]));
  const builder = b.chart === 'bar' ? charts.newBarChart() : charts.newColumnChart();
  return builder
    .setDataTable(table)
    .setDimensions(CHART_WIDTH_PX, Math.round(CHART_WIDTH_PX * b.aspect))
    .setRange(b.range.min, b.range.max)
    .setLegendPosition(b.series.length > 1 ? charts.Position.TOP : charts.Position.NONE)
    .build()
    .getAs('image/png');
}
