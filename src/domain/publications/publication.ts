// A publication for the school's website and social networks («Публикации»): a draft the add-on writes, then published.
import type { CalendarDate } from '../calendar/calendar-date';

export type PublicationStatus = 'draft' | 'published';

export const publicationStatusRu: Record<PublicationStatus, string> = {
  draft: 'черновик',
  published: 'опубликовано',
};

export interface Publication {
  /** ПБ-0001. */
  id: string;
  /** What it covers: «event:МР-0003» or «milestone:monitoring:2026/2027»; one draft per occasion. */
  occasion: string;
  /** The event's id, when it covers an event. */
  eventId: string;
  /** The roadmap item it gives evidence for («6.2»). */
  roadmapItem: string;
  date: CalendarDate | null;
  title: string;
  text: string;
  /** What to attach: photos, materials, lists. */
  attachments: string;
  status: PublicationStatus;
  /** Where it was published (site page, social network post). */
  link: string;
  notes: string;
}

/** A publication counts as evidence for stage 7 once it is published with a link. */
export function isPublished(p: Pick<Publication, 'status' | 'link'>): boolean {
  return p.status === 'published' && p.link.trim() !== '';
}
