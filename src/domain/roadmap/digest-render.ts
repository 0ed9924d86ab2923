// The reminder email of one digest, in Russian: what, by when, how far along, and a link to the spreadsheet.
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

const SHEET = 'Дорожная карта';

function subjectOf(digest: Digest): string {
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
  return `Дорожная карта наставничества на ${toRuDate(digest.date)}: ${summary}`;
}

const deadlineLine = (a: RoadmapAlert) => `до ${toRuDate(a.deadline)} — ${a.phraseRu}`;
const statusLine = (a: RoadmapAlert) => `${statusStateRu[a.status.state]}. ${a.status.basisRu}`;
const FOOTER =
  `Напоминание перестанет приходить, когда пункт будет выполнен по данным таблицы ` +
  `или отмечен «выполнено» или «не требуется» в листе «${SHEET}».`;

// Only a web address becomes a link: anything else is shown as text, never put in href.
const isWebUrl = (url: string) => /^https:\/\/[^\s"'<>]+$/i.test(url.trim());

export function renderDigest(digest: Digest, options: DigestRenderOptions): RenderedEmail {
  const url = options.spreadsheetUrl.trim();
  const intro = `Напоминание по дорожной карте наставничества на ${toRuDate(digest.date)}.`;

  const textItems = digest.alerts.map((a, i) =>
    [
      `${i + 1}. Пункт ${a.item.number}. ${a.item.activity}`,
      `   Этап: ${a.item.stage}`,
      `   Срок: ${deadlineLine(a)}`,
      `   Сейчас: ${statusLine(a)}`,
    ].join('\n'),
  );
  const textBody = [
    'Здравствуйте!',
    '',
    intro,
    '',
    textItems.join('\n\n'),
    '',
    `Открыть таблицу: ${url}`,
    '',
    FOOTER,
    '',
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
  const link = isWebUrl(url) ? `<a href="${escapeHtml(url)}">Открыть таблицу</a>` : `Таблица: ${escapeHtml(url)}`;
  const htmlBody =
    `<p>Здравствуйте!</p>` +
    `<p>${escapeHtml(intro)}</p>` +
    `<ol>${htmlItems.join('')}</ol>` +
    `<p>${link}</p>` +
    `<p style="color:#5f6368">${escapeHtml(FOOTER)}</p>`;

  return { subject: subjectOf(digest), textBody, htmlBody };
}
