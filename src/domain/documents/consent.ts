// Written consents of the participants (ст. 351.8 ТК РФ) and, for mentors, a draft additional agreement to the labour contract.
import { academicYearLabel } from '../calendar/academic-year';
import { toRuDate } from '../calendar/calendar-date';
import { formRu, type SchoolSettings } from '../model';
import { heading, line, list, pageBreak, para, spacer } from './blocks';
import { DEFAULT_PAGE_SETUP, type Block, type Document } from './model';
import { resolveRequest } from './competence-phrases';
import { participantsOf, type Participant, type ResolvedPair } from './participants';
import { personWithPost, placeLine, postWithSubjects, shortPersonName } from './people';
import { lowerFirst } from './ru-text';
import { directorPost, schoolShort, schoolValues } from './school-values';
import { DEFAULT_TEMPLATES, fillPlaceholders, type DocumentTemplates } from './templates';

/** combined: everyone in one document; pagePerPerson: one document, each person on new pages; perPerson: a document each. */
export type ConsentMode = 'combined' | 'pagePerPerson' | 'perPerson';

export interface ConsentInput {
  settings: SchoolSettings;
  pairs: readonly ResolvedPair[];
  templates?: Partial<Pick<DocumentTemplates, 'consentMentor' | 'consentMentee' | 'consentAcknowledgement'>>;
}

export interface PersonConsent {
  personId: string;
  role: Participant['role'];
  fullName: string;
  document: Document;
}

export interface ConsentResult {
  document: Document;
  warnings: string[];
}

export function buildConsents(
  input: ConsentInput,
  mode: 'perPerson',
): { documents: PersonConsent[]; warnings: string[] };
export function buildConsents(input: ConsentInput, mode?: 'combined' | 'pagePerPerson'): ConsentResult;
export function buildConsents(
  input: ConsentInput,
  mode: ConsentMode = 'pagePerPerson',
): ConsentResult | { documents: PersonConsent[]; warnings: string[] } {
  const warnings: string[] = [];
  const people = participantsOf(input.pairs);
  const sections = people.map((p) => ({ p, blocks: personSection(input, p, warnings) }));
  if (mode === 'perPerson') {
    return {
      documents: sections.map(({ p, blocks }) => ({
        personId: p.person.id,
        role: p.role,
        fullName: p.person.fullName,
        document: {
          title: `Согласие — ${shortPersonName(p.person.fullName)} (${roleRu(p)})`,
          blocks,
          pageSetup: DEFAULT_PAGE_SETUP,
        },
      })),
      warnings,
    };
  }
  const blocks: Block[] = [];
  sections.forEach(({ blocks: b }, i) => {
    if (i > 0) blocks.push(...(mode === 'pagePerPerson' ? [pageBreak()] : [spacer(), spacer()]));
    blocks.push(...b);
  });
  return {
    document: {
      title: `Согласия участников наставничества ${academicYearLabel(input.settings.academicYear)}`,
      blocks,
      pageSetup: DEFAULT_PAGE_SETUP,
    },
    warnings,
  };
}

/** «Директору МБОУ …»; an acting head's title is already in the genitive; anything else: «Руководителю». */
function addressee(s: SchoolSettings): string {
  const post = directorPost(s);
  if (/^директор$/i.test(post)) return `Директору ${schoolShort(s)}`;
  if (/^(и\.\s?о\.|исполняющ|врио)/i.test(post)) return `${post} ${schoolShort(s)}`;
  return `Руководителю ${schoolShort(s)}`;
}

function roleRu(p: Participant): string {
  return p.role === 'mentor' ? 'наставник' : 'наставляемый';
}

/** A consent's wording with every value in place; a school template gets the same texts as placeholders. */
export interface ConsentTexts {
  addressee: string;
  statement: string;
  acknowledgement: string;
  signer: string;
}

export interface ConsentParts {
  texts: ConsentTexts;
  /** {{назначения}}: the pairs the consent is about; {{проект_соглашения}}: the mentor's agreement draft. */
  sections: { назначения: Block[]; проект_соглашения: Block[] };
  values: Record<string, string>;
}

/** One participant's consent in parts; unknown or unfilled template fields go to `warnings`. */
export function consentParts(input: ConsentInput, p: Participant, warnings: string[]): ConsentParts {
  const { settings } = input;
  const templates = { ...DEFAULT_TEMPLATES, ...input.templates };
  const values = {
    ...schoolValues(settings),
    участник: p.person.fullName.trim(),
    должность: postWithSubjects(p.person),
    адресат: addressee(settings),
  };
  const fill = (what: string, text: string) => {
    const r = fillPlaceholders(text, values);
    const tag = `${what} (${p.person.fullName})`;
    if (r.unknown.length)
      warnings.push(`${tag}: неизвестные поля ${r.unknown.map((u) => `{{${u}}}`).join(', ')} удалены`);
    if (r.missing.length) warnings.push(`${tag}: не заполнены поля ${r.missing.map((u) => `{{${u}}}`).join(', ')}`);
    return r.text;
  };
  const mentor = p.role === 'mentor';
  const assignments = p.pairs.map((rp) => {
    const others = mentor ? rp.mentees : rp.mentors;
    const who = others.map(personWithPost).join('; ') || '____________________';
    return `${who} — ${formRu[rp.pair.form]} форма наставничества, срок с ${toRuDate(rp.pair.startDate)} по ${toRuDate(rp.pair.endDate)} (${rp.pair.id})`;
  });
  return {
    texts: {
      addressee: values.адресат,
      statement: fill(
        mentor ? 'Согласие наставника' : 'Согласие наставляемого',
        mentor ? templates.consentMentor : templates.consentMentee,
      ),
      acknowledgement: fill('Ознакомление с Положением', templates.consentAcknowledgement),
      signer: shortPersonName(p.person.fullName),
    },
    sections: { назначения: [list(assignments)], проект_соглашения: mentor ? agreementDraft(settings, p) : [] },
    values,
  };
}

function personSection(input: ConsentInput, p: Participant, warnings: string[]): Block[] {
  const { texts, sections } = consentParts(input, p, warnings);
  return consentBlocks(p.role, texts, sections);
}

/** A participant's consent and, for a mentor, the agreement draft on its own page. */
export function consentBlocks(role: Participant['role'], t: ConsentTexts, s: ConsentParts['sections']): Block[] {
  const mentor = role === 'mentor';
  const blocks: Block[] = [
    line(t.addressee, 'right'),
    heading('СОГЛАСИЕ', 1),
    line(
      mentor
        ? 'на выполнение дополнительной работы наставника'
        : 'на участие в программе наставничества в качестве наставляемого',
      'center',
      { spaceAfter: 12 },
    ),
    para(t.statement),
    ...s.назначения,
    para(t.acknowledgement),
    { kind: 'signature', post: '', name: t.signer, date: null },
  ];
  if (s.проект_соглашения.length) blocks.push(pageBreak(), ...s.проект_соглашения);
  return blocks;
}

/** A consent as a school template (one for mentors, one for mentees) with {{placeholders}}. */
export function consentTemplateBlocks(role: Participant['role']): Block[] {
  const ph = (name: string) => `{{${name}}}`;
  return consentBlocks(
    role,
    {
      addressee: ph('адресат'),
      statement: role === 'mentor' ? DEFAULT_TEMPLATES.consentMentor : DEFAULT_TEMPLATES.consentMentee,
      acknowledgement: DEFAULT_TEMPLATES.consentAcknowledgement,
      signer: ph('участник'),
    },
    {
      назначения: [line(ph('назначения'))],
      проект_соглашения: role === 'mentor' ? [line(ph('проект_соглашения'))] : [],
    },
  );
}

/** ст. 351.8 ТК РФ: the labour contract or an additional agreement states content, term, form and pay of mentoring. */
function agreementDraft(s: SchoolSettings, p: Participant): Block[] {
  const mentees = p.pairs.flatMap((rp) => rp.mentees.map((m) => m.fullName.trim()));
  const requests = [
    ...new Set(
      p.pairs.flatMap((rp) => rp.pair.requests.filter((r) => r.trim()).map((r) => lowerFirst(resolveRequest(r).title))),
    ),
  ];
  const terms = p.pairs.map((rp) => `с ${toRuDate(rp.pair.startDate)} по ${toRuDate(rp.pair.endDate)} (${rp.pair.id})`);
  const forms = [...new Set(p.pairs.map((rp) => formRu[rp.pair.form]))];
  return [
    line([{ text: 'ПРОЕКТ', italic: true }], 'right'),
    heading('ДОПОЛНИТЕЛЬНОЕ СОГЛАШЕНИЕ № ____', 1),
    line('к трудовому договору от «___» ____________ 20__ г. № ____', 'center'),
    line(`${placeLine(s.city) || '____________'}, «___» ____________ 20__ г.`, 'left', {
      spaceBefore: 6,
      spaceAfter: 6,
    }),
    para(
      `${s.schoolFullName.trim()} (далее — Работодатель) в лице руководителя — ${directorPost(s).toLowerCase()} ${s.directorName.trim() || '____________________'}, ` +
        `действующего на основании Устава, и работник ${p.person.fullName.trim()}, ${postWithSubjects(p.person)} (далее — Работник), ` +
        'заключили настоящее дополнительное соглашение о нижеследующем:',
    ),
    list([
      'Работодатель с письменного согласия Работника поручает, а Работник принимает на себя выполнение дополнительной работы по наставничеству без освобождения от основной работы, определённой трудовым договором (статья 351.8 Трудового кодекса Российской Федерации).',
      `Содержание наставничества: оказание помощи наставляемому(-ым) ${mentees.join(', ') || '____________________'} в освоении профессиональных компетенций` +
        `${requests.length ? ` по направлениям: ${requests.join('; ')}` : ''}; разработка и реализация персонализированной программы наставничества; участие в мониторинге её реализации.`,
      `Срок наставничества: ${terms.join('; ')}.`,
      `Форма наставничества: ${forms.join(', ')}.`,
      'За выполнение работы по наставничеству Работнику устанавливается доплата в размере ____________ (____________________) рублей в месяц / ____ % должностного оклада на весь срок наставничества.',
      'Наставничество может быть прекращено досрочно по инициативе любой из сторон с письменным предупреждением другой стороны не менее чем за три рабочих дня.',
      'Настоящее соглашение является неотъемлемой частью трудового договора, составлено в двух экземплярах, имеющих равную юридическую силу, по одному для каждой стороны.',
    ]),
    line([{ text: 'Работодатель:', bold: true }], 'left', { spaceBefore: 12 }),
    { kind: 'signature', post: directorPost(s), name: shortPersonName(s.directorName), date: null },
    line([{ text: 'Работник:', bold: true }], 'left', { spaceBefore: 12 }),
    { kind: 'signature', post: p.person.post.trim(), name: shortPersonName(p.person.fullName), date: null },
    line('Второй экземпляр соглашения получил(а): ____________ / ____________', 'left', { spaceBefore: 12 }),
  ];
}
