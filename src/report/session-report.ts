import {
  addDays, formatReference, referenceSlug, type CouncilSession, type IsoDate, type ReferenceData, type SessionCalendar, type Viewer,
} from '../domain/index.js';
import { statistics, type Figures } from '../stats/statistics.js';
import type { Store } from '../store/ports.js';

/**
 * The communications report to one regular session of the Human Rights Council, as data:
 * its cover (session, symbol, windows), the statistics of the communications sent in its
 * window, then by addressee (alphabetical) each of those communications with its replies, then
 * the replies received in the reply window to communications sent before. Renderers (HTML,
 * CSV, JSON, PDF) only lay this out. Built as the viewer sees records on `today` (the public,
 * for the published report).
 */

export interface ReportLetter {
  readonly reference: string;
  readonly slug: string;
  readonly dateSent: IsoDate;
  readonly type: string | null;
  readonly mandates: readonly { readonly id: string; readonly name: string }[];
  readonly subject: string;
  readonly summary: string;
  /** Dates of the replies received (that the viewer may see), oldest first. */
  readonly replies: readonly IsoDate[];
  readonly status: 'replied' | 'no reply yet' | 'overdue';
}

export interface ReportAddressee {
  readonly code: string;
  readonly name: string;
  readonly letters: readonly ReportLetter[];
}

export interface LaterReply {
  readonly reference: string;
  readonly slug: string;
  readonly addressees: string;
  readonly dateSent: IsoDate;
  /** The replies received within the report's reply window. */
  readonly replies: readonly IsoDate[];
}

export interface SessionReport {
  readonly session: CouncilSession;
  readonly generatedOn: IsoDate;
  readonly statistics: Figures;
  readonly addressees: readonly ReportAddressee[];
  readonly laterReplies: readonly LaterReply[];
}

const byDate = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const within = (d: IsoDate, w: { from: IsoDate; to: IsoDate }) => d >= w.from && d <= w.to;

export async function sessionReport(
  store: Store,
  context: { readonly reference: ReferenceData; readonly sessions: SessionCalendar },
  options: { readonly session: number; readonly today: IsoDate; readonly viewer: Viewer },
): Promise<SessionReport> {
  const session = context.sessions.session(options.session);
  const mandateName = (id: string) => context.reference.mandates.find((m) => m.id === id)?.name ?? id;
  const sent = await store.stats.rows({ from: session.sent.from, to: session.sent.to }, options.viewer, options.today);
  const texts = await store.stats.texts(sent.map((row) => row.id));
  const groups = new Map<string, { code: string; name: string; letters: ReportLetter[] }>();
  for (const row of sent) {
    if (row.dateSent === null) continue;
    const replies = row.replies.map((r) => r.dateReceived).sort(byDate);
    const status = replies.length > 0 ? 'replied' : addDays(row.dateSent, 60) < options.today ? 'overdue' : 'no reply yet';
    const letter: ReportLetter = {
      reference: formatReference(row.reference), slug: referenceSlug(row.reference), dateSent: row.dateSent, type: row.reference.type,
      mandates: row.mandateIds.map((id) => ({ id, name: mandateName(id) })), subject: texts.get(row.id)?.subject ?? '', summary: texts.get(row.id)?.summary ?? '', replies, status,
    };
    for (const a of row.addressees) {
      const group = groups.get(a.code + a.name) ?? { code: a.code, name: a.name, letters: [] };
      group.letters.push(letter);
      groups.set(a.code + a.name, group);
    }
  }
  const addressees = [...groups.values()]
    .map((g) => ({ ...g, letters: g.letters.sort((x, y) => byDate(x.dateSent, y.dateSent) || byDate(x.reference, y.reference)) }))
    .sort((x, y) => x.name.localeCompare(y.name, 'en') || byDate(x.code, y.code));
  const earlier = await store.stats.rows({ to: addDays(session.sent.from, -1) }, options.viewer, options.today);
  const laterReplies = earlier.flatMap((row) => {
    const inWindow = row.replies.map((r) => r.dateReceived).filter((d) => within(d, session.replies)).sort(byDate);
    return row.dateSent === null || inWindow.length === 0 ? [] : [{
      reference: formatReference(row.reference), slug: referenceSlug(row.reference), addressees: row.addressees.map((a) => a.name).sort().join('; '),
      dateSent: row.dateSent, replies: inWindow,
    }];
  }).sort((x, y) => byDate(x.dateSent, y.dateSent) || byDate(x.reference, y.reference));
  return { session, generatedOn: options.today, statistics: statistics(sent, options.today), addressees, laterReplies };
}
