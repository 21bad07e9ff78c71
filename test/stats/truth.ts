/**
 * The figures of docs/statistics.md computed straight from a generated demo corpus (the
 * generator's ground truth), without src/stats: what the store-backed statistics must equal.
 * Visibility uses the domain's publication rules; session windows follow the standard cycle of
 * ../shared/domain/README.md §5, written out here by month.
 */
import { communicationPublicDate, replyPublicDate, type IsoDate } from '../../src/domain/index.js';
import type { DemoCommunication, DemoCorpus, DemoReply } from '../../src/demo/corpus.js';
import type { Figures } from '../../src/stats/figures.js';
import type { StatsFilter } from '../../src/store/stats-ports.js';

export type TruthViewer = { readonly role: 'secretariat' | 'public' } | { readonly role: 'mission'; readonly stateCode: string };

export interface TruthScope {
  readonly viewer: TruthViewer;
  readonly today: IsoDate;
  readonly filter: StatsFilter;
}

const DAY = 86_400_000;
const days = (from: string, to: string) => Math.round((Date.parse(to) - Date.parse(from)) / DAY);

export function publicOn(c: DemoCommunication): IsoDate | null {
  return communicationPublicDate({
    state: 'sent', dateSent: c.dateSent,
    publication: { publishedEarlyOn: c.publishedEarlyOn, confidentialHold: c.confidentialReason === null ? null : { reason: c.confidentialReason } },
  });
}

export function replyPublicOn(r: DemoReply, corpus: DemoCorpus): IsoDate | null {
  const answered = r.answers.map((i) => corpus.communications[i]).filter((c): c is DemoCommunication => c !== undefined);
  return replyPublicDate({ dateReceived: r.dateReceived, confidential: r.confidential }, answered.map((c) => ({
    state: 'sent' as const, dateSent: c.dateSent,
    publication: { publishedEarlyOn: c.publishedEarlyOn, confidentialHold: c.confidentialReason === null ? null : { reason: c.confidentialReason } },
  })));
}

function seesLetter(c: DemoCommunication, scope: TruthScope): boolean {
  const p = publicOn(c);
  const isPublic = p !== null && p <= scope.today;
  if (scope.viewer.role === 'secretariat') return true;
  if (scope.viewer.role === 'mission') return isPublic || c.addressee.code === scope.viewer.stateCode;
  return isPublic;
}

function seesReply(r: DemoReply, corpus: DemoCorpus, scope: TruthScope): boolean {
  const p = replyPublicOn(r, corpus);
  const isPublic = p !== null && p <= scope.today;
  if (scope.viewer.role === 'secretariat') return true;
  if (scope.viewer.role === 'mission') return isPublic || r.sender.code === scope.viewer.stateCode;
  return isPublic;
}

function inFilter(c: DemoCommunication, f: StatsFilter): boolean {
  const base = c.type.replace(/^J/, '');
  return (f.state === undefined || c.addressee.code === f.state)
    && (f.mandateId === undefined || c.mandateIds.includes(f.mandateId))
    && (f.type === undefined || base === f.type)
    && (f.from === undefined || c.dateSent >= f.from)
    && (f.to === undefined || c.dateSent <= f.to)
    && (f.addresseeKind === undefined || (f.addresseeKind === 'state') === (c.addressee.kind === 'state'));
}

/** The letters that count and, for each, the replies that count. */
export function counted(corpus: DemoCorpus, scope: TruthScope): { letters: DemoCommunication[]; repliesTo: Map<number, DemoReply[]> } {
  const letters = corpus.communications.filter((c) => c.dateSent <= scope.today && seesLetter(c, scope) && inFilter(c, scope.filter));
  const set = new Set(letters.map((c) => c.index));
  const repliesTo = new Map<number, DemoReply[]>();
  for (const r of corpus.replies) {
    if (r.dateReceived > scope.today || !seesReply(r, corpus, scope)) continue;
    for (const i of r.answers) if (set.has(i)) repliesTo.set(i, [...(repliesTo.get(i) ?? []), r]);
  }
  return { letters, repliesTo };
}

function middle(sorted: readonly number[]): number | null {
  const n = sorted.length;
  if (n === 0) return null;
  return n % 2 === 1 ? sorted[(n - 1) / 2] ?? null : ((sorted[n / 2 - 1] ?? 0) + (sorted[n / 2] ?? 0)) / 2;
}

/** Figures over the letters sent and the replies received on the days the two tests accept. */
export function expectedFigures(corpus: DemoCorpus, scope: TruthScope, sentIn: (d: string) => boolean, receivedIn: (d: string) => boolean): Figures {
  const { letters: all, repliesTo } = counted(corpus, scope);
  const letters = all.filter((c) => sentIn(c.dateSent));
  const delays: number[] = [];
  let overdue = 0;
  for (const c of letters) {
    const received = (repliesTo.get(c.index) ?? []).map((r) => r.dateReceived).sort();
    const first = received[0];
    if (first !== undefined) delays.push(Math.max(0, days(c.dateSent, first)));
    else if (days(c.dateSent, scope.today) > 60) overdue++;
  }
  delays.sort((a, b) => a - b);
  const replies = new Map<number, DemoReply>();
  for (const list of repliesTo.values()) for (const r of list) if (receivedIn(r.dateReceived)) replies.set(r.index, r);
  const n = letters.length;
  const joint = letters.filter((c) => c.mandateIds.length > 1 || c.type.startsWith('J')).length;
  const followUps = letters.filter((c) => c.followsUp.length > 0).length;
  const inTime = delays.filter((x) => x <= 60).length;
  const ofType = (t: string) => letters.filter((c) => c.type.replace(/^J/, '') === t).length;
  const ofStance = (s: string) => [...replies.values()].filter((r) => r.stance === s).length;
  return {
    communications: n,
    byType: { UA: ofType('UA'), AL: ofType('AL'), OL: ofType('OL'), untyped: 0 },
    joint,
    jointShare: n === 0 ? null : joint / n,
    states: new Set(letters.filter((c) => c.addressee.kind === 'state').map((c) => c.addressee.code)).size,
    nonStateActors: new Set(letters.filter((c) => c.addressee.kind !== 'state').map((c) => c.addressee.name.toLowerCase())).size,
    replied: delays.length,
    repliedInTime: inTime,
    responseRate: n === 0 ? null : delays.length / n,
    responseRateInTime: n === 0 ? null : inTime / n,
    medianDaysToReply: middle(delays),
    // Nearest rank: 90 % of the values are at or below the ⌈0.9 n⌉-th.
    p90DaysToReply: delays.length === 0 ? null : delays[Math.ceil((delays.length * 9) / 10) - 1] ?? null,
    overdue,
    followUps,
    followUpShare: n === 0 ? null : followUps / n,
    replies: replies.size,
    stances: { rejects: ofStance('rejects'), substantive: ofStance('substantive'), acknowledges: ofStance('acknowledges'), partial: ofStance('partial'), unknown: 0 },
  };
}

const yearOf = (d: string) => Number(d.slice(0, 4));
const monthOf = (d: string) => Number(d.slice(5, 7));

/** The session whose report lists a letter sent on this day (standard cycle from March 2011), else null. */
export function sessionOfSent(d: string): number | null {
  const k = 3 * (yearOf(d) - 2012);
  const m = monthOf(d);
  const n = m <= 2 ? 20 + k : m <= 5 ? 21 + k : m <= 11 ? 22 + k : 23 + k;
  return n >= 18 ? n : null;
}

/** The session whose report lists a reply received on this day (standard cycle from May 2011), else null. */
export function sessionOfReply(d: string): number | null {
  const k = 3 * (yearOf(d) - 2012);
  const m = monthOf(d);
  const n = m === 1 ? 19 + k : m <= 4 ? 20 + k : m <= 7 ? 21 + k : 22 + k;
  return n >= 18 ? n : null;
}

/** Expected figures per key (year or session), for every key a counted letter or reply falls in. */
export function expectedGroups(corpus: DemoCorpus, scope: TruthScope, sentKey: (d: string) => number | null, replyKey: (d: string) => number | null): Map<number, Figures> {
  const { letters, repliesTo } = counted(corpus, scope);
  const keys = new Set<number>();
  for (const c of letters) { const k = sentKey(c.dateSent); if (k !== null) keys.add(k); }
  for (const list of repliesTo.values()) for (const r of list) { const k = replyKey(r.dateReceived); if (k !== null) keys.add(k); }
  return new Map([...keys].sort((a, b) => a - b).map((k) => [k, expectedFigures(corpus, scope, (d) => sentKey(d) === k, (d) => replyKey(d) === k)]));
}

export const byYear = { sent: yearOf, reply: yearOf };
export const bySession = { sent: sessionOfSent, reply: sessionOfReply };
