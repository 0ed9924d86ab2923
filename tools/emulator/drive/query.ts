// The subset of the Drive v3 `q` language the add-on uses: name/mimeType comparisons, trashed, '<id>' in parents,
// appProperties has { key='k' and value='v' }.
import type { World } from '../core/world';
import type { DriveFile } from './files';

type Test = (f: DriveFile) => boolean;

const STR = String.raw`'((?:[^'\\]|\\.)*)'`;
const unescape = (s: string): string => s.replace(/\\(.)/g, '$1');

/** Splits on top-level " and " (outside quoted strings and outside the braces of a `has { … }` term). */
function clauses(q: string): string[] {
  const out: string[] = [];
  let cur = '';
  let quoted = false;
  let braces = 0;
  for (let i = 0; i < q.length; i++) {
    const ch = q[i]!;
    if (ch === '\\' && quoted) {
      cur += ch + (q[++i] ?? '');
      continue;
    }
    if (ch === "'") quoted = !quoted;
    if (!quoted && ch === '{') braces++;
    if (!quoted && ch === '}') braces--;
    if (!quoted && braces === 0 && /^\s+and\s+/i.test(q.slice(i))) {
      out.push(cur.trim());
      cur = '';
      i += /^\s+and\s+/i.exec(q.slice(i))![0].length - 1;
      continue;
    }
    cur += ch;
  }
  out.push(cur.trim());
  return out.filter(Boolean);
}

function clause(world: World, c: string): Test {
  let m = new RegExp(`^(name|mimeType)\\s*(=|!=|contains)\\s*${STR}$`).exec(c);
  if (m) {
    const field = m[1] as 'name' | 'mimeType';
    const op = m[2]!;
    const value = unescape(m[3]!);
    if (op === 'contains' && field === 'mimeType') throw world.error('driveInvalid', { method: 'list', what: 'q' });
    return op === '='
      ? (f) => f[field] === value
      : op === '!='
        ? (f) => f[field] !== value
        : (f) => f[field].includes(value);
  }
  m = /^trashed\s*(=|!=)\s*(true|false)$/.exec(c);
  if (m) {
    const want = (m[2] === 'true') === (m[1] === '=');
    return (f) => f.trashed === want;
  }
  // developers.google.com/drive/api/guides/search-files#custom: "appProperties has { key='additionalID' and
  // value='8e8aceg2af2ge72e78' }"; the key alone is refused (googleapis/google-api-nodejs-client #426: "Invalid query").
  m = new RegExp(`^appProperties\\s+has\\s*\\{\\s*key\\s*=\\s*${STR}\\s+and\\s+value\\s*=\\s*${STR}\\s*\\}$`).exec(c);
  if (m) {
    const key = unescape(m[1]!);
    const value = unescape(m[2]!);
    return (f) => f.appProperties?.[key] === value;
  }
  m = new RegExp(`^${STR}\\s+in\\s+parents$`).exec(c);
  if (m) {
    const id = unescape(m[1]!);
    return (f) => f.parents.includes(id);
  }
  throw world.error('driveInvalid', { method: 'list', what: 'q' });
}

/** Compiles `q`; unsupported syntax is refused like an invalid query rather than ignored. */
export function compileQuery(world: World, q: string | undefined): Test {
  if (q === undefined || q.trim() === '') return () => true;
  const tests = clauses(q).map((c) => clause(world, c));
  return (f) => tests.every((t) => t(f));
}
