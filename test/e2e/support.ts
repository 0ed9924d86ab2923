// Helpers for browser tests: a registry of tests, the shared Chromium, and withPlayground() around each test.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type Frame, type Page } from 'playwright-core';
import { startPlayground, type Playground } from '../../tools/playground/playground';

export const resultsDir = path.resolve(__dirname, '../../test-results');
export const screenshotsDir = path.join(resultsDir, 'e2e');

/** Thrown to mark a test as skipped (no browser outside CI). */
export class SkipTest extends Error {}

export interface E2eTest {
  name: string;
  file: string;
  fn: () => Promise<void>;
}

export const registry: E2eTest[] = [];
let currentFile = '';

export function setCurrentFile(file: string): void {
  currentFile = file;
}

/** Registers a browser test; test/e2e/run.ts runs them one after another. */
export function test(name: string, fn: () => Promise<void>): void {
  registry.push({ name, file: currentFile, fn });
}

/** Flags for Debian's Chromium as root on a machine without outside network. */
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function chromePath(): string | null {
  const p = process.env.CHROME_PATH || '/usr/bin/chromium';
  return fs.existsSync(p) ? p : null;
}

let browser: Browser | null = null;

/** One Chromium for the whole run (a fresh context per test), never a downloaded browser. */
export async function sharedBrowser(): Promise<Browser> {
  if (browser) return browser;
  const executablePath = chromePath();
  if (!executablePath) {
    const where = process.env.CHROME_PATH || '/usr/bin/chromium';
    if (process.env.CI === 'true')
      throw new Error(`e2e: no Chromium at ${where} and CI=true: install Debian's chromium or set CHROME_PATH`);
    throw new SkipTest(`no Chromium at ${where} (install Debian's chromium or set CHROME_PATH)`);
  }
  // Playwright gives every launch a fresh, empty user-data-dir of its own (it refuses --user-data-dir in args).
  browser = await chromium.launch({ executablePath, headless: true, args: CHROMIUM_ARGS });
  return browser;
}

export async function closeBrowser(): Promise<void> {
  await browser?.close();
  browser = null;
}

export interface PlaygroundFixture {
  page: Page;
  /** The sidebar iframe (dist/Sidebar.html with the injected google.script.run), once loaded. */
  frame: Frame;
  url: string;
  playground: Playground;
  stateFile: string;
  /** Saves test-results/e2e/<name>.png. */
  screenshot(name: string): Promise<string>;
}

export interface PlaygroundOptions {
  /** Reuse a state file (default: a new temp file, so the playground starts with demo data). */
  stateFile?: string;
  reset?: boolean;
}

/** Starts the playground in-process on a free port, opens it in Chromium, waits for the page and the sidebar. */
export async function withPlayground<T>(
  fn: (fixture: PlaygroundFixture) => Promise<T>,
  options: PlaygroundOptions = {},
): Promise<T> {
  const b = await sharedBrowser();
  const stateFile =
    options.stateFile ?? path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'e2e-playground-')), 'state.json');
  const playground = await startPlayground({ port: 0, stateFile, reset: options.reset ?? !options.stateFile });
  const context = await b.newContext({
    viewport: { width: 1400, height: 900 },
    locale: 'ru-RU',
    timezoneId: 'Europe/Moscow',
  });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  const pageErrors: string[] = [];
  page.on('pageerror', (e) => pageErrors.push(e.message));
  try {
    await page.goto(playground.url);
    await page.waitForSelector('body[data-ready="true"]');
    const frame = await sidebarFrame(page);
    const fixture: PlaygroundFixture = {
      page,
      frame,
      url: playground.url,
      playground,
      stateFile,
      async screenshot(name) {
        fs.mkdirSync(screenshotsDir, { recursive: true });
        const file = path.join(screenshotsDir, `${name.replace(/[^\w.-]+/g, '-')}.png`);
        await page.screenshot({ path: file, fullPage: true });
        return file;
      },
    };
    const result = await fn(fixture);
    if (pageErrors.length) throw new Error(`errors in the page: ${pageErrors.join('; ')}`);
    return result;
  } catch (e) {
    fs.mkdirSync(screenshotsDir, { recursive: true });
    await page
      .screenshot({ path: path.join(screenshotsDir, `failure-${Date.now()}.png`), fullPage: true })
      .catch(() => undefined);
    throw e;
  } finally {
    await context.close();
    await playground.close();
  }
}

/** The sidebar iframe's frame once its document has loaded (the add-on's script has started). */
export async function sidebarFrame(page: Page): Promise<Frame> {
  const handle = await page.waitForSelector('#sidebar-frame[src^="/sidebar"]');
  const frame = await handle.contentFrame();
  if (!frame) throw new Error('the sidebar iframe has no frame');
  await frame.waitForLoadState('load');
  await frame.waitForSelector('#app');
  return frame;
}

/** The add-on menu items currently in the «Расширения» dropdown: caption and function name. */
export async function menuItems(page: Page): Promise<Array<{ caption: string; functionName: string }>> {
  return page.$$eval('#ext-dropdown button.menu-item', (buttons) =>
    buttons.map((b) => ({
      caption: (b.textContent ?? '').trim(),
      functionName: (b as HTMLElement).dataset.function ?? '',
    })),
  );
}

/** Clicks «Расширения» → the item with this caption and waits until its execution is listed. */
export async function clickMenuItem(page: Page, caption: string): Promise<{ ok: boolean; text: string }> {
  const topId = () => document.querySelector('#pane-executions tbody tr td')?.textContent ?? '';
  const before = await page.evaluate(topId);
  await page.click('#ext-menu-button');
  await page.click(`#ext-dropdown button.menu-item:text-is("${caption.replace(/"/g, '\\"')}")`);
  await page.waitForFunction(
    (prev) => (document.querySelector('#pane-executions tbody tr td')?.textContent ?? '') !== prev,
    before,
  );
  const first = await page.$eval('#pane-executions tbody tr td:nth-child(6)', (td) => ({
    ok: td.classList.contains('ok'),
    text: (td.textContent ?? '').trim(),
  }));
  return first;
}
