// google.script.run and google.script.host for the sidebar iframe: the wire rules, then POST /rpc to the playground.
import { checkArguments, RunQueue } from '../../emulator/services/wire';

type Handler = (value: unknown, userObject?: unknown) => void;

interface RunnerState {
  success?: Handler;
  failure?: Handler;
  userObject?: unknown;
}

declare global {
  interface Window {
    /** Top-level function names of dist/Code.js, injected by the playground server. */
    __PLAYGROUND_FUNCTIONS__?: string[];
    google?: unknown;
  }
}

const queue = new RunQueue(10);
const names = (window.__PLAYGROUND_FUNCTIONS__ ?? []).filter((n) => !n.endsWith('_'));

function notifyParent(message: Record<string, unknown>): void {
  if (window.parent && window.parent !== window)
    window.parent.postMessage({ source: 'nastavnik-sidebar', ...message }, '*');
}

async function send(
  name: string,
  args: unknown[],
): Promise<{ ok: true; value: unknown } | { ok: false; error: { name: string; message: string } }> {
  try {
    const response = await fetch('/rpc', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name, args }),
    });
    return await response.json();
  } catch (e) {
    return { ok: false, error: { name: 'NetworkError', message: `NetworkError: ${(e as Error).message}` } };
  }
}

/** Runners are immutable: each with… returns a new one, a later with… overrides an earlier one (§2). */
function makeRunner(state: RunnerState): Record<string, unknown> {
  const runner: Record<string, unknown> = {
    withSuccessHandler: (fn: Handler) => makeRunner({ ...state, success: fn }),
    withFailureHandler: (fn: Handler) => makeRunner({ ...state, failure: fn }),
    withUserObject: (obj: unknown) => makeRunner({ ...state, userObject: obj }),
  };
  for (const name of names) {
    runner[name] = (...args: unknown[]): void => {
      // Illegal arguments throw here, synchronously, before anything is sent (§2).
      checkArguments(args);
      const copy = JSON.parse(JSON.stringify(args.map((a) => (a === undefined ? null : a)))) as unknown[];
      void queue
        .run(() => send(name, copy))
        .then((result) => {
          notifyParent({ type: 'executed', name });
          if (result.ok) state.success?.(result.value, state.userObject);
          else {
            const error = new Error(result.error.message);
            error.name = result.error.name;
            if (state.failure) state.failure(error, state.userObject);
            else console.error(error);
          }
        });
    };
  }
  return runner;
}

window.google = {
  script: {
    run: makeRunner({}),
    host: {
      close: () => notifyParent({ type: 'close' }),
      setHeight: () => undefined,
      setWidth: () => undefined,
      editor: { focus: () => notifyParent({ type: 'focus' }) },
      origin: window.location.origin,
    },
  },
};

// The add-on's links point at Google, unreachable here: the playground serves the emulated form or document —
// a respondent link of a Google Form (a prefilled one keeps its answers), or a Google Doc the add-on wrote.
document.addEventListener(
  'click',
  (e) => {
    const a = (e.target as Element | null)?.closest?.('a[href]') as HTMLAnchorElement | null;
    if (!a) return;
    const form = /^https:\/\/docs\.google\.com\/forms\/d\/e\/([^/]+)\/viewform(\?[^#]*)?/.exec(a.href);
    const doc = /^https:\/\/docs\.google\.com\/document\/d\/([^/?#]+)/.exec(a.href);
    if (!form && !doc) return;
    e.preventDefault();
    window.open(
      form ? `/forms/d/e/${form[1]}/viewform${form[2] ?? ''}` : `/doc/${encodeURIComponent(doc![1]!)}`,
      '_blank',
      'noopener',
    );
  },
  true,
);
