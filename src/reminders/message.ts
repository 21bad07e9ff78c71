import { daysBetween, REPLY_WINDOW_DAYS, type IsoDate } from '../domain/index.js';
import type { PendingReply } from './plan.js';

/** The words of a reminder e-mail: plain text, English, one line per communication. */

export interface MessageContent {
  readonly today: IsoDate;
  readonly dueWithinDays: number;
  /** The States the recipient hears about, or 'all' for the secretariat. */
  readonly scope: readonly string[] | 'all';
  readonly toName: string;
  readonly due: readonly PendingReply[];
  readonly overdue: readonly PendingReply[];
}

const SUBJECT_WIDTH = 90;

const replies = (n: number): string => `${n} ${n === 1 ? 'reply' : 'replies'}`;
const days = (n: number): string => `${n} ${n === 1 ? 'day' : 'days'}`;
const scopeLabel = (scope: MessageContent['scope']): string => (scope === 'all' ? 'all States' : scope.join(', '));

/** "Missive: 2 replies due soon, 1 overdue (PRK)". */
export function reminderSubject(content: MessageContent): string {
  const parts: string[] = [];
  if (content.due.length > 0) parts.push(`${replies(content.due.length)} due soon`);
  if (content.overdue.length > 0) parts.push(content.due.length > 0 ? `${content.overdue.length} overdue` : `${replies(content.overdue.length)} overdue`);
  return `Missive: ${parts.join(', ')} (${scopeLabel(content.scope)})`;
}

function shortSubject(subject: string): string {
  const oneLine = subject.replace(/\s+/g, ' ').trim();
  if (oneLine === '') return '(no subject)';
  return oneLine.length <= SUBJECT_WIDTH ? oneLine : `${oneLine.slice(0, SUBJECT_WIDTH - 1).trimEnd()}…`;
}

/** "- AL PRK 1/2025: Subject" and below it "  due 2025-06-13 (3 days left)". */
function line(p: PendingReply, today: IsoDate, withStates: boolean): string {
  const offset = daysBetween(today, p.dueOn);
  const when = offset === 0 ? 'today' : offset > 0 ? `${days(offset)} left` : `${days(-offset)} late`;
  const to = withStates && p.stateCodes.length > 0 ? `, to ${p.stateCodes.join(', ')}` : '';
  return `- ${p.reference}: ${shortSubject(p.subject)}\n  due ${p.dueOn} (${when})${to}`;
}

function section(title: string, items: readonly PendingReply[], content: MessageContent): string[] {
  if (items.length === 0) return [];
  return [`${title} (${items.length})`, '', ...items.map((p) => line(p, content.today, content.scope === 'all' || content.scope.length > 1)), ''];
}

export function reminderText(content: MessageContent): string {
  const about = content.scope === 'all' ? 'communications of the Special Procedures' : `communications addressed to ${scopeLabel(content.scope)}`;
  return [
    `Dear ${content.toName},`,
    '',
    `As of ${content.today}, replies to these ${about} are due soon or overdue.`,
    `States are asked to reply within ${REPLY_WINDOW_DAYS} days of transmission.`,
    '',
    ...section(`Due within ${days(content.dueWithinDays)}`, content.due, content),
    ...section('Overdue', content.overdue, content),
    'You receive each reminder once per communication: once when its reply is due soon, once when it is overdue.',
    'If a reply has been sent in the meantime, please disregard this reminder for it.',
    '',
    '-- ',
    'Missive, for the Special Procedures of the Human Rights Council',
    '',
  ].join('\n');
}
