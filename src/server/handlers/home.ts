// Sidebar handler of «Главная».
import { getHomeOverview } from '../../app/home';
import type { RpcHandlers } from '../rpc-handler';

export const homeHandlers: Pick<RpcHandlers, 'getHome'> = {
  getHome: (ctx) => getHomeOverview(ctx),
};
