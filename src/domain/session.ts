import { addDays, isoDate, type IsoDate } from './dates.js';
import { MissiveError } from './errors.js';

/** A window of days, both ends included. */
export interface DateWindow {
  readonly from: IsoDate;
  readonly to: IsoDate;
}

/**
 * A regular session of the Human Rights Council and the windows of its joint communications
 * report: communications sent in one window, replies received in another two months later.
 */
export interface CouncilSession {
  readonly number: number;
  /** `YYYY-MM` */
  readonly heldIn: string;
  readonly symbol: string | null;
  readonly sent: DateWindow;
  readonly replies: DateWindow;
  /** Whether the windows come from reference data or from the standard cycle. */
  readonly windowsFrom: 'reference' | 'standard-cycle';
}

export interface SessionRecord {
  readonly session: number;
  readonly heldIn: string;
  readonly symbol: string | null;
  readonly sentFrom: string | null;
  readonly sentTo: string | null;
  readonly repliesFrom: string | null;
  readonly repliesTo: string | null;
}

/** Joint reports began with session 18 (September 2011); the cycle below holds from there. */
export const FIRST_REPORTING_SESSION = 18;
const ANCHOR_SESSION = 19;
const ANCHOR_YEAR = 2012;
const SESSION_MONTHS = [3, 6, 9] as const;

function lastDayOf(year: number, month: number): IsoDate {
  return addDays(isoDate(month === 12 ? year + 1 : year, month === 12 ? 1 : month + 1, 1), -1);
}

/** Three sessions a year (March, June, September); the windows follow from the slot. */
export function standardSession(number: number): CouncilSession {
  if (!Number.isInteger(number) || number < FIRST_REPORTING_SESSION) {
    throw new MissiveError('UNKNOWN_SESSION', `session "${number}" has no communications report (the first was ${FIRST_REPORTING_SESSION})`, { value: number, field: 'session' });
  }
  const k = number - ANCHOR_SESSION;
  const year = ANCHOR_YEAR + Math.floor(k / 3);
  const slot = ((k % 3) + 3) % 3;
  const month = SESSION_MONTHS[slot] ?? 3;
  const [sent, replies]: [DateWindow, DateWindow] =
    slot === 0
      ? [{ from: isoDate(year - 1, 6, 1), to: isoDate(year - 1, 11, 30) }, { from: isoDate(year - 1, 8, 1), to: isoDate(year, 1, 31) }]
      : slot === 1
        ? [{ from: isoDate(year - 1, 12, 1), to: lastDayOf(year, 2) }, { from: isoDate(year, 2, 1), to: isoDate(year, 4, 30) }]
        : [{ from: isoDate(year, 3, 1), to: isoDate(year, 5, 31) }, { from: isoDate(year, 5, 1), to: isoDate(year, 7, 31) }];
  return { number, heldIn: `${year}-${String(month).padStart(2, '0')}`, symbol: null, sent, replies, windowsFrom: 'standard-cycle' };
}

function fromRecord(record: SessionRecord): CouncilSession {
  const standard = standardSession(record.session);
  const { sentFrom, sentTo, repliesFrom, repliesTo } = record;
  const listed = sentFrom !== null && sentTo !== null && repliesFrom !== null && repliesTo !== null;
  return {
    number: record.session,
    heldIn: record.heldIn,
    symbol: record.symbol,
    sent: listed ? { from: sentFrom as IsoDate, to: sentTo as IsoDate } : standard.sent,
    replies: listed ? { from: repliesFrom as IsoDate, to: repliesTo as IsoDate } : standard.replies,
    windowsFrom: listed ? 'reference' : 'standard-cycle',
  };
}

function contains(window: DateWindow, date: IsoDate): boolean {
  return window.from <= date && date <= window.to;
}

/** The Council's sessions: those listed in reference data, and any other by the standard cycle. */
export class SessionCalendar {
  private readonly listed: ReadonlyMap<number, CouncilSession>;

  constructor(records: readonly SessionRecord[]) {
    this.listed = new Map(records.map((r) => [r.session, fromRecord(r)]));
  }

  session(number: number): CouncilSession {
    return this.listed.get(number) ?? standardSession(number);
  }

  /** The session whose report lists communications sent on this date, or null before reporting began. */
  sessionForSentDate(date: IsoDate): CouncilSession | null {
    return this.find(date, (s) => s.sent);
  }

  /** The session whose report lists replies received on this date, or null before reporting began. */
  sessionForReplyDate(date: IsoDate): CouncilSession | null {
    return this.find(date, (s) => s.replies);
  }

  private find(date: IsoDate, window: (s: CouncilSession) => DateWindow): CouncilSession | null {
    for (const s of this.listed.values()) if (contains(window(s), date)) return s;
    const year = Number(date.slice(0, 4));
    const around = ANCHOR_SESSION + (year - ANCHOR_YEAR) * 3;
    for (let n = Math.max(FIRST_REPORTING_SESSION, around - 2); n <= around + 5; n++) {
      const s = this.session(n);
      if (contains(window(s), date)) return s;
    }
    return null;
  }
}
