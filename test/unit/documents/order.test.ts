import { buildOrder } from '../../../src/domain/documents/order';
import { renderText } from '../../../src/domain/documents/text-renderer';
import {
  count,
  d,
  fedorova,
  ivanova,
  lebedeva,
  morozova,
  novikova,
  pair,
  pairs,
  popova,
  settings,
  smirnov,
  sokolova,
  volkov,
} from './fixtures';

const order = () => buildOrder({ settings, number: '112-од', date: d('2026-09-25'), pairs });

/** Splits the text into the order body, the acknowledgement list and the appendix. */
function parts(text: string) {
  const [body = '', appendix = ''] = text.split('\f');
  const ackAt = body.indexOf('С приказом ознакомлены:');
  return { main: body.slice(0, ackAt), ack: body.slice(ackAt), appendix };
}

describe('order «О закреплении наставнических пар (групп)»', () => {
  test('header: school, ПРИКАЗ, date, number, city, title with the academic year', () => {
    const text = renderText(order().document);
    expect(text.startsWith(settings.schoolFullName)).toBe(true);
    expect(text).toContain('ПРИКАЗ\n25.09.2026 № 112-од\nг. Сосногорск');
    expect(text).toContain('О закреплении наставнических пар (групп) на 2026/2027 учебный год');
    expect(order().document.title).toBe(
      'Приказ № 112-од от 25.09.2026 О закреплении наставнических пар (групп) на 2026/2027 учебный год',
    );
  });

  test('preamble cites the Положение, the roadmap, ст. 351.8 ТК РФ and written consent', () => {
    const { main } = parts(renderText(order().document));
    expect(main).toContain('статьёй 351.8 Трудового кодекса Российской Федерации');
    expect(main).toContain(
      'Положением о системе наставничества педагогических работников МБОУ «СОШ №2» г. Сосногорска',
    );
    expect(main).toContain('дорожной картой (планом мероприятий)');
    expect(main).toContain('письменного согласия');
    expect(main).toContain('на возложение на них дополнительных обязанностей,\nПРИКАЗЫВАЮ:');
    expect(main).toContain('ПРИКАЗЫВАЮ:');
  });

  test('numbered points: pairs per appendix, curator, ПНП by 01.11, agreements, control by the director', () => {
    const { main } = parts(renderText(order().document));
    expect(main).toMatch(/^1\. Закрепить наставнические пары \(группы\).*согласно приложению/m);
    expect(main).toMatch(
      /^2\. Назначить куратором .*: Кузнецова Марина Сергеевна, заместитель директора по учебно-воспитательной работе\.$/m,
    );
    expect(main).toMatch(
      /^3\. Наставникам разработать персонализированные программы наставничества \(ПНП\).* в срок до 01\.11\.2026/m,
    );
    expect(main).toMatch(/^4\. Заключить с наставниками дополнительные соглашения/m);
    expect(main).toMatch(/^5\. Контроль за исполнением настоящего приказа оставляю за собой\.$/m);
    expect(main).toContain('Директор ____________ О.В. Петрова');
  });

  test('control may go to the curator; the agreements point may be left out', () => {
    const text = renderText(
      buildOrder({ settings, number: '1', date: d('2026-09-25'), pairs, control: 'curator', agreementsPoint: false })
        .document,
    );
    expect(text).toMatch(
      /^4\. Контроль за исполнением настоящего приказа возложить на куратора реализации программ наставничества: М\.С\. Кузнецова\.$/m,
    );
    expect(text).not.toContain('дополнительные соглашения');
  });

  test('pairs without a participant’s consent are left out and reported with a Russian reason', () => {
    const r = order();
    expect(r.included).toEqual(['НП-2026-001', 'НП-2026-002', 'НП-2026-005']);
    expect(r.excluded).toEqual([
      { pairId: 'НП-2026-003', reason: `нет письменного согласия: наставник ${fedorova.fullName}` },
      { pairId: 'НП-2026-004', reason: `нет письменного согласия: наставляемый ${lebedeva.fullName}` },
    ]);
    const text = renderText(r.document);
    for (const p of [fedorova, morozova, lebedeva]) expect(text).not.toContain(p.fullName);
  });

  test('a consent dated after the order does not count', () => {
    const late = pair('НП-2026-009', [smirnov], [volkov]);
    const r = buildOrder({ settings, number: '5', date: d('2026-09-11'), pairs: [late] });
    expect(r.included).toEqual([]);
    expect(r.excluded[0]!.reason).toBe(
      `согласие наставника ${smirnov.fullName} датировано 12.09.2026 — позже даты приказа`,
    );
  });

  test('dissolved, incomplete and repeated pairs are reported too', () => {
    const dissolved = pair('НП-2026-010', [ivanova], [popova], { status: 'dissolved' });
    const noMentee = pair('НП-2026-011', [ivanova], []);
    const r = buildOrder({
      settings,
      number: '5',
      date: d('2026-09-25'),
      pairs: [pairs[0]!, pairs[0]!, dissolved, noMentee],
    });
    expect(r.included).toEqual(['НП-2026-001']);
    expect(r.excluded.map((e) => e.pairId)).toEqual(['НП-2026-001', 'НП-2026-010', 'НП-2026-011']);
    expect(r.excluded[0]!.reason).toBe('пара указана повторно');
    expect(r.excluded[1]!.reason).toContain('расформирована');
    expect(r.excluded[2]!.reason).toContain('не указан наставляемый');
  });

  test('appendix: every included pair exactly once with names, posts, form and period', () => {
    const { appendix } = parts(renderText(order().document));
    expect(appendix).toContain('Приложение\nк приказу МБОУ «СОШ №2» г. Сосногорска\nот 25.09.2026 № 112-од');
    expect(appendix).toContain('№ | Наставник (ФИО, должность) | Наставляемый(-ые) (ФИО, должность) | Форма | Срок');
    const rows = appendix.split('\n').filter((l) => /^\d+ \| /.test(l));
    expect(rows).toEqual([
      `1 | ${ivanova.fullName}, учитель (математика) | ${popova.fullName}, учитель (математика) | индивидуальная | 01.10.2026–30.06.2027`,
      `2 | ${smirnov.fullName}, учитель (информатика, физика) | ${volkov.fullName}, учитель (информатика); ${sokolova.fullName}, учитель (информатика) | групповая | 01.10.2026–31.05.2027`,
      `3 | ${ivanova.fullName}, учитель (математика) | ${novikova.fullName}, учитель (геометрия) | индивидуальная | 01.10.2026–30.06.2027`,
    ]);
    for (const m of [popova, volkov, sokolova, novikova]) expect(count(appendix, m.fullName)).toBe(1);
  });

  test('«С приказом ознакомлены»: each participant and the curator once, sorted by surname', () => {
    const { ack } = parts(renderText(order().document));
    const names = ack
      .split('\n')
      .filter((l) => /^\d+ \| /.test(l))
      .map((l) => l.split(' | ')[1]);
    expect(names).toEqual([
      'Волков Дмитрий Игоревич',
      'Иванова Светлана Николаевна',
      'Кузнецова Марина Сергеевна',
      'Новикова Полина Сергеевна',
      'Попова Анна Дмитриевна',
      'Смирнов Алексей Владимирович',
      'Соколова Ксения Павловна',
    ]);
    expect(ack).toContain('№ | ФИО | Должность | Подпись | Дата');
    expect(count(ack, ivanova.fullName)).toBe(1);
  });

  test('the curator who is also a mentor signs once', () => {
    const s = { ...settings, curatorName: ivanova.fullName, curatorEmail: ivanova.email };
    const { ack } = parts(renderText(buildOrder({ settings: s, number: '7', date: d('2026-09-25'), pairs }).document));
    expect(count(ack, ivanova.fullName)).toBe(1);
  });

  test('the program deadline can be set; without pairs the order has no rows', () => {
    const r = buildOrder({ settings, number: '7', date: d('2026-09-25'), pairs: [], programDeadline: d('2026-10-20') });
    const text = renderText(r.document);
    expect(text).toContain('в срок до 20.10.2026');
    expect(r.included).toEqual([]);
  });

  test('unknown placeholders in a school template are removed and reported', () => {
    const r = buildOrder({
      settings,
      number: '7',
      date: d('2026-09-25'),
      pairs,
      templates: { orderPreamble: 'На основании решения {{педсовета}} и Положения {{школа_кратко}}' },
    });
    const text = renderText(r.document);
    expect(text).toContain('На основании решения и Положения МБОУ «СОШ №2» г. Сосногорска,');
    expect(text).not.toContain('{{');
    expect(r.warnings).toEqual(['Преамбула приказа: неизвестные поля {{педсовета}} удалены']);
  });

  test('deterministic: the same input gives the same document', () => {
    expect(JSON.stringify(order())).toBe(JSON.stringify(order()));
  });
});
