import type { Addressee, CommunicationState, IsoDate, Reference, Stance } from '../domain/index.js';

/**
 * What statistics read of one communication, as a viewer may see it on a day: the store loads
 * these rows for a filter (src/store/stats-ports.ts); docs/statistics.md says what counts.
 */
export interface StatsRow {
  readonly id: number;
  readonly reference: Reference;
  readonly state: CommunicationState;
  /** null for a draft. */
  readonly dateSent: IsoDate | null;
  /** In no particular order (no figure depends on which addressee or mandate comes first). */
  readonly addressees: readonly Addressee[];
  readonly mandateIds: readonly string[];
  /** It follows up an earlier communication (it was registered as its follow-up). */
  readonly followsUp: boolean;
  /** The replies linked to it that the viewer may see; a reply answering two letters is in both rows. */
  readonly replies: readonly StatsReply[];
}

export interface StatsReply {
  readonly id: number;
  readonly dateReceived: IsoDate;
  /** The stance a person set or confirmed; null until then. */
  readonly stance: Stance | null;
}
