// Sidebar handlers of «Дорожная карта»: thin adapters from the contract to the roadmap use cases.
import { runDailyCheck } from '../../app/roadmap/daily-check';
import { getRoadmapOverview } from '../../app/roadmap/overview';
import { disableReminders, enableReminders } from '../../app/roadmap/reminders';
import type { RpcHandlers } from '../rpc-handler';

export const roadmapHandlers: Pick<RpcHandlers, 'getRoadmap' | 'roadmapCheck' | 'roadmapReminders'> = {
  getRoadmap: (ctx) => getRoadmapOverview(ctx),
  roadmapCheck: (ctx, input) => runDailyCheck(ctx, { mode: input.send ? 'send' : 'preview', source: 'manual' }),
  roadmapReminders: (ctx, input) => (input.on ? enableReminders(ctx) : disableReminders(ctx)),
};
