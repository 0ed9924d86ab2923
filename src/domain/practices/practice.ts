// A practice of the school's library («Методическая копилка»): what it addresses, who wrote it, whether it is a best one.

export type PracticeKind = 'practice' | 'method';

export const practiceKindRu: Record<PracticeKind, string> = {
  practice: 'практика наставничества',
  method: 'методический материал',
};

/** Where a practice came from: the round table, a monitoring answer, or the curator. */
export type PracticeSource = 'round_table' | 'monitoring' | 'manual';

export const practiceSourceRu: Record<PracticeSource, string> = {
  round_table: 'круглый стол',
  monitoring: 'анкета мониторинга',
  manual: 'вручную',
};

export interface Practice {
  /** МК-0001. */
  id: string;
  title: string;
  authors: string;
  /** The pair or group it grew out of (may be empty). */
  pairId: string;
  /** Requests / competences it addresses, from the shared list. */
  competencies: string[];
  description: string;
  /** Links and file names of the materials, as written. */
  materials: string;
  /** «2026/2027». */
  year: string;
  tags: string[];
  /** Marked «лучшая практика» at the round table. */
  best: boolean;
  kind: PracticeKind;
  source: PracticeSource;
  /** The monitoring answer it was proposed in («ответ <id>/<code>»), so the proposal is not offered twice. */
  origin: string;
  notes: string;
}

/** Tags as typed: «; » or «,» or new lines separate them; case and repeats do not matter. */
export function splitTags(text: string): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  for (const t of text.split(/[;,\n#]+/)) {
    const tag = t.trim();
    const key = tag.toLowerCase().replace(/ё/g, 'е');
    if (tag && !seen.has(key)) {
      seen.add(key);
      out.push(tag);
    }
  }
  return out;
}
