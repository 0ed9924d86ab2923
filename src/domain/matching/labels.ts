// Short Russian labels for competences, subjects' methodological fields and qualification ranks used in reasons.
import { normalizeTerm } from '../model';

/** «Оценивание, в т. ч. формирующее; критерии и КИМ» → «оценивание»: the head of a title, for one-line reasons. */
export function shortCompetence(title: string): string {
  let head = title.replace(/\([^)]*\)/g, ' ');
  const cut = head.search(/[,;:]/);
  if (cut > 0) head = head.slice(0, cut);
  head = head.replace(/\s+/g, ' ').trim();
  if (head === '') return title.trim();
  // Keep acronyms («ОБЗР», «ГИА») upper-case; lower the first letter of ordinary words.
  const second = head.charAt(1);
  return second !== '' && second === second.toLowerCase() ? head.charAt(0).toLowerCase() + head.slice(1) : head;
}

const FIELDS: ReadonlyArray<[field: string, subjects: readonly string[]]> = [
  ['математика и информатика', ['математика', 'алгебра', 'геометрия', 'вероятность и статистика', 'информатика']],
  [
    'русский язык и литература',
    ['русский язык', 'литература', 'родной (коми) язык и литература', 'родной язык', 'родная литература'],
  ],
  ['естественные науки', ['физика', 'химия', 'биология', 'география']],
  ['история и обществознание', ['история', 'обществознание']],
  ['иностранные языки', ['английский язык', 'немецкий язык', 'французский язык', 'китайский язык']],
  ['физическая культура и ОБЗР', ['физическая культура', 'обзр']],
  ['искусство и технология', ['музыка', 'изобразительное искусство', 'труд (технология)', 'технология']],
  ['начальные классы', ['начальные классы']],
  [
    'воспитание и сопровождение',
    ['внеурочная деятельность', 'воспитательная работа', 'психолого-педагогическое сопровождение'],
  ],
];

const FIELD_OF = new Map<string, string>();
for (const [field, subjects] of FIELDS) for (const s of subjects) FIELD_OF.set(normalizeTerm(s), field);

/** The methodological association (МО) a subject belongs to; an unknown subject is its own field. */
export function subjectField(subject: string): string {
  const key = normalizeTerm(subject);
  return FIELD_OF.get(key) ?? key;
}

/** 0–1: «высшая — педагог-наставник/методист» 1, «высшая» 0.8, «первая» 0.5, «соответствие» 0.2, else 0. */
export function qualificationRank(qualification: string): number {
  const q = normalizeTerm(qualification);
  if (q === '') return 0;
  if (q.includes('наставник') || q.includes('методист')) return 1;
  if (q.includes('высш')) return 0.8;
  if (q.includes('перв')) return 0.5;
  if (q.includes('соответств')) return 0.2;
  return 0;
}
