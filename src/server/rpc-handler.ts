// Runs one sidebar call: validates its input, calls the use case, validates the result, turns errors into Russian.
import type { z } from 'zod';
import { BusyError, UserError } from '../app/errors';
import type { AppContext } from '../app/context';
import type { RpcErrorInfo, RpcResult } from '../rpc/define';
import { rpcContract, type RpcContract, type RpcName, type RpcOutput } from '../rpc/contract';

export type RpcHandlers = {
  [N in RpcName]: (ctx: AppContext, input: z.output<RpcContract[N]['input']>) => RpcOutput<N>;
};

function describeIssues(error: z.ZodError): string[] {
  return error.issues.map((i) => `${i.path.length ? i.path.join('.') + ': ' : ''}${i.message}`);
}

export function runRpc<N extends RpcName>(
  name: N,
  handler: RpcHandlers[N],
  ctx: () => AppContext,
  rawInput: unknown,
  log: (text: string) => void,
): RpcResult<RpcOutput<N>> {
  const def = rpcContract[name];
  const parsed = def.input.safeParse(rawInput ?? {});
  if (!parsed.success) {
    return fail({
      code: 'invalid_input',
      message: 'Панель отправила неверный запрос. Обновите панель и повторите.',
      details: describeIssues(parsed.error),
    });
  }
  try {
    const output = handler(ctx(), parsed.data as never);
    const checked = def.output.safeParse(output);
    if (!checked.success) {
      log(`rpc ${name}: result does not match its contract: ${describeIssues(checked.error).join('; ')}`);
      return fail({
        code: 'internal',
        message: 'Внутренняя ошибка дополнения: ответ не прошёл проверку. Сообщите разработчикам.',
      });
    }
    return { ok: true, data: checked.data as RpcOutput<N> };
  } catch (e) {
    if (e instanceof BusyError) return fail({ code: 'busy', message: e.message });
    if (e instanceof UserError)
      return fail({ code: 'user_error', message: e.message, details: e.details.length ? e.details : undefined });
    const err = e as Error;
    log(`rpc ${name} failed: ${err?.stack ?? String(e)}`);
    return fail({ code: 'internal', message: `Не удалось выполнить действие: ${err?.message ?? String(e)}` });
  }
}

function fail(error: RpcErrorInfo): { ok: false; error: RpcErrorInfo } {
  return { ok: false, error };
}
