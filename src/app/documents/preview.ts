// Preview before generating: the document as it will look (HTML from the same model), what is missing and where to
// fix it (no director, a pair without consent, …), what generation would create, update, skip or not overwrite.
import { compareDates, type CalendarDate } from '../../domain/calendar/calendar-date';
import type { ResolvedPair } from '../../domain/documents/participants';
import { renderHtml } from '../../domain/documents/html-renderer';
import type { Block, Document } from '../../domain/documents/model';
import { decide } from '../../domain/documents/regeneration';
import type { Mentee, Mentor } from '../../domain/model';
import { line } from '../../domain/documents/blocks';
import { knownFolder } from '../../google/docs';
import { columnOf, type TableSchema } from '../../workbook/table-schema';
import { menteesTable } from '../../workbook/tables/mentees';
import { mentorsTable } from '../../workbook/tables/mentors';
import { pairsTable } from '../../workbook/tables/pairs';
import { settingsTable } from '../../workbook/tables/settings';
import type { SettingKey } from '../../workbook/tables/settings';
import type { AppContext } from '../context';
import { fileStates } from './drive-state';
import { buildItems, selectPairs, type GenerationRequest } from './items';
import { folderName, loadDocumentsData, type DocumentsData } from './load';
import { readQuota } from './quota';
import { activeTemplates, templateEntries, templateProblems } from './templates';
import { templateTitleRu } from '../../domain/documents/school-templates';

/** The bank cells to fill for the people of a pair without consent by `date` (each cell once). */
function consentCells(
  data: DocumentsData,
  rp: ResolvedPair,
  date: CalendarDate,
  already: readonly MissingItem[],
): MissingItem[] {
  const out: MissingItem[] = [];
  const banks: Array<{
    people: ReadonlyArray<Mentor | Mentee>;
    table: TableSchema<string>;
    rows: ReadonlyArray<{ row: number; value: { id: string } }>;
  }> = [
    { people: rp.mentors, table: mentorsTable as TableSchema<string>, rows: data.check.mentors.records },
    { people: rp.mentees, table: menteesTable as TableSchema<string>, rows: data.check.mentees.records },
  ];
  for (const { people, table, rows } of banks) {
    const column = columnOf(table, 'consentDate').header;
    for (const person of people) {
      if (person.consentDate && compareDates(person.consentDate, date) <= 0) continue;
      const row = rows.find((r) => r.value.id === person.id)?.row;
      if ([...already, ...out].some((m) => m.sheet === table.sheetName && m.row === row && m.column === column))
        continue;
      out.push({
        level: 'warning',
        message: `${person.fullName}: ${person.consentDate ? 'согласие датировано позже приказа' : 'нет даты письменного согласия'}.`,
        fix: 'Укажите дату согласия, когда оно подписано.',
        sheet: table.sheetName,
        ...(row ? { row, column } : {}),
      });
    }
  }
  return out;
}

/** Something to fix or know before generating, with the cell to go to. */
export interface MissingItem {
  /** error: generation cannot start; warning: it can, the document will have a blank or leave something out. */
  level: 'error' | 'warning';
  message: string;
  fix: string;
  sheet?: string;
  row?: number;
  column?: string;
}

export interface DocumentsPreview {
  title: string;
  /** Standalone HTML of one document (the first, or the one asked for). */
  html: string;
  /** Set when the preview shows a part (a long table cut short). */
  note: string;
  missing: MissingItem[];
  items: number;
  counts: { create: number; update: number; unchanged: number; edited: number };
  /** Documents a person changed since generation: overwritten only if the curator ticks them. */
  edited: Array<{ key: string; title: string; url: string }>;
  quota: { used: number; limit: number; remaining: number; needed: number };
  template: { title: string; url: string } | null;
  /** The documents of the request, to choose which one to preview. */
  choices: Array<{ key: string; title: string }>;
  previewKey: string;
  canGenerate: boolean;
}

/** Tables longer than this are cut in the preview: the sidebar does not need 2,500 rows to show the layout. */
export const PREVIEW_TABLE_ROWS = 40;
const CHOICES_LIMIT = 300;

function trimmed(doc: Document): { doc: Document; note: string } {
  let cut = 0;
  const blocks: Block[] = [];
  for (const b of doc.blocks) {
    if (b.kind === 'table' && b.rows.length > PREVIEW_TABLE_ROWS) {
      cut = Math.max(cut, b.rows.length);
      blocks.push({ ...b, rows: b.rows.slice(0, PREVIEW_TABLE_ROWS) });
      blocks.push(
        line([{ text: `… и ещё ${b.rows.length - PREVIEW_TABLE_ROWS} строк (в документе будут все)`, italic: true }]),
      );
    } else blocks.push(b);
  }
  return {
    doc: { ...doc, blocks },
    note: cut ? `В предпросмотре таблицы сокращены до ${PREVIEW_TABLE_ROWS} строк из ${cut}.` : '',
  };
}

function settingItem(data: DocumentsData, key: SettingKey, message: string, fix: string): MissingItem {
  const row = data.check.settingsRead.rows[key];
  return {
    level: 'warning',
    message,
    fix,
    sheet: settingsTable.sheetName,
    ...(row ? { row, column: 'Значение' } : {}),
  };
}

function problemsAsMissing(data: DocumentsData, sheets: readonly string[]): MissingItem[] {
  return [...data.problems, ...data.pairs.problems]
    .filter((p) => sheets.includes(p.sheet))
    .map((p) => ({
      level: 'warning' as const,
      message: p.message,
      fix: p.fix,
      sheet: p.sheet,
      row: p.row,
      column: p.column,
    }));
}

export function previewDocuments(
  ctx: AppContext,
  input: { request: GenerationRequest; previewKey?: string },
): DocumentsPreview {
  const data = loadDocumentsData(ctx);
  const { request } = input;
  const today = ctx.today();
  const items = buildItems(data, request, today);
  const missing: MissingItem[] = [];
  const s = data.settings;

  if (!s.directorName.trim())
    missing.push(
      settingItem(
        data,
        'directorName',
        'Не указано ФИО директора: подпись останется пустой.',
        'Заполните «ФИО директора» в «Настройках».',
      ),
    );
  if (!s.curatorName.trim())
    missing.push(
      settingItem(
        data,
        'curatorName',
        'Не указан куратор наставничества.',
        'Заполните «Куратор наставничества: ФИО» в «Настройках».',
      ),
    );
  const selection = selectPairs(data, request);
  for (const x of selection.skipped)
    missing.push({
      level: 'warning',
      message: `Пара ${x.pairId} не войдёт: ${x.reason}.`,
      fix: 'Проверьте строку пары на листе «Пары и группы».',
      sheet: pairsTable.sheetName,
    });
  missing.push(...problemsAsMissing(data, [pairsTable.sheetName, settingsTable.sheetName, 'Документы']));

  if (request.kind === 'order') {
    if (!data.docSettings.orderNumber)
      missing.push(
        settingItem(
          data,
          'orderNumber',
          'Не указан номер приказа: в документе останется место, чтобы вписать его от руки.',
          'Заполните «Приказ о закреплении пар: номер» в «Настройках».',
        ),
      );
    if (!data.docSettings.regulationReference)
      missing.push(
        settingItem(
          data,
          'regulationReference',
          'Не указано, каким приказом утверждено Положение о наставничестве: в преамбуле будет ссылка без реквизитов.',
          'Заполните «Положение о наставничестве: чем утверждено» в «Настройках».',
        ),
      );
    const order = items[0];
    if (order) {
      const date = data.docSettings.orderDate ?? today;
      for (const x of order.excluded ?? []) {
        const rp = data.resolved.get(x.pairId);
        missing.push({
          level: 'warning',
          message: `Пара ${x.pairId} не войдёт в приказ: ${x.reason}.`,
          fix: 'Пары без письменного согласия всех участников в приказ не включаются (ст. 351.8 ТК РФ). Укажите дату согласия в банке или исправьте пару.',
          sheet: pairsTable.sheetName,
          ...(rp ? { row: rp.record.row } : {}),
        });
        if (!rp) continue;
        missing.push(...consentCells(data, rp.pair, date, missing));
      }
      if (!order.includedPairs?.length)
        missing.unshift({
          level: 'error',
          message: 'Ни одна пара не может войти в приказ.',
          fix: 'Сформируйте пары и получите письменные согласия участников.',
          sheet: pairsTable.sheetName,
        });
    }
  }
  if (request.kind === 'programs') missing.push(...problemsAsMissing(data, ['Типовые мероприятия']));
  for (const item of items)
    for (const w of item.warnings) missing.push({ level: 'warning', message: `${item.title}: ${w}.`, fix: '' });
  if (!items.length)
    missing.unshift({
      level: 'error',
      message: 'Нечего формировать: нет подходящих пар.',
      fix: 'Сформируйте пары на листе «Пары и группы» (или выберите другие).',
      sheet: pairsTable.sheetName,
    });

  // What generation would do with each document, from the register and Drive (one folder listing).
  const folder = knownFolder(ctx, folderName(data));
  const templateFiles = [...templateEntries(data).values()].map((e) => e.fileId);
  const states = fileStates(ctx, folder, [
    ...items.map((i) => data.register.byKey.get(i.key)?.fileId ?? ''),
    ...templateFiles,
  ]);
  const templates = activeTemplates(data, states);
  const counts = { create: 0, update: 0, unchanged: 0, edited: 0 };
  const edited: DocumentsPreview['edited'] = [];
  for (const item of items) {
    const entry = data.register.byKey.get(item.key);
    const template = item.templateKind ? templates.get(item.templateKind) : undefined;
    const hash = template ? `${item.hash}/${template.stamp}` : item.hash;
    const current = entry?.fileId ? (states.get(entry.fileId) ?? null) : null;
    const d = decide(entry?.fileId ? entry : null, current, hash, false);
    counts[d]++;
    if (d === 'edited') edited.push({ key: item.key, title: item.title, url: current?.url ?? entry!.link });
  }
  const quota = readQuota(ctx, data.docSettings.dailyDocumentLimit);
  if (counts.create > quota.remaining)
    missing.push({
      level: 'warning',
      message: `Сегодня можно создать ещё ${quota.remaining} новых документов из ${counts.create} (дневной лимит Google — ${quota.limit}).`,
      fix: 'Формирование остановится на лимите; остальные документы сформируются завтра по кнопке «Продолжить».',
    });

  let template: DocumentsPreview['template'] = null;
  const kinds = [...new Set(items.map((i) => i.templateKind).filter((k) => k !== null))];
  for (const kind of kinds) {
    const t = templates.get(kind!);
    if (!t) continue;
    template ??= { title: templateTitleRu[kind!], url: states.get(t.fileId)?.url ?? '' };
    for (const p of templateProblems(ctx, kind!, t.fileId))
      missing.push({
        level: 'warning',
        message: `Шаблон «${templateTitleRu[kind!]}»: ${p}.`,
        fix: 'Исправьте поля в шаблоне (список полей — в разделе «Шаблоны»).',
      });
  }
  if (
    request.kind === 'consents' &&
    request.consentMode === 'pagePerPerson' &&
    (templates.has('consentMentor') || templates.has('consentMentee'))
  )
    missing.push({
      level: 'warning',
      message:
        'Шаблоны согласий применяются, когда согласия формируются отдельным документом на каждого участника; общий документ будет по встроенному образцу.',
      fix: 'Выберите «Отдельный документ на каждого», чтобы использовать шаблон школы.',
    });

  const shown = items.find((i) => i.key === input.previewKey) ?? items[0];
  const view = shown ? trimmed(shown.document) : { doc: null, note: '' };
  return {
    title: shown?.title ?? '',
    html: view.doc ? renderHtml(view.doc) : '',
    note: [
      view.note,
      shown && shown.templateKind && templates.has(shown.templateKind)
        ? 'Документ будет сформирован по шаблону школы; предпросмотр показывает его содержание во встроенном оформлении.'
        : '',
    ]
      .filter(Boolean)
      .join(' '),
    missing,
    items: items.length,
    counts,
    edited,
    quota: { used: quota.used, limit: quota.limit, remaining: quota.remaining, needed: counts.create },
    template,
    choices: items.slice(0, CHOICES_LIMIT).map((i) => ({ key: i.key, title: i.title })),
    previewKey: shown?.key ?? '',
    canGenerate: !missing.some((m) => m.level === 'error'),
  };
}
