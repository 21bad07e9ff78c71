import { isoDate, type CouncilSession, type DateWindow, type IsoDate, type SessionCalendar } from '../domain/index.js';
import { figuresOf, type Figures } from './figures.js';
import { lettersAndAnswers, type Answer, type Letter } from './letters.js';
import type { StatsRow } from './rows.js';

export type { Figures } from './figures.js';
export type { StatsReply, StatsRow } from './rows.js';

/**
 * Statistics over the rows of a filtered set of communications, as of a reference day: for the
 * whole set, by year, by Council session (docs/statistics.md). Pure: the rows come from the store.
 */

/** A group: figures 1–10 over the letters sent in `sent`, 11–12 over the replies received in `replies`. */
export interface FiguresGroup {
  readonly sent: DateWindow;
  readonly replies: DateWindow;
  readonly figures: Figures;
}

export interface YearGroup extends FiguresGroup {
  readonly kind: 'year';
  readonly year: number;
}

export interface SessionGroup extends FiguresGroup {
  readonly kind: 'session';
  readonly session: CouncilSession;
}

/** The session whose report lists a letter sent, or a reply received, on a day. */
export type SessionLookup = Pick<SessionCalendar, 'sessionForSentDate' | 'sessionForReplyDate'>;

export type Grouping = 'year' | 'session' | 'none';

/** The whole set: every day is in both windows. */
export function statistics(rows: readonly StatsRow[], today: IsoDate): Figures {
  const { letters, answers } = lettersAndAnswers(rows, today);
  return figuresOf(letters, answers);
}

/** One group per calendar year in which a letter was sent or a reply received, oldest first. */
export function statisticsByYear(rows: readonly StatsRow[], today: IsoDate): YearGroup[] {
  return byYear(lettersAndAnswers(rows, today));
}

/**
 * One group per Council session whose sent window holds a letter or whose reply window holds a
 * reply, in session order; records before the first report's windows belong to none.
 */
export function statisticsBySession(rows: readonly StatsRow[], today: IsoDate, calendar: SessionLookup): SessionGroup[] {
  return bySession(lettersAndAnswers(rows, today), calendar);
}

/** The whole set and its groups, reading the rows once. */
export function statisticsGrouped(rows: readonly StatsRow[], today: IsoDate, groupBy: Grouping, calendar: SessionLookup): { overall: Figures; groups: (YearGroup | SessionGroup)[] } {
  const all = lettersAndAnswers(rows, today);
  const groups = groupBy === 'year' ? byYear(all) : groupBy === 'session' ? bySession(all, calendar) : [];
  return { overall: figuresOf(all.letters, all.answers), groups };
}

type Prepared = { readonly letters: readonly Letter[]; readonly answers: readonly Answer[] };

function byYear(all: Prepared): YearGroup[] {
  const year = (date: IsoDate) => Number(date.slice(0, 4));
  return [...grouped(all, year, year)].sort(([a], [b]) => a - b).map(([y, g]) => {
    const window = { from: isoDate(y, 1, 1), to: isoDate(y, 12, 31) };
    return { kind: 'year', year: y, sent: window, replies: window, figures: figuresOf(g.letters, g.answers) };
  });
}

function bySession(all: Prepared, calendar: SessionLookup): SessionGroup[] {
  const sessions = new Map<number, CouncilSession>();
  // Letters share their days and sessions: look among the sessions found so far (kept in window
  // order, searched by halves) before asking the calendar, which may compute sessions by the
  // standard cycle on every call.
  const memo = (find: (date: IsoDate) => CouncilSession | null, window: (s: CouncilSession) => DateWindow) => {
    const found: CouncilSession[] = [];
    const outside = new Set<IsoDate>();
    return (date: IsoDate): number | null => {
      let [low, high] = [0, found.length];
      while (low < high) {
        const mid = (low + high) >> 1;
        if (window(found[mid] as CouncilSession).from <= date) low = mid + 1;
        else high = mid;
      }
      const candidate = found[low - 1];
      if (candidate !== undefined && date <= window(candidate).to) return candidate.number;
      if (outside.has(date)) return null;
      const s = find(date);
      if (s === null) {
        outside.add(date);
        return null;
      }
      found.splice(low, 0, s);
      sessions.set(s.number, s);
      return s.number;
    };
  };
  const groups = grouped(all, memo((d) => calendar.sessionForSentDate(d), (s) => s.sent), memo((d) => calendar.sessionForReplyDate(d), (s) => s.replies));
  return [...groups].sort(([a], [b]) => a - b).flatMap(([n, g]) => {
    const session = sessions.get(n);
    return session ? [{ kind: 'session' as const, session, sent: session.sent, replies: session.replies, figures: figuresOf(g.letters, g.answers) }] : [];
  });
}

/** Letters by the key of their date of sending, replies by the key of their date of receipt. */
function grouped<K>(
  all: Prepared,
  sentKey: (date: IsoDate) => K | null,
  replyKey: (date: IsoDate) => K | null,
): Map<K, { letters: Letter[]; answers: Answer[] }> {
  const groups = new Map<K, { letters: Letter[]; answers: Answer[] }>();
  const group = (key: K) => {
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { letters: [], answers: [] }));
    return g;
  };
  for (const l of all.letters) {
    const key = sentKey(l.dateSent);
    if (key !== null) group(key).letters.push(l);
  }
  for (const a of all.answers) {
    const key = replyKey(a.dateReceived);
    if (key !== null) group(key).answers.push(a);
  }
  return groups;
}
