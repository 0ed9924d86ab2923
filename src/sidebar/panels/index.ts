// The sidebar's panels in tab order.
import { banksPanel } from './banks';
import { closingPanel } from './closing';
import { homePanel } from './home';
import type { Panel } from './panel';

export const panels: Panel[] = [homePanel, banksPanel, closingPanel];
