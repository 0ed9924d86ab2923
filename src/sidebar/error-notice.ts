// How every panel shows a failed call: the server's Russian message with its details, or the error's own text.
import { notice } from './dom';
import { RpcError } from './rpc-client';

export function errorNotice(e: unknown): HTMLElement {
  if (e instanceof RpcError) return notice('error', e.message, e.info.details ?? []);
  return notice('error', `Ошибка: ${e instanceof Error ? e.message : String(e)}`);
}
