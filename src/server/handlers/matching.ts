// Sidebar handlers of «Подбор»: thin adapters from the contract to the matching use cases.
import { bankAnalysis } from '../../app/matching/analysis';
import { setPairBan } from '../../app/matching/bans';
import { confirmPairs } from '../../app/matching/confirm';
import { proposeGroupsForWaiting } from '../../app/matching/groups';
import { dissolvePair, replaceMentor, setCoMentors } from '../../app/matching/manage-pairs';
import { matchingOverview } from '../../app/matching/overview';
import { proposeForWaiting } from '../../app/matching/propose';
import { reofferSupported } from '../../app/matching/reoffer';
import { suggestForMentees, suggestForSelection } from '../../app/matching/suggest';
import type { RpcHandlers } from '../rpc-handler';

type MatchingCalls =
  | 'matchingOverview'
  | 'matchingSuggest'
  | 'matchingPropose'
  | 'matchingConfirm'
  | 'matchingGroups'
  | 'matchingDissolve'
  | 'matchingReplaceMentor'
  | 'matchingSetCoMentors'
  | 'matchingBan'
  | 'matchingReoffer'
  | 'matchingAnalysis';

export const matchingHandlers: Pick<RpcHandlers, MatchingCalls> = {
  matchingOverview: (ctx) => matchingOverview(ctx),
  matchingSuggest: (ctx, input) =>
    'selection' in input ? suggestForSelection(ctx, input) : suggestForMentees(ctx, input),
  matchingPropose: (ctx, input) => proposeForWaiting(ctx, input),
  matchingConfirm: (ctx, input) => confirmPairs(ctx, input),
  matchingGroups: (ctx) => proposeGroupsForWaiting(ctx),
  matchingDissolve: (ctx, input) => dissolvePair(ctx, input),
  matchingReplaceMentor: (ctx, input) => replaceMentor(ctx, input),
  matchingSetCoMentors: (ctx, input) => setCoMentors(ctx, input),
  matchingBan: (ctx, input) => setPairBan(ctx, input),
  matchingReoffer: (ctx) => reofferSupported(ctx),
  matchingAnalysis: (ctx, input) => bankAnalysis(ctx, input),
};
