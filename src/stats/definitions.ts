import { baseType, isJoint, REPLY_WINDOW_DAYS, type Addressee, type IsoDate, type Stance } from '../domain/index.js';
import type { StatsReply, StatsRow } from './rows.js';

/**
 * The rules of docs/statistics.md, one function each, over one communication or one reply.
 * Pure; src/stats/figures.ts adds them up.
 */

export type CountedType = 'UA' | 'AL' | 'OL' | 'untyped';
export type StanceOrUnknown = Stance | 'unknown';

/** A communication counts when it was sent, with a date on or before the reference day. */
export function isCounted(row: Pick<StatsRow, 'state' | 'dateSent'>, today: IsoDate): row is Pick<StatsRow, 'state'> & { readonly dateSent: IsoDate } {
  return row.state === 'sent' && row.dateSent !== null && row.dateSent <= today;
}

/** The replies of a communication that count: received on or before the reference day. */
export function countedReplies(row: Pick<StatsRow, 'replies'>, today: IsoDate): readonly StatsReply[] {
  // Most rows have no reply after the day: then the list itself, with nothing copied.
  return row.replies.every((r) => r.dateReceived <= today) ? row.replies : row.replies.filter((r) => r.dateReceived <= today);
}

/** The earliest date of receipt among the replies that count, or null. */
export function firstReply(replies: readonly Pick<StatsReply, 'dateReceived'>[]): IsoDate | null {
  let first: IsoDate | null = null;
  for (const r of replies) if (first === null || r.dateReceived < first) first = r.dateReceived;
  return first;
}

/**
 * Days since 1970-01-01 of a `YYYY-MM-DD` date, by arithmetic on the digits (the civil-calendar
 * formula): the same numbers as the domain's `daysBetween`, without a Date per call, since
 * statistics take it twice per letter (a property test checks the two agree).
 */
export function dayNumber(date: IsoDate): number {
  const digit = (i: number) => date.charCodeAt(i) - 48;
  const y0 = digit(0) * 1000 + digit(1) * 100 + digit(2) * 10 + digit(3);
  const m = digit(5) * 10 + digit(6);
  const d = digit(8) * 10 + digit(9);
  const y = m <= 2 ? y0 - 1 : y0;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

/** Days from sending to a reply; a reply dated before the letter counts 0 days. */
export function daysToReply(sent: IsoDate, received: IsoDate): number {
  return Math.max(0, dayNumber(received) - dayNumber(sent));
}

/** Within the 60-day reply window. */
export function isWithinReplyWindow(days: number): boolean {
  return days <= REPLY_WINDOW_DAYS;
}

/**
 * Sent, without a reply received by the reference day, and past its due date (sent + 60 days) on
 * it: the status `overdue` of the domain's `statusAt` (a property test checks they agree).
 */
export function isOverdue(row: Pick<StatsRow, 'state' | 'dateSent'>, replies: readonly Pick<StatsReply, 'dateReceived'>[], today: IsoDate): boolean {
  if (row.state !== 'sent' || row.dateSent === null || row.dateSent > today) return false;
  if (replies.some((r) => r.dateReceived <= today)) return false;
  return dayNumber(today) - dayNumber(row.dateSent) > REPLY_WINDOW_DAYS;
}

/** UA, AL or OL, a joint type of the older practice under its base type. */
export function countedType(row: Pick<StatsRow, 'reference'>): CountedType {
  return row.reference.type === null ? 'untyped' : baseType(row.reference.type);
}

/** Several mandates signed it, or the older practice marked it joint. */
export function isJointRow(row: Pick<StatsRow, 'reference' | 'mandateIds'>): boolean {
  return isJoint(row);
}

/** Answers per list of addressees: the store hands many letters the same list (a State's letters all name it). */
function perList<T>(compute: (addressees: readonly Addressee[]) => T): (addressees: readonly Addressee[]) => T {
  const known = new WeakMap<readonly Addressee[], T>();
  return (addressees) => {
    let out = known.get(addressees);
    if (out === undefined) known.set(addressees, (out = compute(addressees)));
    return out;
  };
}

/** The ISO-3 codes of the States it is addressed to. */
export const statesAddressed: (addressees: readonly Addressee[]) => readonly string[] =
  perList((addressees) => Object.freeze(addressees.filter((a) => a.kind === 'state').map((a) => a.code)));

/** Non-State actors share the code OTH: they are told apart by name, ignoring case and spacing. */
export const actorsAddressed: (addressees: readonly Addressee[]) => readonly string[] =
  perList((addressees) => Object.freeze(addressees.filter((a) => a.kind !== 'state').map((a) => actorKey(a.name))));

export function actorKey(name: string): string {
  return name.normalize('NFKC').toLocaleLowerCase('en').replace(/\s+/g, ' ').trim();
}

/** The stance a person set or confirmed, else unknown. */
export function stanceOf(reply: Pick<StatsReply, 'stance'>): StanceOrUnknown {
  return reply.stance ?? 'unknown';
}

/** The values in increasing order (a copy), for `median` and `percentile` to share. */
export function ascending(values: ArrayLike<number>): Float64Array {
  return Float64Array.from(values).sort();
}

/** The middle value, or the mean of the two middle values; null without values. `sorted`: when the values are already in increasing order. */
export function median(values: ArrayLike<number>, sorted = false): number | null {
  if (values.length === 0) return null;
  if (!sorted) return median(ascending(values), true);
  const mid = Math.floor(values.length / 2);
  return values.length % 2 === 1 ? (values[mid] ?? null) : ((values[mid - 1] ?? 0) + (values[mid] ?? 0)) / 2;
}

/** Nearest rank: the ⌈percent·n/100⌉-th smallest value (percent an integer in 1–100); null without values. */
export function percentile(values: ArrayLike<number>, percent: number, isSorted = false): number | null {
  if (values.length === 0) return null;
  const sorted = isSorted ? values : ascending(values);
  // In integers, so that 90 % of 70 values is rank 63 and not 64 (0.9 × 70 is 63.000…01 in floating point).
  const rank = Math.min(sorted.length, Math.max(1, Math.floor((percent * sorted.length + 99) / 100)));
  return sorted[rank - 1] ?? null;
}

/** A share in [0, 1], or null without a whole. */
export function share(part: number, whole: number): number | null {
  return whole === 0 ? null : part / whole;
}
