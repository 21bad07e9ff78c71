import type { Communication } from './communication.js';
import { addDays, type IsoDate } from './dates.js';

/** States are asked to reply within 60 days of transmission. */
export const REPLY_WINDOW_DAYS = 60;
/** Letters and their replies become public once the reply window has passed. */
export const PUBLICATION_DELAY_DAYS = 60;

export function replyDueDate(dateSent: IsoDate): IsoDate {
  return addDays(dateSent, REPLY_WINDOW_DAYS);
}

type Publishable = Pick<Communication, 'state' | 'dateSent' | 'publication'>;

/**
 * The day a communication becomes public: 60 days after sending, or earlier by decision;
 * null while it is a draft or held confidential.
 */
export function communicationPublicDate(communication: Publishable): IsoDate | null {
  const { state, dateSent, publication } = communication;
  if (state !== 'sent' || dateSent === null || publication.confidentialHold !== null) return null;
  const usual = addDays(dateSent, PUBLICATION_DELAY_DAYS);
  const early = publication.publishedEarlyOn;
  return early !== null && early < usual ? early : usual;
}

export function isCommunicationPublicAt(communication: Publishable, date: IsoDate): boolean {
  const publicDate = communicationPublicDate(communication);
  return publicDate !== null && publicDate <= date;
}

/**
 * A reply becomes public with the first of the communications it answers, or on receipt if
 * that one is already public; never while confidential, awaiting review, or linked to nothing public.
 */
export function replyPublicDate(
  reply: { readonly dateReceived: IsoDate; readonly confidential: boolean; readonly review?: 'pending' | 'confirmed' },
  answered: readonly Publishable[],
): IsoDate | null {
  if (reply.confidential || reply.review === 'pending') return null;
  const dates = answered.map(communicationPublicDate).filter((d): d is IsoDate => d !== null).sort();
  const first = dates[0];
  if (first === undefined) return null;
  return first > reply.dateReceived ? first : reply.dateReceived;
}

export type ReplyStatus = 'draft' | 'awaiting-reply' | 'replied' | 'overdue';

/** Where a communication stands on a given day, from the dates replies were received. */
export function statusAt(
  communication: Pick<Communication, 'state' | 'dateSent'>,
  repliesReceived: readonly IsoDate[],
  date: IsoDate,
): ReplyStatus {
  const { state, dateSent } = communication;
  if (state !== 'sent' || dateSent === null || dateSent > date) return 'draft';
  if (repliesReceived.some((received) => received <= date)) return 'replied';
  return date > replyDueDate(dateSent) ? 'overdue' : 'awaiting-reply';
}
