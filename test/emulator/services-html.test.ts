// Contract tests: HtmlService outputs, files, templates (apps-script-facts §1.5; [G ref:html/html-service], [G ref:html/html-output]).
import { message } from '../../tools/emulator';
import { setHtmlFiles } from '../../tools/emulator/services';
import { LOCALES, setup, thrown } from './services-helpers';

describe('HtmlService', () => {
  // [G ref:html/html-output]: content builders and chaining
  test('HtmlOutput: setContent, append, appendUntrusted escapes, title, size, favicon, chaining', () => {
    const { run } = setup();
    run((g) => {
      const out = g.HtmlService.createHtmlOutput('<p>a</p>')
        .append('<b>b</b>')
        .appendUntrusted('<script>x</script>')
        .setTitle('Наставничество')
        .setWidth(300)
        .setHeight(500)
        .setFaviconUrl('https://example.org/i.png');
      expect(out.getContent()).toBe('<p>a</p><b>b</b>&lt;script&gt;x&lt;/script&gt;');
      expect([out.getTitle(), out.getWidth(), out.getHeight(), out.getFaviconUrl()]).toEqual([
        'Наставничество',
        300,
        500,
        'https://example.org/i.png',
      ]);
      expect(out.setContent('x').getContent()).toBe('x');
      expect(g.HtmlService.createHtmlOutput().getContent()).toBe('');
    });
  });

  // [G ref:html/sandbox-mode]: only IFRAME; setSandboxMode has no effect. XFrameOptionsMode enum.
  test('SandboxMode and XFrameOptionsMode enums; setSandboxMode has no effect', () => {
    const { run } = setup();
    run((g) => {
      const out = g.HtmlService.createHtmlOutput('x').setSandboxMode(g.HtmlService.SandboxMode.IFRAME);
      out.setXFrameOptionsMode(g.HtmlService.XFrameOptionsMode.ALLOWALL);
      expect(out.getContent()).toBe('x');
      expect(Object.keys(g.HtmlService.SandboxMode)).toEqual(['EMULATED', 'IFRAME', 'NATIVE']);
      expect(Object.keys(g.HtmlService.XFrameOptionsMode)).toEqual(['ALLOWALL', 'DEFAULT']);
    });
  });

  // [G ref:html/html-output#addMetaTag(String,String)]: only viewport / (apple-)mobile-web-app-capable
  test('addMetaTag accepts the documented names and rejects others', () => {
    const { run } = setup();
    run((g) => {
      const out = g.HtmlService.createHtmlOutput('').addMetaTag('viewport', 'width=device-width');
      expect(out.getMetaTags().map((m) => [m.getName(), m.getContent()])).toEqual([['viewport', 'width=device-width']]);
      expect(() => out.addMetaTag('description', 'x')).toThrow();
    });
  });

  // "No HTML file named Index was found." [R RayBB/easy-gmail-scheduler #4]
  test.each(LOCALES)('createHtmlOutputFromFile reads the project file and an unknown name throws (%s)', (locale) => {
    const { world, run } = setup({ locale });
    setHtmlFiles(world, { Sidebar: '<div id="app"></div>' });
    expect(run((g) => g.HtmlService.createHtmlOutputFromFile('Sidebar').getContent())).toBe('<div id="app"></div>');
    expect(run((g) => g.HtmlService.createHtmlOutputFromFile('Sidebar.html').getContent())).toBe(
      '<div id="app"></div>',
    );
    const err = thrown(() => run((g) => g.HtmlService.createHtmlOutputFromFile('Index')));
    expect(err.message).toBe(message(locale, 'htmlFileNotFound', { name: 'Index' }));
  });

  // [G guides/html/templates]: <?= ?> escapes, <?!= ?> prints raw, <? ?> runs code; template fields are variables
  test('templates: printing scriptlets escape, force-printing ones do not, standard scriptlets run', () => {
    const { world, run } = setup();
    setHtmlFiles(world, { List: '<ul><? for (const n of names) { ?><li><?= n ?></li><? } ?></ul><?!= raw ?>' });
    const html = run((g) => {
      const t = g.HtmlService.createTemplateFromFile('List') as GoogleAppsScript.HTML.HtmlTemplate &
        Record<string, unknown>;
      t.names = ['A&B', '<i>'];
      t.raw = '<hr>';
      return t.evaluate().getContent();
    });
    expect(html).toBe('<ul><li>A&amp;B</li><li>&lt;i&gt;</li></ul><hr>');
  });

  test('HtmlService calls are counted', () => {
    const { world, run } = setup();
    run((g) => g.HtmlService.createHtmlOutput('x').setTitle('t'));
    expect(world.calls.byMethod()).toEqual({ 'HtmlOutput.setTitle': 1, 'HtmlService.createHtmlOutput': 1 });
  });
});
