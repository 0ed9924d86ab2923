// The respondent's side of an emulated Google Form in the playground: the form as a real HTML page a teacher fills in,
// the posted answers read back by question title, Russian messages for what the form refuses.
import type { FormImpl } from '../emulator/forms';
import { escapeHtml } from '../emulator/services';

export interface PageQuestion {
  id: number;
  type: string;
  title: string;
  help: string;
  required: boolean;
  choices: string[];
  other: boolean;
  /** A linear scale's bounds and end labels. */
  scale?: { low: number; high: number; lowLabel: string; highLabel: string };
}

export interface FormPage {
  title: string;
  description: string;
  confirmation: string;
  collectEmail: boolean;
  accepting: boolean;
  questions: PageQuestion[];
}

export interface FormPageState {
  values: Record<string, string | string[]>;
  email: string;
  /** Question id (or 'email') → Russian message. */
  errors: Record<string, string>;
}

const OTHER = '__other__';

/** What the page shows, read from the emulated form (setup access: nothing is counted). */
export function formPage(form: FormImpl): FormPage {
  const questions = form
    .getItems()
    .filter((i) => i.getType() !== 'SECTION_HEADER')
    .map((view): PageQuestion => {
      const item = view.item as unknown as {
        isRequired?(): boolean;
        getChoices?(): Array<{ getValue(): string }>;
        hasOtherOption?(): boolean;
        getLowerBound?(): number;
        getUpperBound?(): number;
        getLeftLabel?(): string;
        getRightLabel?(): string;
      };
      return {
        id: view.getId(),
        type: view.getType(),
        title: view.getTitle(),
        help: view.getHelpText(),
        required: item.isRequired?.() ?? false,
        choices: item.getChoices?.().map((c) => c.getValue()) ?? [],
        other: item.hasOtherOption?.() ?? false,
        ...(view.getType() === 'SCALE'
          ? {
              scale: {
                low: item.getLowerBound!(),
                high: item.getUpperBound!(),
                lowLabel: item.getLeftLabel!(),
                highLabel: item.getRightLabel!(),
              },
            }
          : {}),
      };
    });
  return {
    title: form.getTitle(),
    description: form.getDescription(),
    confirmation: form.getConfirmationMessage(),
    collectEmail: form.collectsEmail(),
    accepting: form.isAcceptingResponses() && !form._trashed(),
    questions,
  };
}

/** What a prefilled link fills in, as the page's field values (answers by title → fields by question id). */
export function prefilledValues(
  page: FormPage,
  answers: Record<string, string | string[]>,
): Record<string, string | string[]> {
  const values: Record<string, string | string[]> = {};
  for (const q of page.questions) if (answers[q.title] !== undefined) values[`q${q.id}`] = answers[q.title]!;
  return values;
}

/** The posted fields as answers by question title (what submitForm takes) and the values to show again. */
export function readPosted(
  page: FormPage,
  body: URLSearchParams,
): { answers: Record<string, string | string[]>; state: FormPageState } {
  const answers: Record<string, string | string[]> = {};
  const values: Record<string, string | string[]> = {};
  for (const q of page.questions) {
    const name = `q${q.id}`;
    const otherText = (body.get(`${name}${OTHER}`) ?? '').trim();
    if (q.type === 'CHECKBOX') {
      const picked = body.getAll(name);
      values[name] = picked;
      values[`${name}${OTHER}`] = otherText;
      const list = picked.filter((v) => v !== OTHER);
      if (picked.includes(OTHER) && otherText) list.push(otherText);
      if (list.length) answers[q.title] = list;
    } else {
      const v = body.get(name) ?? '';
      values[name] = v;
      values[`${name}${OTHER}`] = otherText;
      const answer = v === OTHER ? otherText : v;
      if (answer.trim() !== '') answers[q.title] = answer;
    }
  }
  return { answers, state: { values, email: (body.get('emailAddress') ?? '').trim(), errors: {} } };
}

/** The checks a browser form makes before sending, in Russian (the form itself checks again on submit). */
export function checkPosted(
  page: FormPage,
  answers: Record<string, string | string[]>,
  email: string,
): Record<string, string> {
  const errors: Record<string, string> = {};
  if (page.collectEmail && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email))
    errors.email = 'Укажите действительный адрес электронной почты.';
  for (const q of page.questions)
    if (q.required && answers[q.title] === undefined) errors[String(q.id)] = 'Это обязательный вопрос.';
  return errors;
}

/** The problems the emulated form reports ("<title>: required", "… is not a choice") as Russian messages by question. */
export function problemsByQuestion(page: FormPage, problems: readonly string[]): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const p of problems) {
    if (p.startsWith('Email:')) {
      errors.email = p.includes('already')
        ? 'С этого адреса уже отправлен ответ.'
        : 'Укажите действительный адрес электронной почты.';
      continue;
    }
    const q = page.questions.find((x) => p.startsWith(`${x.title}: `));
    if (!q) continue;
    const what = p.slice(q.title.length + 2);
    errors[String(q.id)] =
      what === 'required'
        ? 'Это обязательный вопрос.'
        : what.includes('is not a choice')
          ? 'Выберите вариант из списка.'
          : what.includes('is not a date')
            ? 'Укажите дату.'
            : what.includes('only one "other"')
              ? 'Можно указать только один свой вариант.'
              : what === 'invalid'
                ? 'Неверный ответ.'
                : what;
  }
  return errors;
}

const e = escapeHtml;

function field(q: PageQuestion, state: FormPageState): string {
  const name = `q${q.id}`;
  const v = state.values[name];
  const text = typeof v === 'string' ? v : '';
  const picked = Array.isArray(v) ? v : [text];
  const otherText = String(state.values[`${name}${OTHER}`] ?? '');
  const req = q.required ? ' required' : '';
  switch (q.type) {
    case 'PARAGRAPH_TEXT':
      return `<textarea name="${name}" rows="4"${req} aria-label="${e(q.title)}">${e(text)}</textarea>`;
    case 'DATE':
      return `<input type="date" name="${name}" value="${e(text)}"${req} aria-label="${e(q.title)}">`;
    case 'LIST':
      return `<select name="${name}"${req} aria-label="${e(q.title)}"><option value="">Выбрать</option>${q.choices
        .map((c) => `<option value="${e(c)}"${c === text ? ' selected' : ''}>${e(c)}</option>`)
        .join('')}</select>`;
    case 'SCALE': {
      const sc = q.scale ?? { low: 1, high: 5, lowLabel: '', highLabel: '' };
      const points = Array.from({ length: sc.high - sc.low + 1 }, (_, i) => String(sc.low + i));
      return `<div class="scale" role="radiogroup" aria-label="${e(q.title)}">${sc.lowLabel ? `<span class="scale-label">${e(sc.lowLabel)}</span>` : ''}${points
        .map(
          (v) =>
            `<label class="scale-point"><span>${v}</span><input type="radio" name="${name}" value="${v}"${v === text ? ' checked' : ''} aria-label="${e(q.title)}: ${v}"></label>`,
        )
        .join('')}${sc.highLabel ? `<span class="scale-label">${e(sc.highLabel)}</span>` : ''}</div>`;
    }
    case 'MULTIPLE_CHOICE':
    case 'CHECKBOX': {
      const type = q.type === 'CHECKBOX' ? 'checkbox' : 'radio';
      const options = q.choices.map(
        (c) =>
          `<label class="choice"><input type="${type}" name="${name}" value="${e(c)}"${picked.includes(c) ? ' checked' : ''}> <span>${e(c)}</span></label>`,
      );
      if (q.other) {
        options.push(
          `<label class="choice other"><input type="${type}" name="${name}" value="${OTHER}"${picked.includes(OTHER) ? ' checked' : ''}> <span>Другое:</span> <input type="text" name="${name}${OTHER}" value="${e(otherText)}" aria-label="${e(q.title)}: другое"></label>`,
        );
      }
      return `<div class="choices" role="group" aria-label="${e(q.title)}">${options.join('')}</div>`;
    }
    default:
      return `<input type="text" name="${name}" value="${e(text)}"${req} aria-label="${e(q.title)}">`;
  }
}

function shell(title: string, body: string): string {
  return `<!DOCTYPE html>
<html lang="ru">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${e(title)}</title>
<style>${CSS}</style>
</head>
<body>
<main class="form">${body}</main>
<p class="footer">Эмуляция Google Форм в песочнице «Наставничество». <a href="/">Вернуться к таблице</a></p>
<script>
// As in Google Forms, a question's error goes away once it is answered again.
for (const type of ['input', 'change']) document.addEventListener(type, (e) => {
  const card = e.target.closest && e.target.closest('section.q');
  if (!card) return;
  card.classList.remove('invalid');
  card.querySelector('.error')?.remove();
});
</script>
</body>
</html>`;
}

/** The form as a teacher sees it; errors next to their questions, typed answers kept. */
export function renderFormPage(page: FormPage, state: FormPageState, formError = ''): string {
  if (!page.accepting) {
    return shell(
      page.title,
      `<section class="card head"><h1>${e(page.title)}</h1><p>Форма больше не принимает ответы.</p></section>`,
    );
  }
  const err = (id: string) => (state.errors[id] ? `<p class="error" role="alert">${e(state.errors[id]!)}</p>` : '');
  const cards = page.questions.map(
    (q) => `<section class="card q${state.errors[String(q.id)] ? ' invalid' : ''}" data-question="${e(q.title)}">
<h2>${e(q.title)}${q.required ? ' <span class="req" aria-label="обязательный">*</span>' : ''}</h2>
${q.help ? `<p class="help">${e(q.help)}</p>` : ''}
${field(q, state)}
${err(String(q.id))}
</section>`,
  );
  const email = page.collectEmail
    ? `<section class="card q${state.errors.email ? ' invalid' : ''}" data-question="Адрес электронной почты">
<h2>Адрес электронной почты <span class="req">*</span></h2>
<input type="email" name="emailAddress" value="${e(state.email)}" required autocomplete="email" aria-label="Адрес электронной почты">
${err('email')}
</section>`
    : '';
  return shell(
    page.title,
    `<section class="card head"><h1>${e(page.title)}</h1>${page.description ? `<p>${e(page.description)}</p>` : ''}<p class="req-note"><span class="req">*</span> Обязательный вопрос</p></section>
${formError ? `<p class="card error" role="alert">${e(formError)}</p>` : ''}
<form method="post" novalidate>
${email}
${cards.join('\n')}
<div class="actions"><button type="submit">Отправить</button></div>
</form>`,
  );
}

export function renderThanks(page: FormPage, again: string): string {
  return shell(
    page.title,
    `<section class="card head" data-submitted="true"><h1>${e(page.title)}</h1><p>${e(page.confirmation || 'Ответ записан.')}</p>
<p><a href="${e(again)}">Отправить ещё один ответ</a></p></section>`,
  );
}

export function renderMissing(): string {
  return shell(
    'Форма не найдена',
    `<section class="card head"><h1>Форма не найдена</h1><p>Возможно, её удалили или ссылка неполная.</p></section>`,
  );
}

const CSS = `
* { box-sizing: border-box; }
body { margin: 0; background: #f0ebf8; font-family: Roboto, "Noto Sans", "Liberation Sans", Arial, sans-serif; color: #202124; font-size: 14px; }
.form { max-width: 640px; margin: 12px auto; padding: 0 8px; }
.card { background: #fff; border: 1px solid #dadce0; border-radius: 8px; padding: 20px 24px; margin: 12px 0; }
.card.head { border-top: 10px solid #673ab7; }
.card.invalid { border-color: #d93025; }
h1 { font-size: 28px; font-weight: 400; margin: 0 0 12px; line-height: 1.25; }
h2 { font-size: 16px; font-weight: 400; margin: 0 0 8px; line-height: 1.4; }
.help { color: #5f6368; font-size: 12px; margin: -2px 0 12px; }
.req { color: #d93025; }
.req-note { color: #d93025; font-size: 13px; margin: 12px 0 0; }
input[type=text], input[type=email], input[type=date], select, textarea { font: inherit; width: 100%; max-width: 100%; border: 0; border-bottom: 1px solid #dadce0; padding: 6px 0; background: transparent; }
input[type=date], select { width: auto; border: 1px solid #dadce0; border-radius: 4px; padding: 6px 8px; }
textarea { border: 1px solid #dadce0; border-radius: 4px; padding: 8px; resize: vertical; }
input:focus, textarea:focus, select:focus { outline: none; border-color: #673ab7; }
.choices { display: flex; flex-direction: column; gap: 10px; }
.choice { display: flex; align-items: baseline; gap: 8px; cursor: pointer; }
.choice input[type=radio], .choice input[type=checkbox] { accent-color: #673ab7; width: 18px; height: 18px; flex: 0 0 auto; }
.choice.other input[type=text] { flex: 1; }
.scale { display: flex; align-items: flex-end; gap: 6px; flex-wrap: wrap; }
.scale-point { display: flex; flex-direction: column; align-items: center; gap: 4px; cursor: pointer; font-size: 12px; }
.scale-point input { accent-color: #673ab7; width: 18px; height: 18px; margin: 0; }
.scale-label { color: #5f6368; font-size: 12px; padding-bottom: 2px; }
.error { color: #d93025; font-size: 12px; margin: 8px 0 0; }
p.card.error { font-size: 14px; }
.actions { margin: 12px 0 24px; }
button { font: inherit; font-weight: 500; background: #673ab7; color: #fff; border: 0; border-radius: 4px; padding: 9px 24px; cursor: pointer; }
button:hover { background: #5e35b1; }
.footer { text-align: center; color: #5f6368; font-size: 12px; margin: 8px 0 24px; }
a { color: #673ab7; }
`;
