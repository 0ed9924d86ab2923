import { createContext } from '../../src/app/context';
import { matchingOverview } from '../../src/app/matching/overview';
import { proposeForWaiting } from '../../src/app/matching/propose';
import { bankAnalysis } from '../../src/app/matching/analysis';
import type { AppsScriptServices } from '../../src/google/services';
import { World, createGlobals } from '../../tools/emulator';
import { seedDemo } from '../../tools/playground/demo';

test('scratch demo', () => {
  const world = new World({ now: '2026-09-07T09:00:00+03:00', locale: 'ru' });
  seedDemo(world);
  const services = { ...createGlobals(world), now: () => world.clock.date() } as unknown as AppsScriptServices;
  const run = <T>(fn: (ctx: ReturnType<typeof createContext>) => T) => world.execute({ authMode: 'FULL', kind: 'rpc' }, () => fn(createContext(services)));
  const o = run(matchingOverview);
  console.log(o.counts, o.pairs.map((p) => `${p.id} ${p.mentorNames} — ${p.menteeNames} ${p.score}`), o.warnings);
  const p = run((ctx) => proposeForWaiting(ctx, { mode: 'maxScore', pins: [], exclusions: [], skip: [], revisit: false }));
  console.log(p.totals, p.pairs.slice(0, 5).map((x) => `${x.menteeName} ← ${x.mentorName} ${x.score}: ${x.summary}`), p.unassigned, p.warnings);
  const a = run((ctx) => bankAnalysis(ctx, { write: false }));
  console.log(a.rows.map((r) => `${r.competence.slice(0, 30)} ${r.waitingNeed}/${r.mentorsOffering}/${r.freePlaces} ${r.verdictRu}`), a.totals);
});
