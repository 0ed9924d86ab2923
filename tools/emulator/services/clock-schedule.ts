// Firing times of time-driven triggers and their event objects (apps-script-facts §4.2–4.4), pure functions.
import { isoWeek, zonedParts, zonedToUtc } from './zone';

export interface ClockSpec {
  /** 'once' = at(date) / atDate(y, m, d) / after(ms). */
  kind: 'minutes' | 'hours' | 'days' | 'weeks' | 'months' | 'once';
  /** every n minutes / hours / days / weeks (1 for months and once). */
  interval: number;
  /** 1 = Monday … 7 = Sunday. */
  weekDay?: number;
  monthDay?: number;
  hour?: number;
  nearMinute?: number;
  timeZone: string;
  /** One-shot instant (at / after), or the near-midnight date of atDate. */
  atMs?: number;
  atDate?: { year: number; month: number; day: number };
}

/** Deterministic per-trigger randomness: Apps Script randomizes the slot once, then keeps it (§4.2). */
export function slotHash(id: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    h ^= id.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/** Minute of the hour the trigger fires at: nearMinute ±15, else a random minute within the hour. */
export function slotMinute(spec: ClockSpec, id: string): number {
  const h = slotHash(id);
  if (spec.nearMinute !== undefined) return spec.nearMinute + (h % 31) - 15;
  return h % 60;
}

function slotSecond(id: string): number {
  return (slotHash(id) >>> 8) % 60;
}

const DAY = 86_400_000;

/** Days since 1970-01-01 of the wall-clock date of `ms` in `tz`. */
function localDay(ms: number, tz: string): number {
  const p = zonedParts(ms, tz);
  return Math.round(Date.UTC(p.year, p.month - 1, p.day) / DAY);
}

function weekdayOfDay(day: number): number {
  return ((((day + 3) % 7) + 7) % 7) + 1; // 1970-01-01 was a Thursday (4)
}

function atLocalDay(day: number, hour: number, minute: number, second: number, tz: string): number {
  return zonedToUtc(1970, 1, 1 + day, hour, minute, second, 0, tz);
}

/** The first firing after creation. */
export function firstFiring(spec: ClockSpec, createdMs: number, id: string): number {
  const tz = spec.timeZone;
  const created = zonedParts(createdMs, tz);
  const minute = slotMinute(spec, id);
  const second = slotSecond(id);
  const hour = spec.hour ?? created.hour;
  switch (spec.kind) {
    case 'once':
      if (spec.atDate) {
        const jitter = (slotHash(id) % 31) - 15; // "near midnight (+/- 15 minutes)"
        return zonedToUtc(spec.atDate.year, spec.atDate.month, spec.atDate.day, 0, jitter, 0, 0, tz);
      }
      return spec.atMs ?? createdMs;
    case 'minutes':
      return createdMs + ((slotHash(id) % (spec.interval * 60)) + 1) * 1000;
    case 'hours': {
      let t = zonedToUtc(created.year, created.month, created.day, created.hour, minute, second, 0, tz);
      while (t <= createdMs) t += 3600_000;
      return t;
    }
    case 'days': {
      let day = localDay(createdMs, tz);
      while (atLocalDay(day, hour, minute, second, tz) <= createdMs) day++;
      return atLocalDay(day, hour, minute, second, tz);
    }
    case 'weeks': {
      const weekDay = spec.weekDay ?? created.weekday;
      let day = localDay(createdMs, tz);
      while (weekdayOfDay(day) !== weekDay || atLocalDay(day, hour, minute, second, tz) <= createdMs) day++;
      return atLocalDay(day, hour, minute, second, tz);
    }
    case 'months': {
      const md = spec.monthDay ?? created.day;
      for (let k = 0; k < 48; k++) {
        const y = created.year + Math.floor((created.month - 1 + k) / 12);
        const m = ((created.month - 1 + k) % 12) + 1;
        if (md > new Date(Date.UTC(y, m, 0)).getUTCDate()) continue; // month too short: skipped [U]
        const t = zonedToUtc(y, m, md, hour, minute, second, 0, tz);
        if (t > createdMs) return t;
      }
      throw new Error('emulator: no month has that day');
    }
  }
}

/** The first firing strictly after `afterMs`, given the trigger's first firing; null when a one-shot has fired. */
export function nextFiring(spec: ClockSpec, firstMs: number, afterMs: number): number | null {
  if (firstMs > afterMs) return firstMs;
  const tz = spec.timeZone;
  switch (spec.kind) {
    case 'once':
      return null;
    case 'minutes':
    case 'hours': {
      const period = spec.interval * (spec.kind === 'minutes' ? 60_000 : 3600_000);
      return firstMs + (Math.floor((afterMs - firstMs) / period) + 1) * period;
    }
    case 'days':
    case 'weeks': {
      // Same wall-clock time every n days: across a DST change the UTC time shifts, the local hour stays.
      const step = spec.interval * (spec.kind === 'weeks' ? 7 : 1);
      const first = zonedParts(firstMs, tz);
      const firstDay = localDay(firstMs, tz);
      let k = Math.max(0, Math.floor((localDay(afterMs, tz) - firstDay) / step) - 1);
      for (;;) {
        const t = atLocalDay(firstDay + k * step, first.hour, first.minute, first.second, tz);
        if (t > afterMs) return t;
        k++;
      }
    }
    case 'months': {
      const first = zonedParts(firstMs, tz);
      const after = zonedParts(afterMs, tz);
      for (let k = 0; k < 60; k++) {
        const idx = after.year * 12 + after.month - 1 + k;
        const y = Math.floor(idx / 12);
        const m = (idx % 12) + 1;
        if (first.day > new Date(Date.UTC(y, m, 0)).getUTCDate()) continue;
        const t = zonedToUtc(y, m, first.day, first.hour, first.minute, first.second, 0, tz);
        if (t > afterMs) return t;
      }
      return null;
    }
  }
}

/** The time-driven event object [G events]: fields in the trigger's time zone, dashed names included. */
export interface TimeDrivenEvent {
  authMode: 'FULL';
  'day-of-month': number;
  'day-of-week': number;
  hour: number;
  minute: number;
  month: number;
  second: number;
  timezone: string;
  triggerUid: string;
  'week-of-year': number;
  year: number;
}

export function timeDrivenEvent(ms: number, timeZone: string, triggerUid: string): TimeDrivenEvent {
  const p = zonedParts(ms, timeZone);
  return {
    authMode: 'FULL',
    'day-of-month': p.day,
    'day-of-week': p.weekday,
    hour: p.hour,
    minute: p.minute,
    month: p.month,
    second: p.second,
    timezone: timeZone,
    triggerUid,
    'week-of-year': isoWeek(p.year, p.month, p.day),
    year: p.year,
  };
}
