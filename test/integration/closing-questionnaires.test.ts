// The monitoring questionnaires end to end on the emulator: three Google Forms from «Вопросы мониторинга», personal
// prefilled links by e-mail (once), answers filed by the one form-submit trigger into «Мониторинг», unknown or
// mismatched links into «Карантин», and the summary changing.
import { closingData } from '../../src/app/closing/data';
import { monitoringResults } from '../../src/app/closing/monitoring';
import { sendQuestionnaires } from '../../src/app/closing/send-questionnaires';
import { outbox } from '../../tools/emulator/services';
import { closingSchool } from '../support/closing-school';
import { answerByLink, inviteRows } from '../support/monitoring-forms';

const MENTEE_ANSWERS = {
  'Комфортность общения с наставником': '9',
  'Полезность совместной работы': '8',
  'Полезность советов наставника': '9',
  'Понятность целей программы': '10',
  'Насколько достигнуты цели программы': '8',
  'Частота встреч с наставником': 'раз в неделю',
  'Хотели бы вы продолжить участие в наставничестве?': 'да',
  'Что было самым ценным?': 'Разбор уроков после посещения',
  'Какую практику стоит передать коллегам?': 'Лист наблюдения урока с разбором в тот же день',
};

function school() {
  const { wb, pairIds } = closingSchool({ answers: false });
  wb.world.clock.set(new Date('2027-05-12T10:00:00+03:00').getTime());
  return { wb, pairIds };
}

describe('monitoring questionnaires', () => {
  it('creates the three forms, mails each participant and the curator a personal link once, and resumes the rest', () => {
    const { wb } = school();
    const first = wb.run((ctx) => sendQuestionnaires(ctx, { max: 4 }));
    expect(first.forms.map((f) => [f.label, f.outcome])).toEqual([
      ['Анкета мониторинга (наставляемые)', 'created'],
      ['Анкета мониторинга (наставники)', 'created'],
      ['Анкета мониторинга (куратор)', 'created'],
    ]);
    const participants = inviteRows(wb);
    const firstLinks = inviteRows(wb).filter((r) => r.sentOn instanceof Date).length;
    expect(first.sent).toBe(firstLinks);
    expect(
      new Set(
        inviteRows(wb)
          .filter((r) => r.sentOn instanceof Date)
          .map((r) => r.email),
      ).size,
    ).toBe(4);
    expect(first.remaining).toBe(participants.length - firstLinks);
    expect(participants.filter((p) => p.role === 'куратор')).toHaveLength(1);
    // The rest goes on the next run; a third run sends nothing.
    const second = wb.run((ctx) => sendQuestionnaires(ctx));
    expect(second.forms.every((f) => f.outcome === 'exists')).toBe(true);
    expect(second.sent).toBe(participants.length - firstLinks);
    expect(wb.run((ctx) => sendQuestionnaires(ctx)).sent).toBe(0);
    // One e-mail per person: a mentor of two pairs gets both links in it.
    const mails = outbox(wb.world);
    const people = new Set(participants.map((p) => p.email));
    expect(mails).toHaveLength(people.size);
    expect(new Set(mails.map((m) => m.to[0])).size).toBe(people.size);
    for (const p of participants) expect(mails.find((m) => m.to.includes(p.email))!.body).toContain(p.link);
    const mentee = participants.find((p) => p.role === 'наставляемый')!;
    const mail = mails.find((m) => m.to.includes(mentee.email))!;
    expect(mail.subject).toMatch(/^Анкет[аы] мониторинга наставничества$/);
    expect(String(mail.body)).toContain(mentee.link);
    expect(String(mail.body)).toContain('до 1 июня 2027 г.');
    expect(inviteRows(wb).every((r) => r.sentOn instanceof Date)).toBe(true);
  });

  it('files an answer by its personal link into «Мониторинг», tied to the pair, with the request levels; the summary changes', () => {
    const { wb } = school();
    wb.run((ctx) => sendQuestionnaires(ctx));
    const mentee = inviteRows(wb).find((p) => p.role === 'наставляемый')!;
    const before = wb.run((ctx) => monitoringResults(closingData(ctx)).summary.school.answered);
    const competence = 'Уровень владения компетенцией из вашего запроса';
    const requests = wb.run(
      (ctx) =>
        closingData(ctx)
          .monitoredPairs()
          .find((p) => p.id === mentee.pairId)!.requests,
    );
    const levels = Object.fromEntries(
      requests.flatMap((_, i) => [
        [`${competence}: запрос ${i + 1} — уровень до программы`, '3'],
        [`${competence}: запрос ${i + 1} — уровень сейчас`, '7'],
      ]),
    );
    const { results } = answerByLink(wb, mentee.link, { ...MENTEE_ANSWERS, ...levels }, mentee.email);
    expect(results.map((r) => r.status)).toEqual(['filed']);
    const rows = wb.values('Мониторинг');
    const [header, ...data] = rows;
    const col = (name: string) => header!.indexOf(name);
    const mine = data.filter((r) => r[col('ID участника')] === mentee.personId);
    expect(mine.every((r) => r[col('ID пары/группы')] === mentee.pairId && r[col('Роль')] === 'наставляемый')).toBe(
      true,
    );
    expect(mine.find((r) => r[col('Код вопроса')] === 'mentee_comfort')![col('Оценка')]).toBe(9);
    const levelRows = mine.filter((r) => r[col('Код вопроса')] === 'mentee_competence');
    expect(levelRows.map((r) => [r[col('Запрос / компетенция')], r[col('Оценка до')], r[col('Оценка')]])).toEqual(
      requests.map((c) => [c, 3, 7]),
    );
    const after = wb.run((ctx) => monitoringResults(closingData(ctx)));
    expect(after.summary.school.answered).toBe(before + 1);
    expect(after.proposals.map((p) => p.text)).toContain('Лист наблюдения урока с разбором в тот же день');
    // The same delivery again files nothing twice.
    expect(wb.values('Мониторинг')).toHaveLength(rows.length);
  });

  it('puts an answer from a changed code, a missing code or another person’s address in «Карантин», never in the results', () => {
    const { wb } = school();
    wb.run((ctx) => sendQuestionnaires(ctx));
    const [a, b] = inviteRows(wb).filter((p) => p.role === 'наставляемый');
    const tampered = a!.link.replace(encodeURIComponent(a!.personId), encodeURIComponent(b!.personId));
    answerByLink(wb, tampered, MENTEE_ANSWERS, b!.email);
    const plain = a!.link.split('?')[0]!;
    answerByLink(wb, plain, { ...MENTEE_ANSWERS, 'Код анкеты': 'не знаю' }, a!.email);
    answerByLink(wb, a!.link, MENTEE_ANSWERS, b!.email);
    expect(wb.values('Мониторинг')).toHaveLength(1);
    const [header, ...quarantine] = wb.values('Карантин');
    const reasons = quarantine.map((r) => String(r[header!.indexOf('Причина')]));
    expect(reasons).toHaveLength(3);
    expect(reasons[0]).toContain('не подходит к этой анкете');
    expect(reasons[1]).toContain('Код анкеты «не знаю» неполный или изменён');
    expect(reasons[2]).toContain(`Анкета отправлена с адреса ${b!.email}, а личная ссылка выдана ${a!.personName}`);
    expect(quarantine.every((r) => r[header!.indexOf('Форма')] === 'Анкета мониторинга (наставляемые)')).toBe(true);
  });

  it('the curator’s questionnaire feeds the SWOT; a mentor’s code does not open it', () => {
    const { wb } = school();
    wb.run((ctx) => sendQuestionnaires(ctx));
    const curator = inviteRows(wb).find((p) => p.role === 'куратор')!;
    answerByLink(
      wb,
      curator.link,
      {
        'Насколько выполнены мероприятия планов пар': '8',
        'Сильные стороны системы наставничества': 'Опытные наставники\nПоддержка администрации',
      },
      curator.email,
    );
    const mentor = inviteRows(wb).find((p) => p.role === 'наставник')!;
    const code = [...new URLSearchParams(mentor.link.split('?')[1]).values()].find((v) => v.includes('/'))!;
    answerByLink(
      wb,
      curator.link.split('?')[0]!,
      { 'Код анкеты': code, 'Насколько выполнены мероприятия планов пар': '5' },
      curator.email,
    );
    const results = wb.run((ctx) => monitoringResults(closingData(ctx)));
    expect(results.summary.curator.map((c) => c.code)).toEqual(['curator_plan_done', 'curator_strengths']);
    const [header, ...quarantine] = wb.values('Карантин');
    expect(String(quarantine[0]![header!.indexOf('Причина')])).toContain('не подходит к этой анкете');
  });
});

describe('the questionnaires follow «Вопросы мониторинга»', () => {
  it('a question switched off or reworded by the school is rebuilt into the form on the next mailing; earlier answers stay', () => {
    const { wb } = school();
    wb.run((ctx) => sendQuestionnaires(ctx));
    const questions = wb.values('Вопросы мониторинга');
    const [header] = questions;
    const row = questions.findIndex((r) => r[0] === 'mentee_frequency');
    const active = header!.indexOf('Задавать');
    const text = header!.indexOf('Вопрос');
    const line = [...questions[row]!];
    line[active] = 'нет';
    wb.paste('Вопросы мониторинга', row + 1, [line]);
    const comfort = questions.findIndex((r) => r[0] === 'mentee_comfort');
    const reworded = [...questions[comfort]!];
    reworded[text] = 'Насколько комфортно вам было общаться с наставником';
    wb.paste('Вопросы мониторинга', comfort + 1, [reworded]);
    const r = wb.run((ctx) => sendQuestionnaires(ctx));
    expect(r.forms[0]!.outcome).toBe('rebuilt');
    const link = inviteRows(wb).find((p) => p.role === 'наставляемый')!.link;
    const form = wb.services.FormApp!.openById(findId(wb, link));
    const titles = form.getItems().map((i) => i.getTitle());
    expect(titles).toContain('Насколько комфортно вам было общаться с наставником');
    expect(titles).not.toContain('Комфортность общения с наставником');
    expect(titles).not.toContain('Частота встреч с наставником');
    expect(wb.run((ctx) => sendQuestionnaires(ctx)).forms[0]!.outcome).toBe('exists');
  });
});

function findId(wb: ReturnType<typeof school>['wb'], link: string): string {
  const settings = wb.values('Настройки');
  const published = link.split('?')[0];
  const urlRow = settings.find((r) => r[1] === published)!;
  const label = String(urlRow[0]).split(':')[0];
  return String(settings.find((r) => r[0] === `${label}: ID`)![1]);
}
