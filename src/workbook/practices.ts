// «Методическая копилка» ↔ Practice.
import { splitTags, type Practice, type PracticeKind, type PracticeSource } from '../domain/practices/practice';
import { parsed, readRecords, type RecordsRead } from './records';
import type { TableSnapshot } from './repository';
import type { RowContext } from './row-schema';
import { MULTI_SEPARATOR } from './table-schema';

export function readPractices(snapshot: TableSnapshot, ctx: RowContext): RecordsRead<Practice> {
  return readRecords<Practice>(snapshot, ctx, (p) => ({
    id: parsed.text(p.id).trim(),
    title: parsed.text(p.title),
    authors: parsed.text(p.authors),
    pairId: parsed.text(p.pairId).trim(),
    competencies: parsed.list(p.competencies),
    description: parsed.text(p.description),
    materials: parsed.text(p.materials),
    year: parsed.text(p.year),
    tags: splitTags(parsed.text(p.tags)),
    best: p.best === 'yes',
    kind: (parsed.text(p.kind) || 'practice') as PracticeKind,
    source: (parsed.text(p.source) || 'manual') as PracticeSource,
    origin: parsed.text(p.origin),
    notes: parsed.text(p.notes),
  }));
}

export function practiceToRecord(p: Practice): Record<string, unknown> {
  return { ...p, tags: p.tags.join(MULTI_SEPARATOR), best: p.best ? 'yes' : 'no' };
}
