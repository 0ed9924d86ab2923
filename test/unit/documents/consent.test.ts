import { buildConsents } from '../../../src/domain/documents/consent';
import { renderText } from '../../../src/domain/documents/text-renderer';
import { count, ivanova, novikova, pairs, popova, settings, smirnov, sokolova, volkov } from './fixtures';

const included = [pairs[0]!, pairs[1]!, pairs[4]!]; // Иванова is in two pairs
const people = [ivanova, smirnov, popova, volkov, sokolova, novikova];
const mentors = [ivanova, smirnov];

describe('consents and additional agreements', () => {
  test('one per page: each participant once, a page per consent and per agreement draft', () => {
    const { document } = buildConsents({ settings, pairs: included }, 'pagePerPerson');
    const text = renderText(document);
    for (const p of people) expect(count(text, `Я, ${p.fullName},`)).toBe(1);
    // Pages: one per person plus one agreement draft per mentor.
    expect(count(text, '\f')).toBe(people.length + mentors.length - 1);
    expect(count(text, 'СОГЛАСИЕ')).toBe(people.length);
    expect(count(text, 'ДОПОЛНИТЕЛЬНОЕ СОГЛАШЕНИЕ')).toBe(mentors.length);
    expect(document.title).toBe('Согласия участников наставничества 2026/2027');
  });

  test('combined: all in one document, page breaks only before agreement drafts', () => {
    const text = renderText(buildConsents({ settings, pairs: included }, 'combined').document);
    expect(count(text, '\f')).toBe(mentors.length);
    for (const p of people) expect(count(text, `Я, ${p.fullName},`)).toBe(1);
  });

  test('per person: an array, each document about one person only', () => {
    const { documents } = buildConsents({ settings, pairs: included }, 'perPerson');
    expect(documents.map((x) => x.fullName)).toEqual(people.map((p) => p.fullName));
    expect(documents.map((x) => x.role)).toEqual(['mentor', 'mentor', 'mentee', 'mentee', 'mentee', 'mentee']);
    for (const x of documents) {
      const text = renderText(x.document);
      for (const p of people) expect(count(text, `Я, ${p.fullName},`)).toBe(p.fullName === x.fullName ? 1 : 0);
    }
    expect(documents[0]!.document.title).toBe('Согласие — С.Н. Иванова (наставник)');
  });

  test('mentor consent: ст. 351.8, the school, every pair with mentees, form and period', () => {
    const { documents } = buildConsents({ settings, pairs: included }, 'perPerson');
    const text = renderText(documents[0]!.document);
    expect(text).toContain('Директору МБОУ «СОШ №2» г. Сосногорска');
    expect(text).toContain('на выполнение дополнительной работы наставника');
    expect(text).toContain(
      'Я, Иванова Светлана Николаевна, учитель (математика), в соответствии со статьёй 351.8 Трудового кодекса Российской Федерации даю согласие на выполнение дополнительной работы наставника в МБОУ «СОШ №2» г. Сосногорска в 2026/2027 учебном году',
    );
    expect(text).toContain(
      '1. Попова Анна Дмитриевна, учитель (математика) — индивидуальная форма наставничества, срок с 01.10.2026 по 30.06.2027 (НП-2026-001)',
    );
    expect(text).toContain('2. Новикова Полина Сергеевна, учитель (геометрия) — индивидуальная форма наставничества');
    expect(text).toContain('не менее чем за три рабочих дня');
    expect(text).toContain('____________ С.Н. Иванова\n«___» ____________ 20__ г.');
  });

  test('mentor agreement draft: content, term, form and a blank payment clause', () => {
    const { documents } = buildConsents({ settings, pairs: included }, 'perPerson');
    const [, agreement = ''] = renderText(documents[0]!.document).split('\f');
    expect(agreement).toContain('ПРОЕКТ');
    expect(agreement).toContain('ДОПОЛНИТЕЛЬНОЕ СОГЛАШЕНИЕ № ____');
    expect(agreement).toContain('к трудовому договору от «___» ____________ 20__ г. № ____');
    expect(agreement).toContain('г. Сосногорск');
    expect(agreement).toContain(`${settings.schoolFullName} (далее — Работодатель)`);
    expect(agreement).toContain(
      'Содержание наставничества: оказание помощи наставляемому(-ым) Попова Анна Дмитриевна, Новикова Полина Сергеевна',
    );
    expect(agreement).toContain(
      'Срок наставничества: с 01.10.2026 по 30.06.2027 (НП-2026-001); с 01.10.2026 по 30.06.2027 (НП-2026-005).',
    );
    expect(agreement).toContain('Форма наставничества: индивидуальная.');
    expect(agreement).toContain('доплата в размере ____________ (____________________) рублей');
    expect(agreement).toContain('Директор ____________ О.В. Петрова');
  });

  test('mentee consent: participation, the mentor named, no agreement draft', () => {
    const { documents } = buildConsents({ settings, pairs: included }, 'perPerson');
    const text = renderText(documents.find((x) => x.fullName === volkov.fullName)!.document);
    expect(text).toContain('на участие в программе наставничества в качестве наставляемого');
    expect(text).toContain(
      'Смирнов Алексей Владимирович, учитель (информатика, физика) — групповая форма наставничества, срок с 01.10.2026 по 31.05.2027 (НП-2026-002)',
    );
    expect(text).not.toContain('СОГЛАШЕНИЕ');
    expect(text).not.toContain('\f');
  });

  test('default mode is one per page; unknown template fields are reported per person', () => {
    const r = buildConsents({
      settings,
      pairs: [pairs[0]!],
      templates: { consentMentee: 'Я, {{участник}}, согласен. {{подпись_родителя}}' },
    });
    expect(count(renderText(r.document), '\f')).toBe(2);
    expect(r.warnings).toEqual([
      'Согласие наставляемого (Попова Анна Дмитриевна): неизвестные поля {{подпись_родителя}} удалены',
    ]);
  });
});
