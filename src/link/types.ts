import type { IsoDate } from '../domain/index.js';

/** What the matcher knows of a reply: what its text says, read by understand/, and when it came. */
export interface ReplyFacts {
  /** ISO-3 code of the sending State, `OTH` for a non-State actor, null when not read. */
  readonly senderCode: string | null;
  /** The sender as written; for `OTH` the only way to tell one actor from another. */
  readonly senderName: string;
  readonly dateOnNote: IsoDate | null;
  readonly dateReceived: IsoDate;
  /** References as written in the note (`AL/PRK/4/2024`, a legacy reference, `PRK 4/2024`). */
  readonly citedReferences: readonly string[];
  /** Dates given as the dates of the letters answered. */
  readonly citedDates: readonly IsoDate[];
  /** Mandate ids the note names. */
  readonly citedMandates: readonly string[];
  /** The note speaks of a joint communication. */
  readonly joint: boolean;
  readonly text: string;
}

/** What the matcher knows of a sent communication. */
export interface CommunicationFacts {
  readonly id: number;
  /** Addressee code: ISO-3, or `OTH` for a non-State actor. */
  readonly code: string;
  readonly number: number;
  /** The reference's year, which is usually but not always the year it was sent. */
  readonly year: number;
  /** UA, AL, OL, or a joint type of the older practice (JUA, JAL, JOL). */
  readonly type: string;
  readonly legacyReference: string | null;
  readonly addresseeName: string;
  readonly dateSent: IsoDate;
  readonly mandateIds: readonly string[];
  /** Subject, summary and names of the persons concerned: what a reply may echo. */
  readonly text: string;
}

/** A communication a reply may answer: a score in [0, 1] and the reasons for it, in words. */
export interface Candidate {
  readonly communicationId: number;
  readonly score: number;
  readonly reasons: string[];
}
