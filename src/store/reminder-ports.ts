import type { IsoDate } from '../domain/index.js';

/** What the reminder job and the missions' deadline calendars need of the store. */

/** A reply due within days ('due') or past its due date ('overdue'). */
export type ReminderKind = 'due' | 'overdue';

/** One reminder: about one communication, of one kind, to one e-mail address. */
export interface SentReminder {
  readonly communicationId: number;
  readonly kind: ReminderKind;
  /** The e-mail address, lower-cased. */
  readonly recipient: string;
}

/** A sent communication's reply deadline, as a State's mission may know it. */
export interface Deadline {
  readonly communicationId: number;
  readonly reference: string;
  readonly subject: string;
  readonly dateSent: IsoDate;
  readonly dueOn: IsoDate;
  /** The first reply the mission may know of, received by the day asked about; null without one. */
  readonly firstReply: IsoDate | null;
}

export interface ReminderRepository {
  /** The reminders already sent about these communications. */
  sentAbout(communicationIds: readonly number[]): Promise<SentReminder[]>;
  /** Records reminders as sent; one recorded before stays as it was. Returns how many were new. */
  markSent(reminders: readonly SentReminder[]): Promise<number>;
  /** The States (ISO 3166-1 alpha-3) each communication is addressed to; non-State addressees are left out. */
  addressedStates(communicationIds: readonly number[]): Promise<Map<number, string[]>>;
  /** The communications sent to a State by `today` and due on or after `from`, soonest due first. */
  deadlines(stateCode: string, from: IsoDate, today: IsoDate): Promise<Deadline[]>;
}
