// «Карантин»: form answers that failed validation, kept whole with the reason, until the curator accepts or rejects them.
import { defineTable } from '../table-schema';

export type QuarantineStatus = 'new' | 'accepted' | 'rejected';

export const quarantineStatusRu: Record<QuarantineStatus, string> = {
  new: 'ждёт решения',
  accepted: 'принят',
  rejected: 'отклонён',
};

export const quarantineTable = defineTable({
  key: 'quarantine',
  sheetName: 'Карантин',
  color: '#e65100',
  columns: [
    {
      field: 'at',
      header: 'Поступил',
      kind: 'datetime',
      managedBy: 'addon',
      width: 130,
      note: 'Когда ответ попал в карантин (часовой пояс таблицы).',
    },
    {
      field: 'form',
      header: 'Форма',
      kind: 'text',
      managedBy: 'addon',
      width: 170,
      note: 'Из какой формы пришёл ответ.',
    },
    {
      field: 'answeredAt',
      header: 'Ответ от',
      kind: 'datetime',
      managedBy: 'addon',
      width: 130,
      note: 'Отметка времени ответа в листе ответов формы.',
    },
    {
      field: 'email',
      header: 'Email',
      kind: 'text',
      managedBy: 'addon',
      width: 190,
      note: 'Адрес педагога, если его удалось прочитать.',
    },
    {
      field: 'fullName',
      header: 'ФИО',
      kind: 'text',
      managedBy: 'addon',
      width: 200,
      note: 'ФИО из ответа, как его написал педагог.',
    },
    {
      field: 'reason',
      header: 'Причина',
      kind: 'text',
      managedBy: 'addon',
      width: 320,
      note: 'Почему ответ не принят в банк. После «Принять» здесь появится новая причина, если исправление не прошло проверку.',
    },
    {
      field: 'answer',
      header: 'Ответ',
      kind: 'text',
      managedBy: 'person',
      width: 420,
      note: 'Ответ целиком: по строке на вопрос, «Вопрос»: ответ. Исправьте ошибочный ответ прямо здесь и нажмите «Принять» в панели «Формы». Ничего не удаляется: исходный ответ остаётся в листе ответов формы.',
    },
    {
      field: 'responseRow',
      header: 'Строка ответа',
      kind: 'text',
      managedBy: 'addon',
      width: 190,
      note: 'Лист ответов формы и номер строки с исходным ответом.',
    },
    {
      field: 'link',
      header: 'Ссылка на ответ',
      kind: 'text',
      managedBy: 'addon',
      width: 160,
      note: 'Ссылка на строку исходного ответа в листе ответов формы.',
    },
    {
      field: 'status',
      header: 'Статус',
      kind: 'enum',
      labels: quarantineStatusRu,
      managedBy: 'addon',
      width: 120,
      note: 'ждёт решения / принят / отклонён. Меняется кнопками «Принять» и «Отклонить» в панели «Формы».',
    },
    {
      field: 'result',
      header: 'Результат',
      kind: 'text',
      managedBy: 'addon',
      width: 280,
      note: 'Что сделано после решения куратора: в какой банк и строку перенесён ответ.',
    },
    {
      field: 'key',
      header: 'Ключ ответа',
      kind: 'text',
      managedBy: 'addon',
      width: 90,
      note: 'Служебный ключ ответа: по нему повторная доставка того же ответа не создаёт вторую строку. Не меняйте.',
    },
  ],
});

export type QuarantineField = (typeof quarantineTable.columns)[number]['field'];
