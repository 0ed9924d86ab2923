// «Вопросы мониторинга»: the questions of the three questionnaires, which the school may reword, add or switch off.
import { audienceRu, defaultQuestions, questionTypeRu, questionUseRu } from '../../domain/monitoring/questions';
import { MULTI_SEPARATOR, defineTable } from '../table-schema';
import { notesColumn } from './common-columns';
import { yesNoLabels } from './yes-no';

export const monitoringQuestionsTable = defineTable({
  key: 'monitoringQuestions',
  sheetName: 'Вопросы мониторинга',
  color: '#ad1457',
  columns: [
    {
      field: 'code',
      header: 'Код',
      kind: 'text',
      managedBy: 'addon',
      width: 170,
      note: 'Код вопроса: по нему ответы связаны с вопросом, даже если формулировку изменили. Для нового вопроса оставьте пустым — дополнение присвоит код.',
    },
    {
      field: 'audience',
      header: 'Анкета',
      kind: 'enum',
      labels: audienceRu,
      required: true,
      managedBy: 'person',
      width: 130,
      note: 'Чья анкета: наставляемый / наставник / куратор.',
    },
    {
      field: 'type',
      header: 'Тип',
      kind: 'enum',
      labels: questionTypeRu,
      required: true,
      managedBy: 'person',
      width: 190,
      note: 'оценка 1–10 / уровень до и после (1–10) — по каждому запросу пары / выбор / да/нет / текст.',
    },
    {
      field: 'text',
      header: 'Вопрос',
      kind: 'text',
      required: true,
      managedBy: 'person',
      width: 380,
      note: 'Формулировка вопроса, как её увидят участники.',
    },
    {
      field: 'choices',
      header: 'Варианты ответа',
      kind: 'text',
      managedBy: 'person',
      width: 260,
      note: 'Для типа «выбор»: варианты через «; ».',
    },
    {
      field: 'required',
      header: 'Обязательный',
      kind: 'enum',
      labels: yesNoLabels,
      managedBy: 'person',
      width: 110,
      note: '«да» — без ответа анкету не отправить. Пусто — обязательны все, кроме текстовых.',
    },
    {
      field: 'use',
      header: 'Использование',
      kind: 'enum',
      labels: questionUseRu,
      managedBy: 'person',
      width: 210,
      note: 'Что ещё дополнение делает с ответами: предложение в копилку / желание продолжить / раздел SWOT в отчёте. Пусто — только сводка.',
    },
    {
      field: 'active',
      header: 'Задавать',
      kind: 'enum',
      labels: yesNoLabels,
      managedBy: 'person',
      width: 90,
      note: '«нет» — вопрос не попадёт в анкету, прежние ответы сохранятся. Пусто — «да».',
    },
    notesColumn,
  ],
  seedRows: () =>
    defaultQuestions.map((q) => ({
      code: q.code,
      audience: q.audience,
      type: q.type,
      text: q.text,
      choices: q.choices.join(MULTI_SEPARATOR),
      required: q.required ? 'yes' : 'no',
      use: q.use ?? '',
      active: 'yes',
    })),
});

export type MonitoringQuestionField = (typeof monitoringQuestionsTable.columns)[number]['field'];
