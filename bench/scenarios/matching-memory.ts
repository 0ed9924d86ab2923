// Peak memory of one «Автоподбор» in a fresh process (maxRSS), so nothing else in the benchmark run is counted.
// Run as: node --import tsx bench/scenarios/matching-memory.ts <mentees> <mentors> <minScore>; prints JSON.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { proposeAssignment } from '../../src/domain/matching/assignment';
import { defaultMatchWeights } from '../../src/domain/matching/weights';
import { makeInstance } from './matching-instances';

export interface MemoryRun {
  /** Peak resident set of the process that only built the banks (Node + tsx + the banks). */
  baselineMB: number;
  /** Peak resident set after the assignment ran as well. */
  peakMB: number;
}

function main(): void {
  const [mentees, mentors, minScore] = process.argv.slice(2).map(Number) as [number, number, number];
  const inst = makeInstance({ seed: 7, mentees, mentors });
  const baselineMB = process.resourceUsage().maxRSS / 1024;
  proposeAssignment(
    inst.mentees,
    inst.mentors,
    { weights: { ...defaultMatchWeights, minScore } },
    { mode: 'maxScore' },
  );
  const peakMB = process.resourceUsage().maxRSS / 1024;
  process.stdout.write(JSON.stringify({ baselineMB, peakMB } satisfies MemoryRun));
}

/** Runs the measurement in a child process; null when it could not run. */
export function measurePeakMemory(mentees: number, mentors: number, minScore: number): MemoryRun | null {
  const r = spawnSync(
    process.execPath,
    ['--import', 'tsx', path.join(__dirname, 'matching-memory.ts'), String(mentees), String(mentors), String(minScore)],
    {
      cwd: path.resolve(__dirname, '../..'),
      encoding: 'utf8',
      env: { ...process.env, MATCHING_MEMORY_CHILD: '1' },
    },
  );
  try {
    return JSON.parse(r.stdout) as MemoryRun;
  } catch {
    return null;
  }
}

if (process.env.MATCHING_MEMORY_CHILD === '1') main();
