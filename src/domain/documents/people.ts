// How documents write people and places: "О.В. Петрова", "учитель (математика)", "г. Сосногорск", "5 лет".
import type { Mentee, Mentor } from '../model';
import { pluralRu } from '../roadmap/plural-ru';

/** "Петрова Ольга Викторовна" → "О.В. Петрова": the form printed next to a signature. */
export function shortPersonName(fullName: string): string {
  const parts = fullName.trim().split(/\s+/).filter(Boolean);
  if (parts.length < 2) return parts.join('');
  const [surname, ...given] = parts as [string, ...string[]];
  const initials = given.map((g) => `${g.charAt(0).toUpperCase()}.`).join('');
  return `${initials} ${surname}`;
}

/** The post with the subjects in brackets, e.g. "учитель (математика, информатика)". */
export function postWithSubjects(person: Pick<Mentor | Mentee, 'post' | 'subjects'>): string {
  const post = person.post.trim();
  const subjects = person.subjects.map((s) => s.trim()).filter(Boolean);
  if (subjects.length === 0) return post;
  return post ? `${post} (${subjects.join(', ')})` : subjects.join(', ');
}

/** "Фамилия Имя Отчество, должность": how tables and lists name a participant. */
export function personWithPost(person: Pick<Mentor | Mentee, 'fullName' | 'post' | 'subjects'>): string {
  const post = postWithSubjects(person);
  return post ? `${person.fullName.trim()}, ${post}` : person.fullName.trim();
}

const SETTLEMENT_PREFIX = /^(г\.|город|пгт|п\.|пос\.|посёлок|поселок|с\.|село|д\.|деревня|ст\.|станица|рп|р\.п\.)\s*/i;

/** "Сосногорск" → "г. Сосногорск"; a name that already has its settlement type stays as written. */
export function placeLine(city: string): string {
  const c = city.trim();
  if (!c) return '';
  return SETTLEMENT_PREFIX.test(c) ? c : `г. ${c}`;
}

export function yearsRu(n: number): string {
  const years = Math.max(0, Math.trunc(n));
  if (years === 0) return 'менее 1 года';
  return `${years} ${pluralRu(years, ['год', 'года', 'лет'])}`;
}

/** Compares Russian names without locale data: ё sorts as е, case is ignored. */
export function compareRuNames(a: string, b: string): number {
  const ka = a.toLowerCase().replace(/ё/g, 'е');
  const kb = b.toLowerCase().replace(/ё/g, 'е');
  return ka < kb ? -1 : ka > kb ? 1 : 0;
}
