// The sidebar's panels in tab order.
import { banksPanel } from './banks';
import { documentsPanel } from './documents';
import { closingPanel } from './closing';
import { homePanel } from './home';
import { formsPanel } from './forms';
import { matchingPanel } from './matching';
import type { Panel } from './panel';
import { roadmapPanel } from './roadmap';

export const panels: Panel[] = [
  homePanel,
  banksPanel,
  formsPanel,
  matchingPanel,
  documentsPanel,
  roadmapPanel,
  closingPanel,
];
