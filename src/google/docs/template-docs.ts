// A school template in Docs: its text (to check before generating), its content copied into an existing document
// (regeneration keeps the same file), and filling: block placeholders become tables and lists, text ones values.
import type { AppContext } from '../../app/context';
import type { Block } from '../../domain/documents/model';
import { renderText } from '../../domain/documents/text-renderer';
import { BLANK } from '../../domain/documents/templates';
import { escapeRe2 } from './fill-template';
import { BlockDrawer } from './render';
import { documentAppOf } from './services';

/** What a template is filled with: text values by placeholder name, and blocks for block placeholders. */
export interface FillData {
  values: Readonly<Record<string, string>>;
  blocks: Readonly<Record<string, readonly Block[]>>;
}

/** Matches {{name}} as people type it: any case, spaces or underscores between words, ё or е. */
export function flexiblePlaceholderPattern(name: string): string {
  const words = name
    .split(/[\s_]+/)
    .filter(Boolean)
    .map((w) => escapeRe2(w.toLowerCase()).replace(/[её]/g, '[её]'));
  return `(?i)\\{\\{\\s*${words.join('[\\s_]+')}\\s*\\}\\}`;
}

const ANY_PLACEHOLDER = '\\{\\{[^{}]*\\}\\}';

/** The template's whole text (body, header, footer) for the placeholder check; three calls. */
export function templateText(ctx: AppContext, templateId: string): string {
  const doc = documentAppOf(ctx).openById(templateId);
  return [doc.getHeader(), doc.getBody(), doc.getFooter()]
    .filter((s): s is NonNullable<typeof s> => s !== null)
    .map((s) => s.getText())
    .join('\n');
}

type Section =
  GoogleAppsScript.Document.Body | GoogleAppsScript.Document.HeaderSection | GoogleAppsScript.Document.FooterSection;

/**
 * Replaces the content of `docId` with a copy of the template's (body, page setup, named styles, header, footer):
 * how a regenerated template document stays the same file. Two calls per top-level element.
 */
export function copyTemplateInto(ctx: AppContext, templateId: string, docId: string): void {
  const app = documentAppOf(ctx);
  const src = app.openById(templateId);
  const dst = app.openById(docId);
  const srcBody = src.getBody();
  const dstBody = dst.getBody();
  dstBody.clear();
  copyChildren(app, srcBody, dstBody);
  dstBody.setAttributes(srcBody.getAttributes());
  const P = app.ParagraphHeading;
  for (const h of [P.NORMAL, P.HEADING1, P.HEADING2, P.HEADING3])
    dstBody.setHeadingAttributes(h, srcBody.getHeadingAttributes(h));
  const srcHeader = src.getHeader();
  if (srcHeader) copyChildren(app, srcHeader, dst.getHeader() ?? dst.addHeader(), true);
  const srcFooter = src.getFooter();
  if (srcFooter) copyChildren(app, srcFooter, dst.getFooter() ?? dst.addFooter(), true);
  dst.saveAndClose();
}

/** Copies every top-level element after the section's first paragraph, then drops that (cleared) paragraph. */
function copyChildren(app: GoogleAppsScript.Document.DocumentApp, from: Section, to: Section, clear = false): void {
  if (clear) to.clear();
  const T = app.ElementType;
  const n = from.getNumChildren();
  let at = 1;
  for (let i = 0; i < n; i++) {
    const child = from.getChild(i);
    const type = child.getType();
    if (type === T.PARAGRAPH) to.insertParagraph(at++, child.copy().asParagraph());
    else if (type === T.LIST_ITEM) to.insertListItem(at++, child.copy().asListItem());
    else if (type === T.TABLE) to.insertTable(at++, child.copy().asTable());
  }
  if (at > 1) to.getChild(0).removeFromParent();
}

export interface TemplateFillResult {
  /** Placeholders that were left in the document with nothing to fill them, as written, once each; removed. */
  unfilled: string[];
}

/**
 * Fills a document copied from a template. A block placeholder alone in a body paragraph is replaced by its blocks
 * drawn in place; elsewhere (a table cell, a header) by their text. Then each text placeholder present is replaced
 * (one replaceText per name), and whatever {{…}} is left is reported and removed, never left in the output.
 */
export function fillFromTemplate(
  ctx: AppContext,
  docId: string,
  data: FillData,
  textWidth: number,
): TemplateFillResult {
  const app = documentAppOf(ctx);
  const doc = app.openById(docId);
  const body = doc.getBody();
  const sections = [body, doc.getHeader(), doc.getFooter()]
    .filter((s): s is Section => s !== null)
    .map((section) => ({ section, text: section.getText() }));
  /** Sections whose text has the placeholder: a name absent from the template costs no call. */
  const holding = (name: string) => {
    const re = jsPattern(name);
    return sections.filter((s) => re.test(s.text)).map((s) => s.section);
  };

  for (const [name, blocks] of Object.entries(data.blocks)) {
    const where = holding(name);
    if (!where.length) continue;
    const pattern = flexiblePlaceholderPattern(name);
    const alone = new RegExp(`^\\s*${jsPattern(name).source}\\s*$`, 'i');
    if (where.includes(body)) {
      for (let hit = body.findText(pattern); hit; hit = body.findText(pattern)) {
        const paragraph = hit.getElement().getParent();
        if (paragraph.getParent().getType() !== app.ElementType.BODY_SECTION) break;
        if (!alone.test(paragraph.asParagraph().getText())) break; // inline use: filled with text below
        const index = body.getChildIndex(paragraph);
        new BlockDrawer(app, body, textWidth, index).draw(blocks);
        // A body must end with a paragraph: the last one is emptied (it then follows the table), not removed.
        if (paragraph.getNextSibling()) paragraph.removeFromParent();
        else paragraph.asParagraph().setText('');
      }
    }
    const asText = renderText({ title: '', blocks: [...blocks] })
      .replace(/\f/g, '')
      .trim();
    for (const s of where) s.replaceText(pattern, asText);
  }
  for (const [name, value] of Object.entries(data.values)) {
    const pattern = flexiblePlaceholderPattern(name);
    for (const s of holding(name)) s.replaceText(pattern, value.trim() ? value : BLANK);
  }
  const unfilled: string[] = [];
  for (const { section } of sections) {
    let found = false;
    for (let hit = section.findText(ANY_PLACEHOLDER); hit; hit = section.findText(ANY_PLACEHOLDER, hit)) {
      found = true;
      const text = hit
        .getElement()
        .asText()
        .getText()
        .slice(hit.getStartOffset() + 2, hit.getEndOffsetInclusive() - 1)
        .trim();
      if (!unfilled.includes(text)) unfilled.push(text);
    }
    if (found) section.replaceText(ANY_PLACEHOLDER, '');
  }
  doc.saveAndClose();
  return { unfilled };
}

/** The same pattern for JavaScript (RE2's inline (?i) becomes the i flag). */
function jsPattern(name: string): RegExp {
  return new RegExp(flexiblePlaceholderPattern(name).replace('(?i)', ''), 'i');
}
