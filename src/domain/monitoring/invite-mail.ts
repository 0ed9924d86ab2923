// The e-mail that brings a participant their personal questionnaire links: one per person, one link per pair (a
// mentor of two pairs answers about each).
import { toRuLongDate, type CalendarDate } from '../calendar/calendar-date';
import { escapeHtml } from '../text/escape-html';
import type { Audience } from './questions';

export interface InviteLink {
  role: Audience;
  pairId: string;
  /** The other side of the pair (mentor for a mentee, mentees for a mentor). */
  partners: string[];
  link: string;
}

export interface InviteMailInput {
  name: string;
  links: InviteLink[];
  deadline: CalendarDate;
  schoolName: string;
  curatorName: string;
}

export interface InviteMail {
  subject: string;
  textBody: string;
  htmlBody: string;
}

function about(l: InviteLink): string {
  const with_ = l.partners.length ? ` (${l.partners.join(', ')})` : '';
  if (l.role === 'curator') return 'о системе наставничества школы за учебный год';
  if (l.role === 'mentee') return `о работе с наставником${with_}`;
  return `о работе с ${l.partners.length > 1 ? 'наставляемыми' : 'наставляемым'}${with_}`;
}

export function inviteMail(m: InviteMailInput): InviteMail {
  const one = m.links.length === 1;
  const intro = one
    ? `Просим ответить на анкету мониторинга наставничества ${about(m.links[0]!)} до ${toRuLongDate(m.deadline)}${m.schoolName ? ` (${m.schoolName})` : ''}.`
    : `Просим ответить на анкеты мониторинга наставничества до ${toRuLongDate(m.deadline)}${m.schoolName ? ` (${m.schoolName})` : ''}: по одной на каждую вашу пару.`;
  const tail = [
    'Анкета занимает 5–7 минут. Ссылка личная: по ней ответ попадёт к вашей паре, поэтому не пересылайте её коллегам.',
    m.curatorName ? `С уважением, ${m.curatorName}, куратор наставничества.` : 'С уважением, куратор наставничества.',
  ];
  const label = (l: InviteLink) => (one ? 'Анкета' : `Пара ${l.pairId}, анкета ${about(l)}`);
  const textBody = [`Здравствуйте, ${m.name}!`, intro, ...m.links.map((l) => `${label(l)}: ${l.link}`), ...tail].join(
    '\n\n',
  );
  const htmlBody = [
    `<p>${escapeHtml(`Здравствуйте, ${m.name}!`)}</p>`,
    `<p>${escapeHtml(intro)}</p>`,
    ...m.links.map(
      (l) =>
        `<p>${one ? '' : `${escapeHtml(`Пара ${l.pairId}, анкета ${about(l)}`)}<br>`}<a href="${escapeHtml(l.link)}">Открыть анкету</a></p>`,
    ),
    ...tail.map((p) => `<p>${escapeHtml(p)}</p>`),
  ].join('\n');
  return {
    subject: one ? 'Анкета мониторинга наставничества' : 'Анкеты мониторинга наставничества',
    textBody,
    htmlBody,
  };
}
