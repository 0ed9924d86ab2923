// Reads a form answer (namedValues) by question title: order-independent, extra questions ignored, titles compared by normalizeTerm.
import { normalizeTerm } from '../model';
import type { QuestionDef } from './form-definition';

export interface ReadAnswer {
  /** The answer text, trimmed; '' when unanswered or the question is absent. */
  text: string;
  /** Whether any column with this title exists in the answer. */
  present: boolean;
  /** The value had an unexpected type (object, function): read as ''. */
  malformed: boolean;
}

function cellText(v: unknown): { text: string; malformed: boolean } {
  if (typeof v === 'string') return { text: v, malformed: false };
  if (typeof v === 'number' || typeof v === 'boolean' || typeof v === 'bigint')
    return { text: String(v), malformed: false };
  if (v === null || v === undefined) return { text: '', malformed: false };
  return { text: '', malformed: true };
}

/** namedValues → normalized title → the column values (several columns may share a title). */
export class AnswerReader {
  private readonly byTitle = new Map<string, unknown[]>();

  constructor(namedValues: unknown) {
    if (!namedValues || typeof namedValues !== 'object' || Array.isArray(namedValues)) return;
    for (const [title, value] of Object.entries(namedValues as Record<string, unknown>)) {
      const key = normalizeTerm(title);
      const list = this.byTitle.get(key) ?? [];
      list.push(...(Array.isArray(value) ? value : [value]));
      this.byTitle.set(key, list);
    }
  }

  /** The first of the title and aliases that is present; non-blank values of shared columns joined with ", ". */
  read(q: Pick<QuestionDef, 'title' | 'aliases'>): ReadAnswer {
    for (const title of [q.title, ...(q.aliases ?? [])]) {
      const values = this.byTitle.get(normalizeTerm(title));
      if (!values) continue;
      let malformed = false;
      const texts = values.map((v) => {
        const c = cellText(v);
        malformed ||= c.malformed;
        return c.text.trim();
      });
      return { text: texts.filter((t) => t !== '').join(', '), present: true, malformed };
    }
    return { text: '', present: false, malformed: false };
  }

  readTitle(title: string): string {
    return this.read({ title }).text;
  }
}
