// The reminder email of one digest, in Russian: what, by when, how far along, a link to the spreadsheet, and the
// other features' notes for the same person on the same day (one email per recipient per day).
import { toRuDate } from '../calendar/calendar-date';
import { escapeHtml } from '../text/escape-html';
import type { RoadmapAlert } from './alerts';
import type { Digest } from './digest';
import { statusStateRu } from './status';

export interface RenderedEmail {
  readonly subject: string;
  readonly textBody: string;
  readonly htmlBody: string;
}

export interface DigestRenderOptions {
  /** The spreadsheet's URL, from the app layer. */
  readonly spreadsheetUrl: string;
}

/** A section another feature adds to the day's email (quarantine, waiting mentees, …): plain Russian text. */
export interface DigestNote {
  /** Idempotency key: a note already sent is not sent again. */
  readonly key: string;
  readonly title: string;
  readonly lines: readonly string[];
  /** A web address for the section, e.g. a sheet's URL. */
  readonly link?: string;
}

/** One recipient's email of the day: roadmap alerts (possibly none) and notes (possibly none). */
export type DigestWithNotes = Digest & { readonly notes?: readonly DigestNote[] };

const SHEET = 'Дорожная карта';

function subjectOf(digest: DigestWithNotes): string {
  const notes = digest.notes ?? [];
  if (digest.alerts.length === 0) {
    const first = notes[0]?.title ?? 'сообщения';
    return `Наставничество на ${toRuDate(digest.date)}: ${notes.length > 1 ? `${first} и ещё ${notes.length - 1}` : first}`;
  }
  const counts = (kind: RoadmapAlert['kind']) => digest.alerts.filter((a) => a.kind === kind).length;
  const parts = [
    ['просрочено', counts('overdue')],
    ['срок сегодня', counts('due_today')],
    ['скоро срок', counts('upcoming')],
  ] as const;
  const summary = parts
    .filter(([, n]) => n > 0)
    .map(([label, n]) => `${label}: ${n}`)
    .join(', ');
  const more = notes.length ? `; сообщений: ${notes.length}` : '';
  return `Дорожная карта наставничества на ${toRuDate(digest.date)}: ${summary}${more}`;
}

const deadlineLine = (a: RoadmapAlert) => `до ${toRuDate(a.deadline)} — ${a.phraseRu}`;
const statusLine = (a: RoadmapAlert) => `${statusStateRu[a.status.state]}. ${a.status.basisRu}`;
const FOOTER =
  `Напоминание перестанет приходить, когда пункт будет выполнен по данным таблицы ` +
  `или отмечен «выполнено» или «не требуется» в листе «${SHEET}».`;

// Only a web address becomes a link: anything else is shown as text, never put in href.
const isWebUrl = (url: string) => /^https:\/\/[^\s"'<>]+$/i.test(url.trim());

export function renderDigest(digest: DigestWithNotes, options: DigestRenderOptions): RenderedEmail {
  const url = options.spreadsheetUrl.trim();
  const notes = digest.notes ?? [];
  const hasAlerts = digest.alerts.length > 0;
  const intro = hasAlerts
    ? `Напоминание по дорожной карте наставничества на ${toRuDate(digest.date)}.`
    : `Сообщения системы наставничества на ${toRuDate(digest.date)}.`;

  const textItems = digest.alerts.map((a, i) =>
    [
      `${i + 1}. Пункт ${a.item.number}. ${a.item.activity}`,
      `   Этап: ${a.item.stage}`,
      `   Срок: ${deadlineLine(a)}`,
      `   Сейчас: ${statusLine(a)}`,
    ].join('\n'),
  );
  const textNotes = notes.map((n) =>
    [n.title, ...n.lines.map((l) => `— ${l}`), ...(n.link ? [`Ссылка: ${n.link}`] : [])].join('\n'),
  );
  const textBody = [
    'Здравствуйте!',
    '',
    intro,
    '',
    ...(hasAlerts ? [textItems.join('\n\n'), ''] : []),
    ...(textNotes.length ? [textNotes.join('\n\n'), ''] : []),
    // A teacher's email has no spreadsheet link: teachers only fill in forms.
    ...(url ? [`Открыть таблицу: ${url}`, ''] : []),
    ...(hasAlerts ? [FOOTER, ''] : []),
  ].join('\n');

  const htmlItems = digest.alerts.map((a) => {
    const late = a.kind === 'overdue' ? ' style="color:#b3261e"' : '';
    return (
      `<li><b>Пункт ${escapeHtml(a.item.number)}.</b> ${escapeHtml(a.item.activity)}<br>` +
      `Этап: ${escapeHtml(a.item.stage)}<br>` +
      `Срок: <span${late}>${escapeHtml(deadlineLine(a))}</span><br>` +
      `Сейчас: ${escapeHtml(statusLine(a))}</li>`
    );
  });
  const htmlNotes = notes.map(
    (n) =>
      `<h3 style="font-size:14px;margin:16px 0 4px">${escapeHtml(n.title)}</h3>` +
      (n.lines.length ? `<ul>${n.lines.map((l) => `<li>${escapeHtml(l)}</li>`).join('')}</ul>` : '') +
      (n.link ? `<p>${linkHtml(n.link, 'Открыть')}</p>` : ''),
  );
  const htmlBody =
    `<p>Здравствуйте!</p>` +
    `<p>${escapeHtml(intro)}</p>` +
    (hasAlerts ? `<ol>${htmlItems.join('')}</ol>` : '') +
    htmlNotes.join('') +
    (url ? `<p>${linkHtml(url, 'Открыть таблицу', 'Таблица')}</p>` : '') +
    (hasAlerts ? `<p style="color:#5f6368">${escapeHtml(FOOTER)}</p>` : '');

  return { subject: subjectOf(digest), textBody, htmlBody };
}

/** A link only for a web address; anything else is shown as escaped text, never put in href. */
function linkHtml(url: string, label: string, textLabel = 'Ссылка'): string {
  return isWebUrl(url)
    ? `<a href="${escapeHtml(url.trim())}">${escapeHtml(label)}</a>`
    : `${escapeHtml(textLabel)}: ${escapeHtml(url)}`;
}
