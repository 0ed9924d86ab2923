// Small Russian text touches: capital letters and final punctuation of generated sentences.

export function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** Lower-cases the first letter unless the text starts with an abbreviation (ГИА, ФГОС). */
export function lowerFirst(s: string): string {
  return /^[А-ЯЁA-Z]{2}/.test(s) ? s : s.charAt(0).toLowerCase() + s.slice(1);
}

export function ensureDot(s: string): string {
  return /[.!?…]$/.test(s) ? s : `${s}.`;
}
