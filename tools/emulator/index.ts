// Public face of the in-memory Apps Script emulator.
import './spreadsheet';
import './services';
import './forms';
import './documents';
import './charts';
import './drive';
import './link';
import './forms-sheets';

export { World, type WorldOptions, type Execution, type ExecutionKind } from './core/world';
export { createGlobals, registerGlobals } from './globals';
export { GasObject, gasClass, expose, unwrap } from './core/gas-object';
export { GasError, message, defineMessages, type Locale } from './core/errors';
export { costRules, costOf } from './core/cost-model';
export type { AuthMode } from './core/scopes';
