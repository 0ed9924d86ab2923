// Contract tests of the Charts service and of images in Docs, as the reference documents them:
// [G ref:charts/charts] Charts.newDataTable(), newBarChart(), newColumnChart(); ColumnType, Position.
// [G ref:charts/data-table-builder] addColumn(type, label) numbers columns from 0; build() throws "if the data table
//   is empty or incorrectly formatted".
// [G ref:charts/chart#getAs(String)] a chart as an image blob ('image/png'); getBlob().
// [G ref:document/body#appendImage(BlobSource)] "creates and appends a new InlineImage from the specified image
//   blob"; a Body holds ListItem, Paragraph, Table elements, so the image comes in a new paragraph.
// [G ref:document/inline-image] getWidth/getHeight/setWidth/setHeight in pixels; getBlob().
import { documentToHtml } from '../../tools/emulator/documents';
import { pngSize } from '../../tools/emulator/charts';
import { docsWorld, thrown } from './docs-helpers';

type Gas = {
  Charts: GoogleAppsScript.Charts.Charts;
  DocumentApp: GoogleAppsScript.Document.DocumentApp;
  Utilities: GoogleAppsScript.Utilities.Utilities;
};

function world() {
  const w = docsWorld();
  return { ...w, g: w.gas as unknown as Gas };
}

const table = (g: Gas) =>
  g.Charts.newDataTable()
    .addColumn(g.Charts.ColumnType.STRING, 'Вопрос')
    .addColumn(g.Charts.ColumnType.NUMBER, 'Средняя оценка')
    .addRow(['Комфортность', 8.5])
    .addRow(['Полезность', 7]);

describe('Charts', () => {
  test('a bar chart of a data table becomes a PNG of the set dimensions', () => {
    const { g, run } = world();
    const blob = run(() =>
      g.Charts.newBarChart()
        .setDataTable(table(g).build() as unknown as GoogleAppsScript.Charts.DataTableSource)
        .setTitle('Оценки')
        .setDimensions(640, 320)
        .setRange(0, 10)
        .setLegendPosition(g.Charts.Position.NONE)
        .build()
        .getAs('image/png'),
    );
    expect(blob.getContentType()).toBe('image/png');
    const bytes = Buffer.from(blob.getBytes().map((b) => b & 0xff));
    expect(pngSize(bytes)).toEqual({ width: 640, height: 320 });
  });

  test('a column chart takes the builder itself as its data (DataTableSource); getBlob is the PNG', () => {
    const { g, run } = world();
    const blob = run(() => g.Charts.newColumnChart().setDataTable(table(g)).build().getBlob());
    expect(blob.getContentType()).toBe('image/png');
  });

  test('an empty or ill-typed data table cannot be built; a chart without data cannot be built; only PNG is made', () => {
    const { g, run } = world();
    run(() => {
      expect(() => g.Charts.newDataTable().build()).toThrow();
      expect(() => g.Charts.newDataTable().addColumn(g.Charts.ColumnType.STRING, 'x').build()).toThrow();
      expect(() =>
        g.Charts.newDataTable().addColumn(g.Charts.ColumnType.NUMBER, 'n').addRow(['текст']).build(),
      ).toThrow();
      expect(() => g.Charts.newBarChart().build()).toThrow();
      expect(() => g.Charts.newBarChart().setDataTable(table(g)).build().getAs('application/pdf')).toThrow();
    });
  });
});

describe('images in Docs', () => {
  test('Body.appendImage puts the image in a new paragraph, at its natural size; sizes can be set', () => {
    const { g, run, world: w } = world();
    const { id, image } = run(() => {
      const doc = g.DocumentApp.create('Отчёт');
      const body = doc.getBody();
      body.appendParagraph('Текст');
      const png = g.Charts.newBarChart().setDataTable(table(g)).setDimensions(600, 300).build().getAs('image/png');
      const img = body.appendImage(png);
      const info = {
        type: String(img.getType()),
        parent: String(img.getParent().getType()),
        size: [img.getWidth(), img.getHeight()],
        index: body.getChildIndex(img.getParent()),
        children: body.getNumChildren(),
      };
      img.setWidth(450).setHeight(225);
      const resized = [img.getWidth(), img.getHeight()];
      doc.saveAndClose();
      return { id: doc.getId(), image: { ...info, resized } };
    });
    expect(image).toEqual({
      type: 'INLINE_IMAGE',
      parent: 'PARAGRAPH',
      size: [600, 300],
      index: 2,
      children: 3,
      resized: [450, 225],
    });
    expect(documentToHtml(w, id)).toMatch(/<img src="data:image\/png;base64,[A-Za-z0-9+/=]+" width="450" height="225"/);
  });

  test('insertImage puts it at an index; a chart is a BlobSource; the image keeps its bytes; a non-image is refused', () => {
    const { g, run } = world();
    run(() => {
      const body = g.DocumentApp.create('Отчёт').getBody();
      const chart = g.Charts.newColumnChart().setDataTable(table(g)).setDimensions(200, 100).build();
      const img = body.insertImage(0, chart as unknown as GoogleAppsScript.Base.BlobSource);
      expect(body.getChildIndex(img.getParent())).toBe(0);
      expect(img.getBlob().getBytes()).toEqual(chart.getBlob().getBytes());
      const text = g.Utilities.newBlob('не картинка', 'text/plain');
      expect(thrown(() => body.appendImage(text)).message).toBe('Invalid image data.');
    });
  });
});
