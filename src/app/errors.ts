// Errors meant for people: their message is Russian and says what and where.
export class UserError extends Error {
  constructor(
    message: string,
    readonly details: string[] = [],
  ) {
    super(message);
    this.name = 'UserError';
  }
}

/** Another execution holds the document lock for too long. */
export class BusyError extends UserError {
  constructor() {
    super('Таблица сейчас занята другой операцией (например, обработкой ответа формы). Повторите через минуту.');
    this.name = 'BusyError';
  }
}
