// School templates: the layouts with placeholders, the placeholders each kind fills (the same names the builders
// give values for), and the check that reports what a template asks for that cannot be filled.
import { consentParts } from '../../../src/domain/documents/consent';
import { orderParts } from '../../../src/domain/documents/order';
import { participantsOf } from '../../../src/domain/documents/participants';
import { programParts } from '../../../src/domain/documents/program';
import {
  checkTemplateText,
  placeholderHelp,
  schoolTemplate,
  TEMPLATE_KINDS,
  templatePlaceholders,
  type TemplateKind,
} from '../../../src/domain/documents/school-templates';
import { renderText } from '../../../src/domain/documents/text-renderer';
import { PLACEHOLDERS } from '../../../src/domain/documents/templates';
import { d, pairs, settings } from './fixtures';

/** The names a kind actually gets values or blocks for, from the builders themselves. */
function filledNames(kind: TemplateKind): string[] {
  if (kind === 'order') {
    const p = orderParts({ settings, number: '1', date: d('2026-09-25'), pairs });
    return [...Object.keys(p.values), ...Object.keys(p.blocks)];
  }
  if (kind === 'program') {
    const p = programParts({ settings, pair: pairs[0]! });
    return [...Object.keys(p.values), ...Object.keys(p.sections)];
  }
  const people = participantsOf(pairs);
  const person = people.find((x) => x.role === (kind === 'consentMentor' ? 'mentor' : 'mentee'))!;
  const p = consentParts({ settings, pairs }, person, []);
  return [
    ...Object.keys(p.values),
    ...Object.keys(p.sections).filter((k) => kind === 'consentMentor' || k !== 'проект_соглашения'),
  ];
}

describe('school templates', () => {
  test.each(TEMPLATE_KINDS)('%s: the documented placeholders are exactly those the builder fills', (kind) => {
    expect([...templatePlaceholders[kind]].sort()).toEqual([...new Set(filledNames(kind))].sort());
    expect(
      placeholderHelp(kind)
        .map((p) => p.name)
        .sort(),
    ).toEqual([...templatePlaceholders[kind]].sort());
  });

  test.each(TEMPLATE_KINDS)(
    '%s: the template uses only its own placeholders, each block one alone on its line',
    (kind) => {
      const doc = schoolTemplate(kind);
      const text = renderText(doc);
      expect(checkTemplateText(kind, text)).toEqual({ unknown: [], notApplicable: [] });
      for (const p of PLACEHOLDERS.filter((x) => x.kind === 'block' && templatePlaceholders[kind].includes(x.name)))
        expect(text.split('\n')).toContain(`{{${p.name}}}`);
      expect(text).not.toContain('Сосногорск'); // no school's values in a template
    },
  );

  test('the check separates unknown names from known names of another document', () => {
    expect(checkTemplateText('order', 'Приказ № {{ Номер приказа }} {{план}} {{подпись_завуча}} {{план}}')).toEqual({
      unknown: ['подпись_завуча'],
      notApplicable: ['план'],
    });
  });
});
