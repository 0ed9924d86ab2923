// The daily "Documents created" quota (250 consumer / 1,500 Workspace, apps-script-facts §3.1), counted per user and
// per calendar day of the workbook's zone: generation stops before the limit and continues the next day.
import { toIsoDate } from '../../domain/calendar/calendar-date';
import { userStore } from '../../google/document-properties';
import type { AppContext } from '../context';

const KEY = 'docs.created';

export interface QuotaState {
  day: string;
  used: number;
  limit: number;
  remaining: number;
}

/**
 * Google resets the quota 24 h after the first request, not at midnight; counting by calendar day can therefore
 * meet Google's own refusal early in a morning after a late-night run — that refusal stops the run the same way.
 */
export function readQuota(ctx: AppContext, limit: number): QuotaState {
  const day = toIsoDate(ctx.today());
  let used = 0;
  const raw = userStore(ctx).get(KEY);
  if (raw) {
    const [d, n] = raw.split('=');
    if (d === day && Number.isInteger(Number(n))) used = Number(n);
  }
  return { day, used, limit, remaining: Math.max(0, limit - used) };
}

/** Records one more created document; written at once, so a run that dies later still counted it. */
export function countCreated(ctx: AppContext, q: QuotaState): QuotaState {
  const used = q.used + 1;
  userStore(ctx).set(KEY, `${q.day}=${used}`);
  return { ...q, used, remaining: Math.max(0, q.limit - used) };
}

export function quotaMessage(q: QuotaState, left: number): string {
  return (
    `Сегодня создано ${q.used} новых документов — это дневной лимит Google (${q.limit}). ` +
    `Осталось сформировать: ${left}. Продолжите завтра: откройте панель «Документы» и нажмите «Продолжить» — ` +
    'готовые документы не повторятся.'
  );
}
