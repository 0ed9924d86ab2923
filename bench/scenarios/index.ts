// The registry of benchmark scenarios: add a line here when a scenario module lands.
import { runBundleShellBench } from './bundle-shell';
import { runFormsBench } from './forms';
import { runDocumentsBench } from './documents';
import { runClosingBench } from './closing';
import { runMatchingBench } from './matching';
import { runMatchingWorkbookBench } from './matching-workbook';
import { runRoadmapBench } from './roadmap';
import type { BenchScenario } from './types';
import { runWorkbookBench } from './workbook';

export const scenarios: BenchScenario[] = [
  { name: 'bundle-shell', run: runBundleShellBench },
  { name: 'matching', run: () => runMatchingBench() },
  { name: 'workbook', run: (sizes) => runWorkbookBench(sizes) },
  { name: 'forms', run: (sizes) => runFormsBench(sizes) },
  { name: 'matching-workbook', run: (sizes) => runMatchingWorkbookBench(sizes) },
  { name: 'roadmap', run: (sizes) => runRoadmapBench(sizes) },
  { name: 'documents', run: () => runDocumentsBench() },
  { name: 'closing', run: (sizes) => runClosingBench(sizes) },
];

export { BENCH_SIZES, type BenchResult, type BenchScenario } from './types';
