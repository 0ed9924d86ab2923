// One problem found in the workbook: where it is, what is wrong and how to fix it — all in Russian.
export interface Problem {
  /** Sheet name as people see it. */
  sheet: string;
  /** 1-based sheet row (the header is row 1). */
  row: number;
  /** Column header; '' for a problem of the whole row or sheet. */
  column: string;
  /** What is wrong. */
  message: string;
  /** How to fix it. */
  fix: string;
  /** The cell's text as typed, when it matters. */
  value?: string;
  /** A near-miss vocabulary value the import can apply. */
  suggestion?: string;
}

export function compareProblems(a: Problem, b: Problem): number {
  return a.sheet.localeCompare(b.sheet) || a.row - b.row || a.column.localeCompare(b.column);
}

/** "Наставники, строка 5, «Email»: …" — one line for logs, alerts and the journal. */
export function describeProblem(p: Problem): string {
  return `${p.sheet}, строка ${p.row}${p.column ? `, «${p.column}»` : ''}: ${p.message}${p.fix ? ` ${p.fix}` : ''}`;
}
