// The RE2 subset replaceText/findText accept (apps-script-facts §7.2): a string pattern compiled without JS-only syntax.
import type { World } from '../core/world';

/**
 * RE2 has no backreferences and no lookaround; those patterns are rejected as invalid rather than silently working.
 * A leading (?i) is RE2's case-insensitive flag. A "{" that does not start a valid repetition is a literal in RE2 as
 * in non-unicode JS, so "{{name}}" matches literally in both; "\{\{name\}\}" is the portable spelling.
 */
export function compileRe2(world: World, pattern: string): RegExp {
  let source = String(pattern);
  let flags = 'g';
  const mode = /^\(\?([imsU]+)\)/.exec(source);
  if (mode) {
    if (mode[1]!.includes('i')) flags += 'i';
    if (mode[1]!.includes('s')) flags += 's';
    if (mode[1]!.includes('m')) flags += 'm';
    source = source.slice(mode[0].length);
  }
  if (/\\[1-9]|\(\?[=!]|\(\?<[=!]|\\k</.test(source)) throw world.error('docRegex', { pattern });
  // RE2 named groups are (?P<name>…); JS spells them (?<name>…).
  source = source.replace(/\(\?P</g, '(?<');
  try {
    return new RegExp(source, flags);
  } catch {
    throw world.error('docRegex', { pattern });
  }
}

/** Non-empty matches of `re` in `text` (empty matches are skipped: they replace nothing in Docs [U]). */
export function matchesIn(re: RegExp, text: string): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    out.push({ start: m.index, end: m.index + m[0].length });
  }
  return out;
}
