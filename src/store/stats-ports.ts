import type { IsoDate, Viewer } from '../domain/index.js';
import type { StatsRow } from '../stats/rows.js';

/** Which communications statistics are about (docs/statistics.md, "What is counted"); every part optional, combined with "and". */
export interface StatsFilter {
  /** Addressed to this State (ISO-3 code), among others or alone. */
  readonly state?: string;
  /** Signed by this mandate, alone or jointly. */
  readonly mandateId?: string;
  /** Of this type; a joint type of the older practice counts as its base type (JUA is UA). */
  readonly type?: 'UA' | 'AL' | 'OL';
  /** Sent on or after this day. */
  readonly from?: IsoDate;
  /** Sent on or before this day. */
  readonly to?: IsoDate;
  /** At least one addressee is a State, or at least one is not. */
  readonly addresseeKind?: 'state' | 'non-state';
}

export interface StatsRepository {
  /**
   * The communications matching the filter that the viewer may see on `today` and that were sent
   * by then, each with its addressees, mandates and the replies to it that the viewer may see,
   * received by then. Drafts and later records are left out here already (they never count).
   */
  rows(filter: StatsFilter, viewer: Viewer, today: IsoDate): Promise<StatsRow[]>;
  /** What these communications are about (subject and summary), for the report's lists. */
  texts(ids: readonly number[]): Promise<Map<number, { readonly subject: string; readonly summary: string }>>;
}
