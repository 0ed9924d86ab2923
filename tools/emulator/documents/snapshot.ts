// Documents as plain JSON and back (the playground saves its world between runs): node trees without parent links.
import type { World } from '../core/world';
import type { Attrs, DocNode, Run } from './nodes';
import { documentsState, type DocRecord } from './store';

interface PlainNode {
  type: DocNode['type'];
  attrs: Attrs;
  runs: Run[];
  children: PlainNode[];
}

export interface DocumentsSnapshot {
  docs: Array<{
    id: string;
    body: PlainNode;
    header: PlainNode | null;
    footer: PlainNode | null;
    headingStyles: DocRecord['headingStyles'];
  }>;
  createdToday: number;
  quotaDay: string;
}

function plain(n: DocNode): PlainNode {
  return {
    type: n.type,
    attrs: structuredClone(n.attrs),
    runs: structuredClone(n.runs),
    children: n.children.map(plain),
  };
}

function live(p: PlainNode, parent: DocNode | null = null): DocNode {
  const n: DocNode = { type: p.type, parent, attrs: p.attrs, runs: p.runs, children: [] };
  n.children = p.children.map((c) => live(c, n));
  return n;
}

export function snapshotDocuments(world: World): DocumentsSnapshot {
  const s = documentsState(world);
  return {
    docs: [...s.docs.values()].map((d) => ({
      id: d.id,
      body: plain(d.body),
      header: d.header ? plain(d.header) : null,
      footer: d.footer ? plain(d.footer) : null,
      headingStyles: structuredClone(d.headingStyles),
    })),
    createdToday: s.createdToday,
    quotaDay: s.quotaDay,
  };
}

export function restoreDocuments(world: World, snap: DocumentsSnapshot): void {
  const s = documentsState(world);
  s.docs.clear();
  for (const d of snap.docs)
    s.docs.set(d.id, {
      id: d.id,
      body: live(d.body),
      header: d.header ? live(d.header) : null,
      footer: d.footer ? live(d.footer) : null,
      headingStyles: d.headingStyles,
    });
  s.createdToday = snap.createdToday;
  s.quotaDay = snap.quotaDay;
}
