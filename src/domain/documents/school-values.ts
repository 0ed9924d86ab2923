// The placeholder values every document of the school shares (from «Настройки»).
import { academicYearLabel } from '../calendar/academic-year';
import type { SchoolSettings } from '../model';
import { placeLine, shortPersonName } from './people';

export function schoolValues(s: SchoolSettings): Record<string, string> {
  return {
    школа: s.schoolFullName.trim(),
    школа_кратко: (s.schoolShortName || s.schoolFullName).trim(),
    город: placeLine(s.city),
    директор: s.directorName.trim(),
    директор_кратко: shortPersonName(s.directorName),
    должность_директора: directorPost(s),
    куратор: s.curatorName.trim(),
    должность_куратора: s.curatorPost.trim(),
    учебный_год: academicYearLabel(s.academicYear),
  };
}

/** "Директор" when the setting is empty: documents always need a signer's post; it starts a line, so a capital. */
export function directorPost(s: SchoolSettings): string {
  const post = s.directorTitle.trim() || 'Директор';
  return post.charAt(0).toUpperCase() + post.slice(1);
}

export function schoolShort(s: SchoolSettings): string {
  return (s.schoolShortName || s.schoolFullName).trim();
}
