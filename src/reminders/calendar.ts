import { createEvents, type EventAttributes } from 'ics';
import { addDays, daysBetween, type IsoDate } from '../domain/index.js';
import type { Store } from '../store/ports.js';
import type { Deadline } from '../store/reminder-ports.js';

/**
 * A mission's calendar of its State's reply deadlines: one all-day event per communication
 * on the day its reply is due, unpublished letters included, so the caller must have checked
 * that the person asking speaks for that State. UIDs depend on the communication only, so a
 * calendar application updates an event rather than adding a copy.
 */

/** How far back a calendar reaches by default. */
export const CALENDAR_DAYS_BACK = 365;

const dateParts = (d: IsoDate): [number, number, number] => [Number(d.slice(0, 4)), Number(d.slice(5, 7)), Number(d.slice(8, 10))];

export const deadlineUid = (communicationId: number): string => `missive-reply-due-${communicationId}@missive`;

function status(d: Deadline, today: IsoDate): string {
  if (d.firstReply !== null) return `replied on ${d.firstReply}`;
  const left = daysBetween(today, d.dueOn);
  if (left < 0) return `overdue by ${-left} ${left === -1 ? 'day' : 'days'}`;
  return left === 0 ? 'reply due today' : `awaiting a reply, ${left} ${left === 1 ? 'day' : 'days'} left`;
}

/** The iCalendar text of these deadlines, as of `today` (which the event descriptions state). */
export function deadlineCalendar(stateCode: string, deadlines: readonly Deadline[], today: IsoDate): string {
  const events: EventAttributes[] = deadlines.map((d) => ({
    uid: deadlineUid(d.communicationId),
    productId: 'missive',
    title: `Reply due: ${d.reference}`,
    description: `${d.subject.trim() === '' ? '(no subject)' : d.subject}\nSent on ${d.dateSent}; as of ${today}: ${status(d, today)}.`,
    start: dateParts(d.dueOn),
    end: dateParts(addDays(d.dueOn, 1)),
    transp: 'TRANSPARENT',
    categories: [d.firstReply === null ? 'awaiting reply' : 'replied'],
  }));
  const { error, value } = createEvents(events, { productId: 'missive', calName: `Missive: reply deadlines (${stateCode})` });
  if (error || value === undefined || value === null) throw error ?? new Error('the deadline calendar could not be written');
  return value;
}

/** The calendar of a State's reply deadlines, from `from` (a year back by default) on. */
export async function missionCalendar(store: Store, stateCode: string, options: { readonly today: IsoDate; readonly from?: IsoDate }): Promise<string> {
  const from = options.from ?? addDays(options.today, -CALENDAR_DAYS_BACK);
  return deadlineCalendar(stateCode, await store.reminders.deadlines(stateCode, from, options.today), options.today);
}
