// «Публикации» ↔ Publication.
import type { Publication, PublicationStatus } from '../domain/publications/publication';
import { parsed, readRecords, type RecordsRead } from './records';
import type { TableSnapshot } from './repository';
import type { RowContext } from './row-schema';

export function readPublications(snapshot: TableSnapshot, ctx: RowContext): RecordsRead<Publication> {
  return readRecords<Publication>(snapshot, ctx, (p) => ({
    id: parsed.text(p.id).trim(),
    occasion: parsed.text(p.occasion).trim(),
    eventId: parsed.text(p.eventId).trim(),
    roadmapItem: parsed.text(p.roadmapItem),
    date: parsed.date(p.date),
    title: parsed.text(p.title),
    text: parsed.text(p.text),
    attachments: parsed.text(p.attachments),
    status: (parsed.text(p.status) || 'draft') as PublicationStatus,
    link: parsed.text(p.link).trim(),
    notes: parsed.text(p.notes),
  }));
}

export function publicationToRecord(p: Publication): Record<string, unknown> {
  return { ...p };
}
