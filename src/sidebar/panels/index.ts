// The sidebar's panels in tab order.
import { banksPanel } from './banks';
import { documentsPanel } from './documents';
import { homePanel } from './home';
import type { Panel } from './panel';

export const panels: Panel[] = [homePanel, banksPanel, documentsPanel];
