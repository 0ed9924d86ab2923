// Sends email through MailApp within the daily recipient quota (100 consumer / 1,500 Workspace, §9).
import type { AppContext } from '../app/context';

export interface OutgoingMail {
  to: string;
  subject: string;
  textBody: string;
  htmlBody: string;
}

export type SendOutcome = { sent: true } | { sent: false; reason: 'quota' | 'error'; message: string };

/** How many recipients may still be mailed today (valid for this execution only). */
export function remainingMailQuota(ctx: AppContext): number {
  return ctx.services.MailApp.getRemainingDailyQuota();
}

/**
 * Sends each message while the quota allows; never throws for one bad message so the rest still go.
 * The quota is read once: one message = one recipient here, so it is counted down locally.
 */
export function sendAll(ctx: AppContext, messages: OutgoingMail[], senderName: string): SendOutcome[] {
  let remaining = messages.length ? remainingMailQuota(ctx) : 0;
  return messages.map((m) => {
    if (remaining < 1) {
      return { sent: false, reason: 'quota', message: `Исчерпана дневная квота писем; письмо для ${m.to} не отправлено.` };
    }
    try {
      ctx.services.MailApp.sendEmail({ to: m.to, subject: m.subject, body: m.textBody, htmlBody: m.htmlBody, name: senderName });
      remaining--;
      return { sent: true };
    } catch (e) {
      return { sent: false, reason: 'error', message: `Письмо для ${m.to} не отправлено: ${(e as Error).message}` };
    }
  });
}
