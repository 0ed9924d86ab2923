// The code in a personal questionnaire link: which pair and participant it is for, with a check so a mistyped or
// borrowed code is recognised (the answer then goes to quarantine, never into the results).
import { textHash } from '../documents/content-hash';
import type { Audience } from './questions';

export interface LinkIdentity {
  pairId: string;
  personId: string;
  role: Audience;
}

/** Ten hex digits of a hash salted with the workbook's secret: codes cannot be made up from the ids alone. */
function check(secret: string, id: LinkIdentity): string {
  return textHash(`${secret}|${id.role}|${id.pairId}|${id.personId}`).slice(0, 10);
}

/** «НП-2026-001/НЯ-0012/3f9a02b1c4». */
export function linkToken(secret: string, id: LinkIdentity): string {
  return `${id.pairId}/${id.personId}/${check(secret, id)}`;
}

export type TokenCheck = { ok: true; pairId: string; personId: string } | { ok: false; reason: string };

/**
 * Reads a code from an answer for a questionnaire of `role`. The code must be whole and its check must match:
 * a code for a mentee does not open a mentor's questionnaire.
 */
export function readLinkToken(secret: string, role: Audience, text: string): TokenCheck {
  const t = text.trim();
  if (!t) return { ok: false, reason: 'В ответе нет кода анкеты: анкета открыта не по личной ссылке' };
  const parts = t.split('/').map((p) => p.trim());
  if (parts.length !== 3 || parts.some((p) => !p))
    return { ok: false, reason: `Код анкеты «${t}» неполный или изменён` };
  const [pairId, personId, sum] = parts as [string, string, string];
  if (check(secret, { pairId, personId, role }) !== sum.toLowerCase()) {
    return {
      ok: false,
      reason: `Код анкеты «${t}» не подходит к этой анкете: ссылка изменена или предназначена другому участнику`,
    };
  }
  return { ok: true, pairId, personId };
}
