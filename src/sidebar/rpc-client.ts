// A typed promise API over google.script.run, restricted to the calls the contract names.
import type { RpcInput, RpcName, RpcOutput } from '../rpc/contract';
import type { RpcErrorInfo, RpcResult } from '../rpc/define';

interface Runner {
  withSuccessHandler(fn: (value: unknown) => void): Runner;
  withFailureHandler(fn: (error: Error) => void): Runner;
  [name: string]: unknown;
}

/** Names of the server's sidebar calls, injected by the build from the public function list. */
declare const __RPC_NAMES__: string[];
const knownNames = new Set<string>(__RPC_NAMES__);

declare const google: { script: { run: Runner; host: { close(): void; editor: { focus(): void } } } };

/** An error the server explained in Russian (or a transport failure we explain ourselves). */
export class RpcError extends Error {
  constructor(readonly info: RpcErrorInfo) {
    super(info.message);
  }
}

let nextId = 0;
export const inFlight = new Set<number>();

export function call<N extends RpcName>(name: N, input: RpcInput<N>): Promise<RpcOutput<N>> {
  if (!knownNames.has(name)) {
    return Promise.reject(new RpcError({ code: 'internal', message: `Неизвестная команда: ${String(name)}` }));
  }
  const id = ++nextId;
  inFlight.add(id);
  return new Promise<RpcOutput<N>>((resolve, reject) => {
    const done = () => inFlight.delete(id);
    const runner = google.script.run
      .withSuccessHandler((value) => {
        done();
        const result = value as RpcResult<RpcOutput<N>> | null;
        if (!result || typeof result !== 'object') {
          reject(new RpcError({ code: 'internal', message: 'Сервер вернул пустой ответ. Повторите действие.' }));
        } else if (result.ok) resolve(result.data);
        else reject(new RpcError(result.error));
      })
      .withFailureHandler((error) => {
        done();
        reject(
          new RpcError({
            code: 'internal',
            message: `Не удалось связаться с таблицей: ${error?.message || 'неизвестная ошибка'}. Проверьте подключение и повторите.`,
          }),
        );
      });
    const fn = runner[name] as ((arg: unknown) => void) | undefined;
    if (typeof fn !== 'function') {
      done();
      reject(new RpcError({ code: 'internal', message: `Команда ${String(name)} недоступна на сервере.` }));
      return;
    }
    fn.call(runner, input);
  });
}

export function closeSidebar(): void {
  google.script.host.close();
}
