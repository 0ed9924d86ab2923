// A form answer as text the curator can read and correct in «Карантин» («Вопрос»: ответ, a line per question), and back.
import { TIMESTAMP_TITLES } from '../../domain/forms';
import { normalizeTerm } from '../../domain/model';

/** What one cell may hold is 50,000 characters (§3.5); the reason and the rest of the row need room too. */
export const ANSWER_TEXT_MAX = 45_000;
export const CLIPPED_MARK = '…[ответ обрезан: полный текст — в листе ответов формы]';

const timestampTitles = new Set(TIMESTAMP_TITLES.map(normalizeTerm));
const LINE = /^«([^»\n]+)»:[ \t]?(.*)$/;

/** «Вопрос»: ответ per question (the timestamp has its own column); clipped to fit a cell, the original stays in the response sheet. */
export function formatAnswerText(namedValues: Readonly<Record<string, readonly string[]>>): string {
  const lines: string[] = [];
  for (const [title, values] of Object.entries(namedValues)) {
    if (timestampTitles.has(normalizeTerm(title))) continue;
    lines.push(`«${title}»: ${values.filter((v) => v !== '').join(', ')}`);
  }
  const text = lines.join('\n');
  return text.length > ANSWER_TEXT_MAX ? text.slice(0, ANSWER_TEXT_MAX - CLIPPED_MARK.length) + CLIPPED_MARK : text;
}

/**
 * The curator's (possibly corrected) text back into namedValues. A line that does not start with «Вопрос»: continues
 * the previous answer (a paragraph answer may span lines); text before the first question is ignored.
 */
export function parseAnswerText(text: string): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  let current: string | null = null;
  for (const line of text.replace(/\r\n?/g, '\n').split('\n')) {
    const m = LINE.exec(line);
    if (m) {
      current = m[1]!.trim();
      out[current] = [m[2]!];
    } else if (current !== null) {
      out[current]![0] += `\n${line}`;
    }
  }
  return out;
}
