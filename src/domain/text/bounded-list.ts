// A list joined into one line that stays within a length: what does not fit is counted («и ещё 2 480»), never cut
// mid-item. Sheets refuses a cell over 50,000 characters, so lists that grow with the data are bounded before writing.

/** Joins `items` with `separator` while the text stays within `maxChars`, then adds «и ещё N». */
export function boundedList(items: readonly string[], maxChars: number, separator = '; '): string {
  let text = '';
  for (let i = 0; i < items.length; i++) {
    const next = text ? `${text}${separator}${items[i]}` : items[i]!;
    const rest = items.length - i - 1;
    const tail = rest > 0 ? `${separator}и ещё ${rest.toLocaleString('ru-RU')}` : '';
    if (next.length + tail.length > maxChars) {
      const left = items.length - i;
      return `${text}${text ? separator : ''}и ещё ${left.toLocaleString('ru-RU')}`;
    }
    text = next;
  }
  return text;
}

/** What the add-on writes into one cell at most: well inside Sheets' 50,000 characters. */
export const CELL_TEXT_LIMIT = 40_000;
