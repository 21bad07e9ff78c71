import { ascending, isWithinReplyWindow, median, percentile, share, type CountedType, type StanceOrUnknown } from './definitions.js';
import type { Answer, Letter } from './letters.js';

/** The figures of docs/statistics.md, numbered as there. */
export interface Figures {
  /** 1 */
  readonly communications: number;
  /** 2: J-types under their base type; the four add up to the communications. */
  readonly byType: Readonly<Record<CountedType, number>>;
  /** 3 */
  readonly joint: number;
  readonly jointShare: number | null;
  /** 4: distinct States, and distinct non-State actors (by name). */
  readonly states: number;
  readonly nonStateActors: number;
  /** 5, 7 */
  readonly replied: number;
  readonly repliedInTime: number;
  /** 8: 0–1, null without communications. */
  readonly responseRate: number | null;
  readonly responseRateInTime: number | null;
  /** 9: over the replied communications, null without them. */
  readonly medianDaysToReply: number | null;
  readonly p90DaysToReply: number | null;
  /** 10 */
  readonly overdue: number;
  /** 13: follow-ups of an earlier communication, and their share of the communications. */
  readonly followUps: number;
  readonly followUpShare: number | null;
  /** 11: distinct replies. */
  readonly replies: number;
  /** 12: the five add up to the replies. */
  readonly stances: Readonly<Record<StanceOrUnknown, number>>;
}

/** Adds up the letters (figures 1–10) and the replies (11–12) of one group. */
export function figuresOf(letters: readonly Letter[], answers: readonly Answer[]): Figures {
  const byType: Record<CountedType, number> = { UA: 0, AL: 0, OL: 0, untyped: 0 };
  const states = new Set<string>();
  const actors = new Set<string>();
  const days: number[] = [];
  let joint = 0;
  let followUps = 0;
  let overdue = 0;
  for (const l of letters) {
    byType[l.type]++;
    if (l.joint) joint++;
    if (l.followUp) followUps++;
    if (l.overdue) overdue++;
    for (const s of l.states) states.add(s);
    for (const a of l.actors) actors.add(a);
    if (l.daysToFirstReply !== null) days.push(l.daysToFirstReply);
  }
  const stances: Record<StanceOrUnknown, number> = { rejects: 0, substantive: 0, acknowledges: 0, partial: 0, unknown: 0 };
  for (const a of answers) stances[a.stance]++;
  const n = letters.length;
  let inTime = 0;
  for (const d of days) if (isWithinReplyWindow(d)) inTime++;
  const sorted = ascending(days);
  return {
    communications: n,
    byType,
    joint,
    jointShare: share(joint, n),
    states: states.size,
    nonStateActors: actors.size,
    replied: days.length,
    repliedInTime: inTime,
    responseRate: share(days.length, n),
    responseRateInTime: share(inTime, n),
    medianDaysToReply: median(sorted, true),
    p90DaysToReply: percentile(sorted, 90, true),
    overdue,
    followUps,
    followUpShare: share(followUps, n),
    replies: answers.length,
    stances,
  };
}
