// Charts emulator: data tables, bar and column charts rendered to PNG blobs.
import './messages';
import { expose } from '../core/gas-object';
import { registerGlobals } from '../globals';
import { ChartsImpl } from './charts';

registerGlobals((world, globals) => {
  globals.Charts = expose(world, new ChartsImpl(world));
});

export { ChartsImpl, ChartImpl, DataTableImpl, DataTableBuilderImpl, ColumnType, Position, ChartType } from './charts';
export { encodePng, pngSize, Raster } from './png';
