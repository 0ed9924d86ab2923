// Charts service (reference/charts/*): DataTableBuilder, bar and column chart builders, and Chart.getAs('image/png').
// The emulator draws the chart's bars and axes as a real PNG of the set dimensions; Google's renderer also draws the
// title, labels and legend (text is not rasterised here [U: the emulator's image is for layout, not pixels]).
import { GasObject, gasClass } from '../core/gas-object';
import type { World } from '../core/world';
import { BlobImpl } from '../services/blob';
import { Raster } from './png';

export const ColumnType = { DATE: 'DATE', NUMBER: 'NUMBER', STRING: 'STRING' } as const;
export const Position = { TOP: 'TOP', RIGHT: 'RIGHT', BOTTOM: 'BOTTOM', NONE: 'NONE' } as const;
export const ChartType = {
  AREA: 'AREA',
  BAR: 'BAR',
  COLUMN: 'COLUMN',
  LINE: 'LINE',
  PIE: 'PIE',
  SCATTER: 'SCATTER',
  TABLE: 'TABLE',
} as const;

type ColumnTypeName = keyof typeof ColumnType;

export class DataTableImpl extends GasObject {
  readonly [gasClass] = 'DataTable';
  constructor(
    readonly columns: ReadonlyArray<{ type: ColumnTypeName; label: string }>,
    readonly rows: ReadonlyArray<readonly unknown[]>,
  ) {
    super();
  }
  /** Charts accept a DataTable or its builder as the source (reference/charts/data-table-source). */
  getDataTable(): DataTableImpl {
    return this;
  }
}

function valueFits(type: ColumnTypeName, v: unknown): boolean {
  if (v === null || v === undefined) return true;
  if (type === 'NUMBER') return typeof v === 'number' && Number.isFinite(v);
  if (type === 'DATE') return v instanceof Date;
  return typeof v === 'string';
}

export class DataTableBuilderImpl extends GasObject {
  readonly [gasClass] = 'DataTableBuilder';
  private readonly columns: Array<{ type: ColumnTypeName; label: string }> = [];
  private readonly rows: unknown[][] = [];
  constructor(private readonly world: World) {
    super();
  }
  /** Columns are numbered from 0 in the order added; the type must be a ColumnType. */
  addColumn(type: string, label: string): this {
    if (!(String(type) in ColumnType)) throw this.world.error('invalidArgument', { name: 'type' });
    this.columns.push({ type: String(type) as ColumnTypeName, label: String(label) });
    return this;
  }
  addRow(values: unknown[]): this {
    if (!Array.isArray(values)) throw this.world.error('invalidArgument', { name: 'values' });
    this.rows.push([...values]);
    return this;
  }
  /** A value set before its column exists is ignored unless the column is added (reference: setValue). */
  setValue(row: number, column: number, value: unknown): this {
    (this.rows[row] ??= [])[column] = value;
    return this;
  }
  /** Throws if the data table is empty or incorrectly formatted (reference: build()). */
  build(): DataTableImpl {
    const bad = this.rows.findIndex(
      (r) => r.length > this.columns.length || r.some((v, i) => !valueFits(this.columns[i]!.type, v)),
    );
    if (this.columns.length === 0 || this.rows.length === 0 || bad >= 0) throw this.world.error('chartDataTable');
    return new DataTableImpl(
      [...this.columns],
      this.rows.map((r) => this.columns.map((_, i) => r[i] ?? null)),
    );
  }
  getDataTable(): DataTableImpl {
    return this.build();
  }
}

interface ChartSpec {
  type: 'BAR' | 'COLUMN';
  table: DataTableImpl | null;
  title: string;
  width: number;
  height: number;
  range: { min: number; max: number } | null;
  colors: string[];
  legend: string;
  stacked: boolean;
  reversed: boolean;
  xTitle: string;
  yTitle: string;
}

const PALETTE: Array<[number, number, number]> = [
  [51, 102, 204],
  [220, 57, 18],
  [255, 153, 0],
  [16, 150, 24],
  [153, 0, 153],
];

function cssColor(c: string): [number, number, number] | null {
  const m = /^#?([0-9a-f]{6})$/i.exec(c.trim());
  if (!m) return null;
  const n = parseInt(m[1]!, 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

export class ChartImpl extends GasObject {
  readonly [gasClass] = 'Chart';
  constructor(
    private readonly world: World,
    private readonly spec: ChartSpec,
  ) {
    super();
  }
  /** Only PNG is produced (reference: getAs(contentType) — 'image/png'). */
  getAs(contentType: string): BlobImpl {
    if (String(contentType) !== 'image/png') throw this.world.error('chartContentType', { type: String(contentType) });
    return new BlobImpl(this.draw(), 'image/png', `${this.spec.title || 'chart'}.png`);
  }
  getBlob(): BlobImpl {
    return this.getAs('image/png');
  }
  getOptions(): { get(option: string): unknown } {
    const s = this.spec;
    const options: Record<string, unknown> = { title: s.title, width: s.width, height: s.height, isStacked: s.stacked };
    return { get: (option: string) => options[option] ?? null };
  }
  /** Emulator-internal: what was charted (tests and the playground read it). */
  _spec(): Readonly<ChartSpec> {
    return this.spec;
  }

  private draw(): Buffer {
    const { width, height, table } = this.spec;
    const r = new Raster(width, height);
    if (!table) return r.png();
    const series = table.columns.slice(1);
    const values = table.rows.map((row) =>
      series.map((_, i) => (typeof row[i + 1] === 'number' ? (row[i + 1] as number) : 0)),
    );
    const max = this.spec.range?.max ?? Math.max(1, ...values.flat());
    const min = this.spec.range?.min ?? Math.min(0, ...values.flat());
    const pad = { left: Math.round(width * 0.3), right: 16, top: 32, bottom: 24 };
    const plotW = width - pad.left - pad.right;
    const plotH = height - pad.top - pad.bottom;
    const axis: [number, number, number] = [80, 80, 80];
    r.fill(pad.left, pad.top, 1, plotH, axis);
    r.fill(pad.left, pad.top + plotH, plotW, 1, axis);
    const colors = series.map((_, i) => cssColor(this.spec.colors[i] ?? '') ?? PALETTE[i % PALETTE.length]!);
    const n = values.length;
    const order = this.spec.reversed ? [...values.keys()].reverse() : [...values.keys()];
    order.forEach((rowIndex, slot) => {
      const row = values[rowIndex]!;
      const share = (v: number) => Math.max(0, Math.min(1, (v - min) / (max - min || 1)));
      if (this.spec.type === 'BAR') {
        const band = plotH / n;
        const bar = this.spec.stacked ? band * 0.7 : (band * 0.7) / row.length;
        let stackAt = 0;
        row.forEach((v, i) => {
          const len = share(v) * plotW;
          const y = pad.top + slot * band + band * 0.15 + (this.spec.stacked ? 0 : i * bar);
          r.fill(pad.left + 1 + (this.spec.stacked ? stackAt : 0), y, len, bar, colors[i]!);
          stackAt += len;
        });
      } else {
        const band = plotW / n;
        const bar = this.spec.stacked ? band * 0.7 : (band * 0.7) / row.length;
        let stackAt = 0;
        row.forEach((v, i) => {
          const len = share(v) * plotH;
          const x = pad.left + slot * band + band * 0.15 + (this.spec.stacked ? 0 : i * bar);
          r.fill(x, pad.top + plotH - len - (this.spec.stacked ? stackAt : 0), bar, len, colors[i]!);
          stackAt += len;
        });
      }
    });
    return r.png();
  }
}

class ChartBuilderImpl extends GasObject {
  readonly [gasClass]: string;
  private readonly spec: ChartSpec;
  constructor(
    private readonly world: World,
    type: 'BAR' | 'COLUMN',
  ) {
    super();
    this[gasClass] = type === 'BAR' ? 'BarChartBuilder' : 'ColumnChartBuilder';
    // Google Charts' defaults: 600 × 400 [U: the reference does not say the image size of an unsized chart].
    this.spec = {
      type,
      table: null,
      title: '',
      width: 600,
      height: 400,
      range: null,
      colors: [],
      legend: 'RIGHT',
      stacked: false,
      reversed: false,
      xTitle: '',
      yTitle: '',
    };
  }
  /** A DataTable or a DataTableBuilder (reference: setDataTable(table) / setDataTable(tableBuilder)). */
  setDataTable(table: DataTableImpl | DataTableBuilderImpl): this {
    if (!(table instanceof DataTableImpl) && !(table instanceof DataTableBuilderImpl))
      throw this.world.error('invalidArgument', { name: 'table' });
    this.spec.table = table.getDataTable();
    return this;
  }
  setTitle(title: string): this {
    this.spec.title = String(title);
    return this;
  }
  /** Pixels. */
  setDimensions(width: number, height: number): this {
    const w = Math.trunc(Number(width));
    const h = Math.trunc(Number(height));
    if (!(w > 0) || !(h > 0)) throw this.world.error('invalidArgument', { name: w > 0 ? 'height' : 'width' });
    this.spec.width = w;
    this.spec.height = h;
    return this;
  }
  /** The value axis runs from start to end (reference: setRange(start, end)). */
  setRange(start: number, end: number): this {
    this.spec.range = { min: Number(start), max: Number(end) };
    return this;
  }
  setColors(cssValues: string[]): this {
    this.spec.colors = cssValues.map(String);
    return this;
  }
  setLegendPosition(position: string): this {
    if (!(String(position) in Position)) throw this.world.error('invalidArgument', { name: 'position' });
    this.spec.legend = String(position);
    return this;
  }
  setStacked(): this {
    this.spec.stacked = true;
    return this;
  }
  reverseCategories(): this {
    this.spec.reversed = true;
    return this;
  }
  setXAxisTitle(title: string): this {
    this.spec.xTitle = String(title);
    return this;
  }
  setYAxisTitle(title: string): this {
    this.spec.yTitle = String(title);
    return this;
  }
  /** Building a chart without data fails (reference: the builder needs a data table). */
  build(): ChartImpl {
    if (!this.spec.table) throw this.world.error('chartNoData');
    return new ChartImpl(this.world, { ...this.spec, colors: [...this.spec.colors] });
  }
}

export class ChartsImpl extends GasObject {
  readonly [gasClass] = 'Charts';
  readonly ColumnType = ColumnType;
  readonly Position = Position;
  readonly ChartType = ChartType;
  constructor(private readonly world: World) {
    super();
  }
  newDataTable(): DataTableBuilderImpl {
    return new DataTableBuilderImpl(this.world);
  }
  newBarChart(): ChartBuilderImpl {
    return new ChartBuilderImpl(this.world, 'BAR');
  }
  newColumnChart(): ChartBuilderImpl {
    return new ChartBuilderImpl(this.world, 'COLUMN');
  }
}
