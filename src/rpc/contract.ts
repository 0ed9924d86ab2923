// Every sidebar call, by name: the one contract the server implements and the client calls.
import type { z } from 'zod';
import { matchingRpc } from './matching';
import { roadmapRpc } from './roadmap';
import { documentsRpc } from './documents';
import { homeRpc } from './home';
import { closingRpc } from './closing';
import { shellRpc } from './shell';
import { workbookRpc } from './workbook';
import { formsRpc } from './forms';

export const rpcContract = {
  ...shellRpc,
  ...homeRpc,
  ...workbookRpc,
  ...formsRpc,
  ...matchingRpc,
  ...roadmapRpc,
  ...documentsRpc,
  ...closingRpc,
} as const;

export type RpcContract = typeof rpcContract;
export type RpcName = keyof RpcContract;
export type RpcInput<N extends RpcName> = z.input<RpcContract[N]['input']>;
export type RpcOutput<N extends RpcName> = z.output<RpcContract[N]['output']>;
