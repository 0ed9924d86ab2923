import { buildConsents } from '../../../src/domain/documents/consent';
import { renderHtml } from '../../../src/domain/documents/html-renderer';
import type { Document } from '../../../src/domain/documents/model';
import { buildOrder } from '../../../src/domain/documents/order';
import { buildProgram } from '../../../src/domain/documents/program';
import { count, d, ivanova, mentee, pair, settings } from './fixtures';

const evil = mentee('evil', '<script>alert(1)</script> Злов', {
  post: '=IMPORTXML("http://x.ru","//a")',
  subjects: ['a & b'],
  requests: ['<img src=x onerror=alert(2)>'],
  requestText: `"кавычки" и 'апостроф'`,
});
const evilPair = pair('НП-<b>1</b>', [ivanova], [evil]);

describe('HTML renderer', () => {
  test('a standalone A4 page in Times New Roman 14pt, justified, bordered tables', () => {
    const html = renderHtml(
      buildOrder({
        settings,
        number: '112-од',
        date: d('2026-09-25'),
        pairs: [pair('НП-2026-001', [ivanova], [mentee('e', 'Попова Анна Дмитриевна')])],
      }).document,
    );
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html).toContain('<html lang="ru">');
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).toContain('width:210mm');
    expect(html).toContain('"Times New Roman"');
    expect(html).toContain('font-size:14pt');
    expect(html).toContain('text-align:justify');
    expect(html).toContain('border:1px solid #000');
    expect(html).toContain('<col style="width:4.55%">'); // № of the appendix: weights 1, 6, 6, 5, 4
    // The order body and the appendix are two pages.
    expect(count(html, '<div class="page">')).toBe(2);
    expect(html).toContain('<b>ПРИКАЗЫВАЮ:</b>');
  });

  test('every text run is escaped: script tags, attributes, formulas, quotes, ampersands', () => {
    const docs = [
      buildOrder({ settings, number: '<1>', date: d('2026-09-25'), pairs: [evilPair] }).document,
      buildConsents({ settings, pairs: [evilPair] }).document,
      buildProgram({ settings, pair: evilPair }).document,
    ];
    for (const doc of docs) {
      const html = renderHtml(doc);
      expect(html).not.toContain('<script>');
      expect(html).not.toContain('<img');
      expect(html).not.toContain('<b>1</b>');
      expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; Злов');
      expect(html).toContain('=IMPORTXML(&quot;http://x.ru&quot;,&quot;//a&quot;)');
      expect(html).toContain('a &amp; b');
    }
    expect(renderHtml(docs[2]!)).toContain('&quot;кавычки&quot; и &#39;апостроф&#39;');
    expect(renderHtml(docs[2]!)).toContain('&lt;img src=x onerror=alert(2)&gt;');
  });

  test('the title, headings, table headers and signature parts are escaped too', () => {
    const doc: Document = {
      title: '</title><script>x</script>',
      blocks: [
        { kind: 'heading', level: 2, text: '<h1>' },
        { kind: 'table', header: ['<th>'], widths: [1], rows: [[{ lines: [[{ text: '<td>', bold: true }]] }]] },
        { kind: 'signature', post: '<post>', name: '<name>', date: '<date>' },
        {
          kind: 'requisites',
          organization: '<org>',
          city: '<city>',
          documentKind: '<kind>',
          date: '<d>',
          number: '<n>',
        },
        { kind: 'approval', post: '<p>', organization: '<o>', name: '<nm>', date: null },
      ],
    };
    const html = renderHtml(doc);
    const body = html.slice(html.indexOf('<body>'));
    expect(html).toContain('<title>&lt;/title&gt;&lt;script&gt;x&lt;/script&gt;</title>');
    for (const t of ['h1', 'th', 'td', 'post', 'name', 'date', 'org', 'city', 'kind', 'd', 'n', 'p', 'o', 'nm'])
      expect(body).toContain(`&lt;${t}&gt;`);
    expect(body).not.toMatch(/<(post|name|org|city|kind|nm)>/);
  });

  test('runs keep their styles; nested list items are numbered hierarchically', () => {
    const html = renderHtml({
      title: 't',
      blocks: [
        {
          kind: 'paragraph',
          runs: [
            { text: 'ж', bold: true },
            { text: 'к', italic: true },
            { text: 'п', underline: true },
          ],
          align: 'center',
        },
        {
          kind: 'list',
          items: [
            { runs: [{ text: 'a' }] },
            { runs: [{ text: 'b' }], level: 1 },
            { runs: [{ text: 'c' }], level: 1 },
            { runs: [{ text: 'd' }] },
          ],
        },
      ],
    });
    expect(html).toContain('<p style="text-align:center"><b>ж</b><i>к</i><u>п</u></p>');
    expect(html).toMatch(/>1\. a<\/p>[\s\S]*>1\.1\. b<\/p>[\s\S]*>1\.2\. c<\/p>[\s\S]*>2\. d<\/p>/);
  });

  test('deterministic output', () => {
    const make = () => renderHtml(buildProgram({ settings, pair: evilPair }).document);
    expect(make()).toBe(make());
  });
});
