// «Анализ банка»: needs vs offers per competence (roadmap 4.1), rewritten by the add-on on request; made for printing.
import { defineTable } from '../table-schema';

export const bankAnalysisTable = defineTable({
  key: 'bankAnalysis',
  sheetName: 'Анализ банка',
  color: '#ef6c00',
  columns: [
    {
      field: 'competence',
      header: 'Запрос / компетенция',
      kind: 'text',
      managedBy: 'addon',
      width: 340,
      note: 'Профессиональный запрос наставляемых — он же компетенция наставников (лист «Справочники»). Лист заполняет «Подбор → Анализ банка»; правки здесь перезапишутся при следующем анализе.',
    },
    {
      field: 'waitingNeed',
      header: 'Ждут наставника',
      kind: 'number',
      managedBy: 'addon',
      width: 110,
      note: 'Сколько наставляемых без пары (ожидают или на поддержке без пары) указали этот запрос.',
    },
    {
      field: 'pairedNeed',
      header: 'Уже в парах',
      kind: 'number',
      managedBy: 'addon',
      width: 100,
      note: 'Сколько наставляемых с этим запросом уже работают в паре или группе.',
    },
    {
      field: 'mentorsOffering',
      header: 'Наставников с компетенцией',
      kind: 'number',
      managedBy: 'addon',
      width: 120,
      note: 'Активные наставники с согласием, которые указали эту компетенцию.',
    },
    {
      field: 'freePlaces',
      header: 'Свободных мест у них',
      kind: 'number',
      managedBy: 'addon',
      width: 110,
      note: 'Сумма свободных мест этих наставников (вместимость минус действующие пары).',
    },
    {
      field: 'shortfall',
      header: 'Не хватает мест',
      kind: 'number',
      managedBy: 'addon',
      width: 100,
      note: 'Ждут наставника минус свободные места; 0 — мест хватает.',
    },
    {
      field: 'verdict',
      header: 'Оценка',
      kind: 'text',
      managedBy: 'addon',
      width: 100,
      note: 'дефицит / достаточно / избыток.',
    },
    {
      field: 'advice',
      header: 'Что делать',
      kind: 'text',
      managedBy: 'addon',
      width: 380,
      note: 'Рекомендация: кого привлечь или обучить в наставники.',
    },
  ],
});
