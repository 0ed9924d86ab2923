import { parseCalendarDate, type CalendarDate } from '../../../src/domain/calendar/calendar-date';
import { alertsFor } from '../../../src/domain/roadmap/alerts';
import { defaultRoadmapItems } from '../../../src/domain/roadmap/default-roadmap';
import { groupDigests, type Digest } from '../../../src/domain/roadmap/digest';
import { renderDigest } from '../../../src/domain/roadmap/digest-render';
import type { RoadmapItem } from '../../../src/domain/roadmap/roadmap-item';
import { emptyRoadmapFacts, withStatuses, type RoadmapFacts } from '../../../src/domain/roadmap/status';

const d = (text: string): CalendarDate => parseCalendarDate(text)!;
const URL = 'https://docs.google.com/spreadsheets/d/abc123/edit';

function digestOn(
  day: string,
  items: RoadmapItem[] = defaultRoadmapItems(),
  facts: RoadmapFacts = emptyRoadmapFacts,
): Digest {
  const [digest] = groupDigests(alertsFor(withStatuses(items, facts), d(day)), {
    roleEmails: { curator: 'c@s.ru' },
    alertRecipients: [],
  });
  if (!digest) throw new Error('no digest');
  return digest;
}

describe('the digest email', () => {
  test('says what, by when, how far along, and links the spreadsheet', () => {
    const facts = { ...emptyRoadmapFacts, requestFormOpen: true, requestAnswers: 12, mentors: 10, validMentors: 8 };
    const mail = renderDigest(digestOn('01.09.2026', defaultRoadmapItems(), facts), { spreadsheetUrl: URL });
    expect(mail.subject).toBe('Дорожная карта наставничества на 01.09.2026: скоро срок: 2');
    expect(mail.textBody).toBe(
      [
        'Здравствуйте!',
        '',
        'Напоминание по дорожной карте наставничества на 01.09.2026.',
        '',
        '1. Пункт 2.1. Сбор информации о профессиональных запросах педагогов',
        '   Этап: Формирование банка наставляемых',
        '   Срок: до 15.09.2026 — через 14 дней',
        '   Сейчас: в работе. Получено 12 ответов на анкету запросов; анкета ещё открыта',
        '',
        '2. Пункт 3.1. Формирование банка данных наставников',
        '   Этап: Формирование банка наставников',
        '   Срок: до 15.09.2026 — через 14 дней',
        '   Сейчас: в работе. Данные полные у 8 из 10 наставников',
        '',
        `Открыть таблицу: ${URL}`,
        '',
        'Напоминание перестанет приходить, когда пункт будет выполнен по данным таблицы или отмечен «выполнено» или «не требуется» в листе «Дорожная карта».',
        '',
      ].join('\n'),
    );
    expect(mail.htmlBody).toContain(`<a href="${URL}">Открыть таблицу</a>`);
    expect(mail.htmlBody).toContain('Срок: <span>до 15.09.2026 — через 14 дней</span>');
    expect(mail.htmlBody).toContain('Сейчас: в работе. Данные полные у 8 из 10 наставников');
  });

  test('the subject counts overdue, due today and upcoming items', () => {
    expect(renderDigest(digestOn('30.09.2026'), { spreadsheetUrl: URL }).subject).toBe(
      'Дорожная карта наставничества на 30.09.2026: просрочено: 2, скоро срок: 3', // 1.1 is the director's,
    );
    const today = renderDigest(digestOn('15.09.2026'), { spreadsheetUrl: URL });
    expect(today.subject).toBe('Дорожная карта наставничества на 15.09.2026: срок сегодня: 2');
    expect(today.textBody).toContain('Срок: до 15.09.2026 — сегодня');
    const late = renderDigest(digestOn('16.09.2026'), { spreadsheetUrl: URL });
    expect(late.htmlBody).toContain('<span style="color:#b3261e">до 15.09.2026 — просрочено на 1 день</span>');
  });

  test('every piece of workbook text is escaped in HTML', () => {
    const items = defaultRoadmapItems().map((item): RoadmapItem =>
      item.number === '2.1'
        ? { ...item, number: '2.1<b>', activity: 'Сбор <script>alert("x")</script> & «запросы»', stage: "Этап 'A'" }
        : item,
    );
    const mail = renderDigest(digestOn('01.09.2026', items), { spreadsheetUrl: URL });
    expect(mail.htmlBody).not.toContain('<script>');
    expect(mail.htmlBody).not.toContain('2.1<b>');
    expect(mail.htmlBody).toContain('Пункт 2.1&lt;b&gt;.');
    expect(mail.htmlBody).toContain('Сбор &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; «запросы»');
    expect(mail.htmlBody).toContain('Этап: Этап &#39;A&#39;');
    // The plain text keeps the workbook's text as it is.
    expect(mail.textBody).toContain('Пункт 2.1<b>. Сбор <script>alert("x")</script> & «запросы»');
  });

  test('only an https address becomes a link', () => {
    const digest = digestOn('01.09.2026');
    const odd = renderDigest(digest, { spreadsheetUrl: 'javascript:alert(1)' });
    expect(odd.htmlBody).not.toContain('href');
    expect(odd.htmlBody).toContain('Таблица: javascript:alert(1)');
    const quoted = renderDigest(digest, { spreadsheetUrl: 'https://x.test/"onmouseover="a' });
    expect(quoted.htmlBody).not.toContain('href');
  });
});

describe('the day’s other notes in the same email', () => {
  const note = {
    key: 'quarantine:2026-09-01',
    title: 'Карантин <анкет>',
    lines: ['Новых строк: 2', '=HYPERLINK("x")'],
    link: URL,
  };

  test('notes follow the alerts, escaped in HTML, counted in the subject', () => {
    const mail = renderDigest({ ...digestOn('01.09.2026'), notes: [note] }, { spreadsheetUrl: URL });
    expect(mail.subject).toBe('Дорожная карта наставничества на 01.09.2026: скоро срок: 2; сообщений: 1');
    expect(mail.textBody).toContain(
      `Карантин <анкет>\n— Новых строк: 2\n— =HYPERLINK("x")\nСсылка: ${URL}\n\nОткрыть таблицу: ${URL}`,
    );
    expect(mail.htmlBody).toContain(
      '<h3 style="font-size:14px;margin:16px 0 4px">Карантин &lt;анкет&gt;</h3><ul><li>Новых строк: 2</li><li>=HYPERLINK(&quot;x&quot;)</li></ul>',
    );
  });

  test('a notes-only email has a subject of its own, no roadmap footer, and no spreadsheet link when none is given', () => {
    const digest = {
      recipient: 't@s.ru',
      date: d('02.09.2026'),
      key: 'k',
      alerts: [],
      notes: [note, { ...note, key: 'b', title: 'Второе' }],
    };
    const mail = renderDigest(digest, { spreadsheetUrl: '' });
    expect(mail.subject).toBe('Наставничество на 02.09.2026: Карантин <анкет> и ещё 1');
    expect(mail.textBody).not.toContain('Открыть таблицу');
    expect(mail.textBody).not.toContain('Напоминание перестанет приходить');
    expect(mail.htmlBody).not.toContain('Открыть таблицу');
  });
});
