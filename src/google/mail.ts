// Sends email through MailApp within the daily recipient quota (100 consumer / 1,500 Workspace, §9).
import type { AppContext } from '../app/context';

export interface OutgoingMail {
  to: string;
  /** Blind copies (the same text to many): each counts against the quota like `to` (≤ 50 recipients a message). */
  bcc?: string[];
  replyTo?: string;
  subject: string;
  textBody: string;
  htmlBody: string;
}

export type SendOutcome = { sent: true } | { sent: false; reason: 'quota' | 'error' | 'limit'; message: string };

export interface SendOptions {
  /** At most this many sends in this execution (≈1.25 s each: an execution ends at 6 min, §4.6). */
  max?: number;
  /** Called right after each message goes, so the caller can record it before the next one. */
  onSent?: (index: number) => void;
}

/** Why a message was not tried in this run: the per-run cap (it goes in the next run). */
export const limitMessage = (to: string, max: number) =>
  `Письмо для ${to} отложено: за один запуск отправляется не больше ${max} писем.`;
/** Why a message was not sent: the day's recipient quota is spent. */
export const quotaMessage = (to: string) => `Исчерпана дневная квота писем; письмо для ${to} не отправлено.`;

/** How many recipients may still be mailed today (valid for this execution only). */
export function remainingMailQuota(ctx: AppContext): number {
  return ctx.services.MailApp.getRemainingDailyQuota();
}

/** One message within the quota: never throws (the outcome says what happened). */
export function sendOne(ctx: AppContext, m: OutgoingMail, senderName: string): SendOutcome {
  return sendAll(ctx, [m], senderName)[0]!;
}

/**
 * Sends each message while the quota allows; never throws for one bad message so the rest still go.
 * The quota is read once and counted down locally by each message's recipients (To and BCC).
 */
export function sendAll(
  ctx: AppContext,
  messages: OutgoingMail[],
  senderName: string,
  options: SendOptions = {},
): SendOutcome[] {
  let remaining = messages.length ? remainingMailQuota(ctx) : 0;
  let sent = 0;
  return messages.map((m, i) => {
    if (options.max !== undefined && sent >= options.max) {
      return {
        sent: false,
        reason: 'limit',
        message: limitMessage(m.to, options.max),
      };
    }
    const recipients = 1 + (m.bcc?.length ?? 0);
    if (remaining < recipients) {
      return {
        sent: false,
        reason: 'quota',
        message: quotaMessage(m.to),
      };
    }
    try {
      ctx.services.MailApp.sendEmail({
        to: m.to,
        ...(m.bcc?.length ? { bcc: m.bcc.join(',') } : {}),
        ...(m.replyTo ? { replyTo: m.replyTo } : {}),
        subject: m.subject,
        body: m.textBody,
        htmlBody: m.htmlBody,
        name: senderName,
      });
      remaining -= recipients;
      sent++;
      options.onSent?.(i);
      return { sent: true };
    } catch (e) {
      const message = (e as Error)?.message ?? String(e);
      // The service's own quota error: nothing more will go today.
      if (/too many times for one day: email|слишком много раз за день: email/i.test(message)) {
        remaining = 0;
        return {
          sent: false,
          reason: 'quota',
          message: quotaMessage(m.to),
        };
      }
      return { sent: false, reason: 'error', message: `Письмо для ${m.to} не отправлено: ${message}` };
    }
  });
}
