import type { Addressee } from './addressee.js';
import type { IsoDate } from './dates.js';
import type { AttachedFile } from './document.js';
import { isJointType, type Reference } from './reference.js';

/** Drafts are being prepared; a communication is sent once transmitted, which starts its 60-day clock. */
export type CommunicationState = 'draft' | 'sent';

/** A decision that changes when a record becomes public. */
export interface PublicationDecision {
  /** Published before the usual date, from this day. */
  readonly publishedEarlyOn: IsoDate | null;
  /** Held confidential: never public while the hold stands. */
  readonly confidentialHold: { readonly reason: string } | null;
}

export interface Communication {
  readonly id: number;
  readonly reference: Reference;
  readonly state: CommunicationState;
  readonly dateSent: IsoDate | null;
  readonly mandateIds: readonly string[];
  /** The first addressee is the one whose code the reference carries. */
  readonly addressees: readonly Addressee[];
  readonly subject: string;
  readonly summary: string;
  /** Themes the secretariat tagged it with (detention, freedom of expression…), in its own words. */
  readonly themes: readonly string[];
  /** Language of the letter (ISO 639-1). */
  readonly language: string;
  /** Ids of earlier communications this one follows up. */
  readonly followsUp: readonly number[];
  readonly files: readonly AttachedFile[];
  readonly publication: PublicationDecision;
}

/** Joint when several mandates sign, or when the older practice marked it with a J type. */
export function isJoint(communication: Pick<Communication, 'mandateIds' | 'reference'>): boolean {
  return communication.mandateIds.length > 1 || isJointType(communication.reference.type);
}
