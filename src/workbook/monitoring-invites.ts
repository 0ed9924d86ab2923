// «Рассылка анкет» ↔ MonitoringInvite.
import type { MonitoringInvite } from '../domain/monitoring/invites';
import type { Audience } from '../domain/monitoring/questions';
import { parsed, readRecords, type RecordsRead } from './records';
import type { TableSnapshot } from './repository';
import type { RowContext } from './row-schema';

export function readInvites(snapshot: TableSnapshot, ctx: RowContext): RecordsRead<MonitoringInvite> {
  return readRecords<MonitoringInvite>(snapshot, ctx, (p, row) => ({
    row,
    pairId: parsed.text(p.pairId).trim(),
    role: parsed.text(p.role) as Audience,
    personId: parsed.text(p.personId).trim(),
    personName: parsed.text(p.personName),
    email: parsed.text(p.email),
    link: parsed.text(p.link),
    sentOn: parsed.date(p.sentOn),
  }));
}
