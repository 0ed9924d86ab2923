// A personal questionnaire link from one prefilled template: Forms makes the template once per form (with
// placeholder answers), and each participant's link is the template with their own values — so links for any
// number of participants cost the same few Forms calls.

/** Placeholder answers: letters and digits only, so URL encoding leaves them as they are. */
export function placeholder(n: number): string {
  return `NSTVKPLACEHOLDER${n}X`;
}

/**
 * The template's query with each placeholder replaced by its value (URL-encoded); a parameter whose value is empty
 * is left out, so a pair with one request does not pre-fill the other request slots.
 */
export function fillPrefill(template: string, values: ReadonlyMap<string, string>): string {
  const q = template.indexOf('?');
  if (q < 0) return template;
  const base = template.slice(0, q);
  const params = template
    .slice(q + 1)
    .split('&')
    .flatMap((part) => {
      const eq = part.indexOf('=');
      const value = eq < 0 ? '' : part.slice(eq + 1);
      if (!values.has(value)) return [part];
      const filled = values.get(value)!;
      return filled === '' ? [] : [`${part.slice(0, eq)}=${encodeURIComponent(filled)}`];
    });
  return `${base}?${params.join('&')}`;
}
