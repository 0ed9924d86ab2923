// Contract tests of prefilled links: Form.createResponse() + Item.createResponse(value) + FormResponse.withItemResponse()
// + FormResponse.toPrefilledUrl() [G ref:forms/form#createResponse(), ref:forms/form-response#toPrefilledUrl()].
// The reference: createResponse() "creates a new response to the form"; it is saved only by submit().
// toPrefilledUrl() "generates a URL for the form in which the answers are pre-filled based on the answers in this form
// response". Observed URL shape: the respondent link with `usp=pp_url` and one `entry.<id>=<value>` per answer
// (URL-encoded; repeated for each checked box) [R riptutorial google-spreadsheet/30482; vh-x/Google-Forms-Autofill-Bookmarklet].
import { createGlobals, World } from '../../tools/emulator';
import { findFormByPublishedUrl, memoryHost, prefilledAnswers } from '../../tools/emulator/forms';
import { setBoundDocument } from '../../tools/emulator/services';

type Published = GoogleAppsScript.Forms.Form & { setPublished(b: boolean): GoogleAppsScript.Forms.Form };

function setup() {
  const world = new World({ now: '2026-09-10T07:30:05Z' });
  const FormApp = createGlobals(world).FormApp as GoogleAppsScript.Forms.FormApp;
  memoryHost(world).add('ss1', { locale: 'ru_RU', timeZone: 'Europe/Moscow' });
  setBoundDocument(world, 'ss1');
  const form = FormApp.create('Анкета') as Published;
  form.setPublished(true);
  const code = form.addTextItem().setTitle('Код анкеты');
  const scale = form.addScaleItem().setTitle('Комфортность').setBounds(1, 10);
  const boxes = form.addCheckboxItem().setTitle('Предметы').setChoiceValues(['математика', 'физика']);
  form.addParagraphTextItem().setTitle('Отзыв');
  return { world, form, code, scale, boxes };
}

describe('prefilled links', () => {
  test('toPrefilledUrl: the respondent link with usp=pp_url and one URL-encoded entry per answer; unanswered items are absent', () => {
    const { form, code, scale, boxes } = setup();
    const url = form
      .createResponse()
      .withItemResponse(code.createResponse('НП-2026-001/НЯ-0001/ab12'))
      .withItemResponse(scale.createResponse(7))
      .withItemResponse(boxes.createResponse(['математика', 'физика']))
      .toPrefilledUrl();
    expect(url.startsWith(`${form.getPublishedUrl()}?usp=pp_url&`)).toBe(true);
    const params = new URLSearchParams(url.split('?')[1]);
    expect(params.get(`entry.${code.getId()}`)).toBe('НП-2026-001/НЯ-0001/ab12');
    expect(params.get(`entry.${scale.getId()}`)).toBe('7');
    expect(params.getAll(`entry.${boxes.getId()}`)).toEqual(['математика', 'физика']);
    expect(new Set(params.keys()).size).toBe(4);
    expect(url).toContain(encodeURIComponent('НП-2026-001/НЯ-0001/ab12'));
  });

  test('building a response for a link records nothing: only submit() saves a response', () => {
    const { form, code } = setup();
    form.createResponse().withItemResponse(code.createResponse('x')).toPrefilledUrl();
    expect(form.getResponses()).toHaveLength(0);
  });

  test('the respondent’s browser reads the link back: the answers it fills in, by question', () => {
    const { world, form, code, boxes } = setup();
    const url = form
      .createResponse()
      .withItemResponse(code.createResponse('код 1'))
      .withItemResponse(boxes.createResponse(['физика']))
      .toPrefilledUrl();
    const raw = findFormByPublishedUrl(world, url)!;
    expect(prefilledAnswers(raw, url)).toEqual({ 'Код анкеты': 'код 1', Предметы: ['физика'] });
  });

  test('a scale answer outside its bounds cannot be put in a link (createResponse throws) [G ref:forms/scale-item#createResponse]', () => {
    const { scale } = setup();
    expect(() => scale.createResponse(11)).toThrow();
  });
});
