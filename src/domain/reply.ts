import type { Addressee } from './addressee.js';
import type { IsoDate } from './dates.js';
import type { AttachedFile } from './document.js';

export const STANCES = ['rejects', 'substantive', 'acknowledges', 'partial'] as const;
/** What a reply does: rejects the communication, answers it in substance, only acknowledges receipt, or some of each. */
export type Stance = (typeof STANCES)[number];

export type LinkOrigin = 'manual' | 'automatic';

/** One communication a reply answers, and how that link came to be. */
export interface ReplyLink {
  readonly communicationId: number;
  readonly origin: LinkOrigin;
  /** The matcher's score in [0, 1] for automatic links; null for manual ones. */
  readonly score: number | null;
  /** Who confirmed the link (a user name), and when; null while unconfirmed. */
  readonly confirmedBy: string | null;
  readonly confirmedAt: string | null;
}

export interface Reply {
  readonly id: number;
  /** The State or actor that sent it; `name` is the sender as written (the mission's name). */
  readonly sender: Addressee;
  readonly noteNumber: string | null;
  readonly dateOnNote: IsoDate | null;
  readonly dateReceived: IsoDate;
  /** Languages of the reply, the main one first (ISO 639-1). */
  readonly languages: readonly string[];
  readonly links: readonly ReplyLink[];
  /** The stance a person confirmed or set; null until then. */
  readonly stance: Stance | null;
  /** The stance the machine read off the text, kept beside the human one. */
  readonly stanceAuto: Stance | null;
  readonly files: readonly AttachedFile[];
  /** A confidentiality request granted by decision keeps the reply private. */
  readonly confidential: boolean;
  /** 'pending' while the secretariat has not confirmed a reply taken in through the workspace: never public then. */
  readonly review: 'pending' | 'confirmed';
  /** Who submitted it through the workspace (a username), if anyone did. */
  readonly submittedBy: string | null;
  /** Whether its sender asked for it to stay confidential (the secretariat decides). */
  readonly confidentialityRequested: boolean;
}

export function isStance(value: string): value is Stance {
  return (STANCES as readonly string[]).includes(value);
}
