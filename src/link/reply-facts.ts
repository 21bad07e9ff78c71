import type { IsoDate } from '../domain/index.js';
import type { Understanding } from '../understand/index.js';
import type { CommunicationFacts, ReplyFacts } from './types.js';

/**
 * The matcher's view of a reply, from what understand/ read off its text; the intake or a
 * person may know the sender better (a mission's e-mail address, a form), and always knows
 * when it came.
 */
export function replyFactsFrom(u: Understanding, extra: { senderCode?: string | null; senderName?: string; dateReceived: IsoDate; text: string }): ReplyFacts {
  return {
    senderCode: extra.senderCode !== undefined ? extra.senderCode : u.sender?.value.code ?? null,
    senderName: extra.senderName ?? u.sender?.value.name ?? '',
    dateOnNote: u.date?.value ?? null,
    dateReceived: extra.dateReceived,
    citedReferences: u.cites.references.map((r) => r.value),
    citedDates: u.cites.dates.map((d) => d.value),
    citedMandates: u.cites.mandates.map((m) => m.value),
    joint: u.cites.joint,
    text: extra.text,
  };
}

/** A stored communication as the matcher reads it: its facts, with subject and summary still apart. */
export type LinkableRow = Omit<CommunicationFacts, 'text'> & { readonly subject: string; readonly summary: string };

export function communicationFacts(row: LinkableRow): CommunicationFacts {
  const { subject, summary, ...rest } = row;
  return { ...rest, text: summary.includes(subject) ? summary : `${subject}. ${summary}` };
}
