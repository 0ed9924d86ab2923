// HtmlService: HtmlOutput, templates with <?= ?> / <?!= ?> / <? ?> scriptlets, and files from a world-configured map.
import { GasObject, gasClass, unwrap } from '../core/gas-object';
import type { World } from '../core/world';
import { BlobImpl } from './blob';

function enumOf<K extends string>(...names: K[]): Readonly<Record<K, K>> {
  return Object.freeze(Object.fromEntries(names.map((n) => [n, n])) as Record<K, K>);
}

/** Only IFRAME remains; NATIVE and EMULATED are sunset and setSandboxMode has no effect [G ref:html/sandbox-mode]. */
export const SandboxMode = enumOf('EMULATED', 'IFRAME', 'NATIVE');
export const XFrameOptionsMode = enumOf('ALLOWALL', 'DEFAULT');

interface HtmlState {
  files: Record<string, string>;
}

function htmlState(world: World): HtmlState {
  return world.state<HtmlState>('services.html', () => ({ files: {} }));
}

/** Setup API: the project's HTML files by name without ".html" (the bundle harness adds dist/Sidebar.html as 'Sidebar'). */
export function setHtmlFiles(world: World, files: Record<string, string>): void {
  Object.assign(htmlState(world).files, files);
}

export function escapeHtml(s: string): string {
  return s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

function fileContent(world: World, filename: string): string {
  const name = String(filename).replace(/\.html$/, '');
  const content = htmlState(world).files[name];
  // "No HTML file named Index was found." [R RayBB/easy-gmail-scheduler #4]
  if (content === undefined) throw world.error('htmlFileNotFound', { name: String(filename) });
  return content;
}

/** Meta tags allowed by addMetaTag [G ref:html/html-output#addMetaTag(String,String)]. */
const META_NAMES = ['apple-mobile-web-app-capable', 'mobile-web-app-capable', 'viewport'];

export class HtmlOutputMetaTagImpl extends GasObject {
  readonly [gasClass] = 'HtmlOutputMetaTag';
  constructor(
    private readonly name: string,
    private readonly content: string,
  ) {
    super();
  }
  getName(): string {
    return this.name;
  }
  getContent(): string {
    return this.content;
  }
}

export class HtmlOutputImpl extends GasObject {
  readonly [gasClass] = 'HtmlOutput';
  private title = '';
  private width: number | null = null;
  private height: number | null = null;
  private faviconUrl: string | null = null;
  private xFrameOptionsMode: string = XFrameOptionsMode.DEFAULT;
  private metaTags: HtmlOutputMetaTagImpl[] = [];
  constructor(
    private readonly world: World,
    private content = '',
  ) {
    super();
  }
  getContent(): string {
    return this.content;
  }
  setContent(content: string): this {
    this.content = String(content);
    return this;
  }
  append(addedContent: string): this {
    this.content += String(addedContent);
    return this;
  }
  appendUntrusted(addedContent: string): this {
    this.content += escapeHtml(String(addedContent));
    return this;
  }
  clear(): this {
    this.content = '';
    return this;
  }
  getTitle(): string {
    return this.title;
  }
  setTitle(title: string): this {
    this.title = String(title);
    return this;
  }
  getWidth(): number | null {
    return this.width;
  }
  setWidth(width: number): this {
    this.width = Number(width);
    return this;
  }
  getHeight(): number | null {
    return this.height;
  }
  setHeight(height: number): this {
    this.height = Number(height);
    return this;
  }
  setSandboxMode(_mode: unknown): this {
    return this;
  }
  setXFrameOptionsMode(mode: string): this {
    this.xFrameOptionsMode = String(mode);
    return this;
  }
  /** Emulator-internal: the X-Frame-Options mode set (not an Apps Script getter). */
  _xFrameOptionsMode(): string {
    return this.xFrameOptionsMode;
  }
  addMetaTag(name: string, content: string): this {
    if (!META_NAMES.includes(String(name))) throw this.world.error('invalidArgument', { name: 'name' });
    this.metaTags.push(new HtmlOutputMetaTagImpl(String(name), String(content)));
    return this;
  }
  getMetaTags(): HtmlOutputMetaTagImpl[] {
    return [...this.metaTags];
  }
  setFaviconUrl(iconUrl: string): this {
    this.faviconUrl = String(iconUrl);
    return this;
  }
  getFaviconUrl(): string | null {
    return this.faviconUrl;
  }
  getBlob(): BlobImpl {
    return new BlobImpl(Buffer.from(this.content, 'utf8'), 'text/html', this.title || null);
  }
  getAs(contentType: string): BlobImpl {
    return this.getBlob().setContentType(contentType);
  }
}

/** Compiles scriptlets into a function of the template's variables. */
function compile(source: string): string {
  let code = 'let __out = "";\n';
  const re = /<\?(!=|=)?([\s\S]*?)\?>/g;
  let last = 0;
  for (let m = re.exec(source); m; m = re.exec(source)) {
    code += `__out += ${JSON.stringify(source.slice(last, m.index))};\n`;
    const body = m[2]!.trim();
    if (m[1] === '=') code += `__out += __escape(__str(${body}));\n`;
    else if (m[1] === '!=') code += `__out += __str(${body});\n`;
    else code += body + '\n';
    last = re.lastIndex;
  }
  code += `__out += ${JSON.stringify(source.slice(last))};\nreturn __out;`;
  return code;
}

export class HtmlTemplateImpl extends GasObject {
  readonly [gasClass] = 'HtmlTemplate';
  [variable: string]: unknown;
  constructor(
    private readonly world: World,
    private readonly source: string,
  ) {
    super();
  }
  getRawContent(): string {
    return this.source;
  }
  getCode(): string {
    return compile(this.source);
  }
  /** Runs the scriptlets with the template's own properties as variables. */
  evaluate(): HtmlOutputImpl {
    const vars: Record<string, unknown> = {};
    for (const key of Object.keys(this)) if (key !== 'world' && key !== 'source') vars[key] = this[key];
    const names = Object.keys(vars).filter((k) => /^[A-Za-z_$][\w$]*$/.test(k));
    const str = (v: unknown): string => (v === undefined || v === null ? '' : String(v));
    const fn = new Function('__escape', '__str', ...names, compile(this.source)) as (...a: unknown[]) => string;
    return new HtmlOutputImpl(this.world, fn(escapeHtml, str, ...names.map((n) => vars[n])));
  }
}

export class HtmlServiceImpl extends GasObject {
  readonly [gasClass] = 'HtmlService';
  readonly SandboxMode = SandboxMode;
  readonly XFrameOptionsMode = XFrameOptionsMode;
  constructor(private readonly world: World) {
    super();
  }
  createHtmlOutput(html?: unknown): HtmlOutputImpl {
    if (html === undefined) return new HtmlOutputImpl(this.world);
    const raw = html && typeof html === 'object' ? unwrap(html as object) : html;
    if (raw instanceof BlobImpl) return new HtmlOutputImpl(this.world, raw.getDataAsString());
    if (raw instanceof HtmlTemplateImpl) return raw.evaluate();
    return new HtmlOutputImpl(this.world, String(html));
  }
  createHtmlOutputFromFile(filename: string): HtmlOutputImpl {
    return new HtmlOutputImpl(this.world, fileContent(this.world, filename));
  }
  createTemplate(html: unknown): HtmlTemplateImpl {
    const raw = html && typeof html === 'object' ? unwrap(html as object) : html;
    return new HtmlTemplateImpl(this.world, raw instanceof BlobImpl ? raw.getDataAsString() : String(html));
  }
  createTemplateFromFile(filename: string): HtmlTemplateImpl {
    return new HtmlTemplateImpl(this.world, fileContent(this.world, filename));
  }
  getUserAgent(): string {
    return 'Mozilla/5.0 (emulator)';
  }
}
