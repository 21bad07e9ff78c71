import type { IsoDate } from '../domain/index.js';
import { daysToReply, isWithinReplyWindow, median } from './definitions.js';

export { median } from './definitions.js';

/**
 * Reply figures for a set of communications, as the public can compute them (docs/figures.md):
 * - communications: those sent and public on the day;
 * - replied: those with at least one public reply received by then; within the window: received
 *   no more than 60 days after sending;
 * - response rate: replied ÷ communications (ever, and within the window);
 * - days to reply: from sending to the first public reply, median of the replied ones.
 * Pure: the store gives (date sent, first public reply) pairs; these functions count, with the
 * rules of docs/statistics.md (src/stats/definitions.ts) for days and the 60-day window.
 */
export interface ReplyTime {
  readonly sent: IsoDate;
  /** The first public reply's date of receipt, or null. */
  readonly firstReply: IsoDate | null;
}

export interface ReplyFigures {
  readonly communications: number;
  readonly replied: number;
  readonly repliedInTime: number;
  /** Share of communications replied to, 0–1; null without communications. */
  readonly responseRate: number | null;
  readonly responseRateInTime: number | null;
  /** Median days from sending to the first reply, over the replied ones; null when none. */
  readonly medianDaysToReply: number | null;
}

export interface YearFigures extends ReplyFigures {
  readonly year: number;
}

export function replyFigures(times: readonly ReplyTime[]): ReplyFigures {
  const days = times.flatMap((t) => (t.firstReply === null ? [] : [daysToReply(t.sent, t.firstReply)]));
  const inTime = days.filter(isWithinReplyWindow).length;
  const n = times.length;
  return {
    communications: n, replied: days.length, repliedInTime: inTime,
    responseRate: n === 0 ? null : days.length / n, responseRateInTime: n === 0 ? null : inTime / n,
    medianDaysToReply: median(days),
  };
}

export function figuresByYear(times: readonly ReplyTime[]): YearFigures[] {
  const byYear = new Map<number, ReplyTime[]>();
  for (const t of times) {
    const year = Number(t.sent.slice(0, 4));
    byYear.set(year, [...(byYear.get(year) ?? []), t]);
  }
  return [...byYear].sort(([a], [b]) => a - b).map(([year, list]) => ({ year, ...replyFigures(list) }));
}
