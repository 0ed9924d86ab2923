// FormApp.ItemType values and which of them are questions (get a column in the response sheet).
export const ItemTypes = [
  'CHECKBOX',
  'CHECKBOX_GRID',
  'DATE',
  'DATETIME',
  'DURATION',
  'GRID',
  'IMAGE',
  'LIST',
  'MULTIPLE_CHOICE',
  'PAGE_BREAK',
  'PARAGRAPH_TEXT',
  'SCALE',
  'SECTION_HEADER',
  'TEXT',
  'TIME',
  'VIDEO',
  'FILE_UPLOAD',
] as const;

export type ItemTypeName = (typeof ItemTypes)[number];

/** FormApp.ItemType as scripts see it: `item.getType() == FormApp.ItemType.TEXT`. */
export const ItemTypeEnum: Readonly<Record<ItemTypeName, ItemTypeName>> = Object.freeze(
  Object.fromEntries(ItemTypes.map((t) => [t, t])) as Record<ItemTypeName, ItemTypeName>,
);

const layout: ReadonlySet<ItemTypeName> = new Set(['SECTION_HEADER', 'PAGE_BREAK', 'IMAGE', 'VIDEO']);

/** Layout items (headers, page breaks, media) take no answer and get no column. */
export function isQuestionType(t: ItemTypeName): boolean {
  return !layout.has(t);
}

/** "TEXT" → "TextItem": the class name used in casts and call counts. */
export function itemClassName(t: ItemTypeName): string {
  return (
    t
      .split('_')
      .map((w) => w[0] + w.slice(1).toLowerCase())
      .join('') + 'Item'
  );
}
