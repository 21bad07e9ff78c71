import { stringify } from 'csv-stringify/sync';
import type { Figures } from './figures.js';
import type { Statistics } from './service.js';

/** Statistics as CSV (`/api/v1/statistics?format=csv`, `missive stats --format csv`). */

const COLUMNS = ['group', 'from', 'to', 'communications', 'UA', 'AL', 'OL', 'untyped', 'joint', 'joint_share', 'states', 'non_state_actors', 'replied',
  'replied_in_time', 'response_rate', 'response_rate_in_time', 'median_days_to_reply', 'p90_days_to_reply', 'overdue', 'follow_ups', 'follow_up_share', 'replies',
  'rejects', 'substantive', 'acknowledges', 'partial', 'unknown_stance'] as const;

const csvRow = (group: string, from: string, to: string, f: Figures): (string | number | null)[] => [group, from, to, f.communications, f.byType.UA, f.byType.AL,
  f.byType.OL, f.byType.untyped, f.joint, f.jointShare, f.states, f.nonStateActors, f.replied, f.repliedInTime, f.responseRate, f.responseRateInTime,
  f.medianDaysToReply, f.p90DaysToReply, f.overdue, f.followUps, f.followUpShare, f.replies, f.stances.rejects, f.stances.substantive, f.stances.acknowledges, f.stances.partial, f.stances.unknown];

/** One CSV row for the whole set, then one per year or session (sent window; replies by their own window). */
export function statisticsCsv(result: Statistics): string {
  const rows = [[...COLUMNS], csvRow('all', '', result.today, result.overall)];
  for (const g of result.groups) rows.push(csvRow(g.kind === 'year' ? String(g.year) : `session ${g.session.number}`, g.sent.from, g.sent.to, g.figures));
  return stringify(rows);
}
