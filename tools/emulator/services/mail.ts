// MailApp: sendEmail overloads, address validation, recipient quotas (daily and per message), and an outbox (§9, §3).
import { GasObject, gasClass, unwrap } from '../core/gas-object';
import type { World } from '../core/world';
import { BlobImpl } from './blob';
import { currentUser, rollWindow, byteLength, type DailyWindow } from './context';

export const MAX_RECIPIENTS_PER_MESSAGE = 50;
export const MAX_SUBJECT_LENGTH = 250;

export interface SentMail {
  from: string;
  name: string | null;
  replyTo: string | null;
  noReply: boolean;
  to: string[];
  cc: string[];
  bcc: string[];
  subject: string;
  body: string;
  htmlBody: string | null;
  attachments: Array<{ name: string | null; contentType: string | null; size: number }>;
  sentAt: string;
}

interface MailState {
  outbox: SentMail[];
  quota: Map<string, DailyWindow>;
}

function mailState(world: World): MailState {
  return world.state<MailState>('services.mail', () => ({ outbox: [], quota: new Map() }));
}

export function dailyRecipientLimit(world: World): number {
  return world.accountType === 'workspace' ? 1500 : 100;
}

function windowOf(world: World, user: string): DailyWindow {
  const state = mailState(world);
  let w = state.quota.get(user);
  if (!w) state.quota.set(user, (w = { start: null, used: 0 }));
  rollWindow(w, world.clock.now());
  return w;
}

/** Setup API: every message sent in this world, oldest first (live array). */
export function outbox(world: World): SentMail[] {
  return mailState(world).outbox;
}

/** Setup / fault API: set the user's remaining recipients for the current 24 h window (e.g. 0). */
export function setRemainingMailQuota(world: World, remaining: number, user = world.userEmail): void {
  const w = windowOf(world, user);
  if (w.start === null) w.start = world.clock.now();
  w.used = dailyRecipientLimit(world) - remaining;
}

/** Plain address or "Display Name <address>". */
const ADDRESS = /^[^\s@<>(),;:"]+@[^\s@<>(),;:"]+\.[^\s@<>(),;:"]+$/;

function parseAddresses(world: World, list: unknown): string[] {
  if (list === undefined || list === null || list === '') return [];
  return String(list)
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '')
    .map((entry) => {
      const angled = /<([^>]*)>\s*$/.exec(entry);
      const address = (angled ? angled[1]! : entry).trim();
      if (!ADDRESS.test(address)) throw world.error('invalidEmail', { email: entry });
      return address;
    });
}

interface MessageOptions {
  to?: string;
  cc?: string;
  bcc?: string;
  subject?: string;
  body?: string;
  htmlBody?: string;
  name?: string;
  replyTo?: string;
  noReply?: boolean;
  attachments?: unknown[];
  inlineImages?: Record<string, unknown>;
}

export class MailAppImpl extends GasObject {
  readonly [gasClass] = 'MailApp';
  constructor(private readonly world: World) {
    super();
  }

  getRemainingDailyQuota(): number {
    const w = windowOf(this.world, currentUser(this.world));
    return Math.max(0, dailyRecipientLimit(this.world) - w.used);
  }

  /**
   * sendEmail(message) | sendEmail(recipient, subject, body[, options]) | sendEmail(to, replyTo, subject, body)
   * [G ref:mail/mail-app].
   */
  sendEmail(a: unknown, b?: unknown, c?: unknown, d?: unknown): void {
    let m: MessageOptions;
    if (a !== null && typeof a === 'object') m = { ...(a as MessageOptions) };
    else if (typeof d === 'string') m = { to: String(a), replyTo: String(b), subject: String(c), body: d };
    else
      m = {
        ...((d as MessageOptions | undefined) ?? {}),
        to: String(a),
        subject: String(b ?? ''),
        body: String(c ?? ''),
      };
    this.send(m);
  }

  private send(m: MessageOptions): void {
    const world = this.world;
    const to = parseAddresses(world, m.to);
    const cc = parseAddresses(world, m.cc);
    const bcc = parseAddresses(world, m.bcc);
    if (m.replyTo) parseAddresses(world, m.replyTo);
    const count = to.length + cc.length + bcc.length;
    if (count === 0) throw world.error('mailNoRecipient');
    const subject = String(m.subject ?? '');
    if (subject.length > MAX_SUBJECT_LENGTH) throw world.error('argumentTooLarge', { name: 'subject' });
    const body = String(m.body ?? '');
    const bodyLimit = (world.accountType === 'workspace' ? 400 : 200) * 1024;
    if (byteLength(body) + byteLength(m.htmlBody ?? '') > bodyLimit) throw world.error('mailBodySize');
    // ≤ 50 recipients per message; To, CC and BCC each count (§9, [G quotas]).
    if (count > MAX_RECIPIENTS_PER_MESSAGE) throw world.error('mailRecipientsPerMessage');
    const user = currentUser(world);
    const w = windowOf(world, user);
    if (w.used + count > dailyRecipientLimit(world)) throw world.error('mailDailyQuota');
    if (w.start === null) w.start = world.clock.now();
    w.used += count;
    const attachments = (m.attachments ?? []).map((x) => {
      const raw = x && typeof x === 'object' ? unwrap(x) : x;
      const blob = raw instanceof BlobImpl ? raw : null;
      return {
        name: blob?.getName() ?? null,
        contentType: blob?.getContentType() ?? null,
        size: blob?._buffer().length ?? 0,
      };
    });
    mailState(world).outbox.push({
      from: user,
      name: m.name ?? null,
      replyTo: m.replyTo ?? null,
      noReply: !!m.noReply,
      to,
      cc,
      bcc,
      subject,
      body,
      htmlBody: m.htmlBody ?? null,
      attachments,
      sentAt: new Date(world.clock.now()).toISOString(),
    });
  }
}
