// The playground's HTTP server: the page, the sidebar frame with an injected google.script.run, and a small JSON API.
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import * as esbuild from 'esbuild';
import { PlaygroundSession } from './session';
import { pageHtml } from './page-html';
import { FORM_PATH, handleFormPage } from './forms-route';

export interface PlaygroundOptions {
  /** 0 picks a free port. */
  port?: number;
  host?: string;
  stateFile?: string;
  reset?: boolean;
  distDir?: string;
}

export interface Playground {
  url: string;
  session: PlaygroundSession;
  close(): Promise<void>;
}

const root = path.resolve(__dirname, '../..');

async function bundle(entry: string): Promise<string> {
  const out = await esbuild.build({
    entryPoints: [path.join(__dirname, entry)],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2020',
    write: false,
    charset: 'utf8',
    minify: false,
    logLevel: 'warning',
  });
  return out.outputFiles[0]!.text;
}

/** Inserts the google.script.run client before the sidebar's own scripts (they call it while loading). */
export function injectClient(html: string, clientJs: string, functionNames: readonly string[]): string {
  const safe = (s: string) => s.replace(/<\/script/gi, '<\\/script');
  const tag = `<script>window.__PLAYGROUND_FUNCTIONS__=${safe(JSON.stringify(functionNames))};\n${safe(clientJs)}</script>`;
  const at = html.search(/<script[\s>]/i);
  if (at >= 0) return html.slice(0, at) + tag + html.slice(at);
  const head = html.search(/<\/head>/i);
  return head >= 0 ? html.slice(0, head) + tag + html.slice(head) : tag + html;
}

export async function startPlayground(options: PlaygroundOptions = {}): Promise<Playground> {
  const stateFile = options.stateFile ?? path.join(root, '.playground/state.json');
  const [pageJs, clientJs] = await Promise.all([bundle('client/page.ts'), bundle('client/gas-client.ts')]);
  const pageCss = fs.readFileSync(path.join(__dirname, 'client/page.css'), 'utf8');
  const session = new PlaygroundSession({ stateFile, reset: options.reset, distDir: options.distDir });

  const server = http.createServer((req, res) => {
    handle(req, res).catch((e: unknown) =>
      send(res, 500, { ok: false, error: { name: 'Error', message: String((e as Error)?.message ?? e) } }),
    );
  });

  async function handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const route = `${req.method} ${url.pathname}`;
    const formPath = FORM_PATH.exec(url.pathname);
    if (formPath && (req.method === 'GET' || req.method === 'POST')) {
      const body = req.method === 'POST' ? await readText(req) : '';
      const page = handleFormPage(session, req.method, formPath[1]!, body, url.search);
      return sendText(res, page.status, 'text/html; charset=utf-8', page.html);
    }
    const doc = /^GET \/doc\/([^/]+)$/.exec(route);
    if (doc) {
      const html = session.documentHtml(decodeURIComponent(doc[1]!));
      return html === null
        ? sendText(res, 404, 'text/plain; charset=utf-8', 'Документ не найден')
        : sendText(res, 200, 'text/html; charset=utf-8', html);
    }
    switch (route) {
      case 'GET /':
        return sendText(res, 200, 'text/html; charset=utf-8', pageHtml(pageCss));
      case 'GET /app.js':
        return sendText(res, 200, 'text/javascript; charset=utf-8', pageJs);
      case 'GET /sidebar': {
        const html = session.sidebarHtml();
        if (html === null) return sendText(res, 404, 'text/plain; charset=utf-8', 'Панель не открыта');
        return sendText(
          res,
          200,
          'text/html; charset=utf-8',
          injectClient(html, clientJs, session.runner.topLevelFunctions),
        );
      }
      case 'GET /api/state':
        return send(res, 200, session.view());
      case 'POST /api/open':
        session.open();
        session.save();
        return send(res, 200, session.view());
      case 'POST /rpc': {
        const body = (await readJson(req)) as { name?: unknown; args?: unknown };
        const args = Array.isArray(body.args) ? body.args : [];
        return send(res, 200, session.rpc(String(body.name ?? ''), args));
      }
      case 'POST /api/menu': {
        const body = (await readJson(req)) as { functionName?: unknown };
        const result = session.runMenu(String(body.functionName ?? ''));
        return send(res, 200, { ...result, state: session.view() });
      }
      case 'POST /api/triggers': {
        const body = (await readJson(req)) as { to?: unknown };
        const to = body.to === undefined ? session.world.clock.now() : new Date(String(body.to)).getTime();
        if (Number.isNaN(to)) return send(res, 400, { ok: false, error: 'Неверная дата' });
        try {
          const fired = session.runTriggers(to);
          return send(res, 200, { ok: true, fired, state: session.view() });
        } catch (e) {
          return send(res, 200, { ok: false, error: (e as Error).message, state: session.view() });
        }
      }
      case 'POST /api/clock': {
        const body = (await readJson(req)) as { to?: unknown };
        const to = new Date(String(body.to)).getTime();
        if (Number.isNaN(to)) return send(res, 400, { ok: false, error: 'Неверная дата' });
        session.setClock(to);
        return send(res, 200, { ok: true, state: session.view() });
      }
      case 'POST /api/select': {
        const body = (await readJson(req)) as { sheet?: unknown; first?: unknown; last?: unknown };
        const first = Number(body.first);
        const last = Number(body.last ?? body.first);
        if (!Number.isInteger(first) || !Number.isInteger(last) || first < 1 || last < 1)
          return send(res, 400, { ok: false, error: 'Неверные строки' });
        try {
          session.select(String(body.sheet ?? ''), first, last);
          return send(res, 200, { ok: true, state: session.view() });
        } catch (e) {
          return send(res, 200, { ok: false, error: (e as Error).message, state: session.view() });
        }
      }
      case 'POST /api/sidebar/close':
        session.closeSidebar();
        return send(res, 200, { ok: true, state: session.view() });
      case 'POST /api/reset':
        session.reset();
        return send(res, 200, { ok: true, state: session.view() });
      default:
        return sendText(res, 404, 'text/plain; charset=utf-8', 'Не найдено');
    }
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 8080, options.host ?? '127.0.0.1', () => resolve());
  });
  const address = server.address() as AddressInfo;
  return {
    url: `http://localhost:${address.port}/`,
    session,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function readText(req: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

async function readJson(req: http.IncomingMessage): Promise<unknown> {
  const text = await readText(req);
  return text ? JSON.parse(text) : {};
}

function send(res: http.ServerResponse, status: number, value: unknown): void {
  sendText(res, status, 'application/json; charset=utf-8', JSON.stringify(value));
}

function sendText(res: http.ServerResponse, status: number, type: string, text: string): void {
  res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
  res.end(text);
}
