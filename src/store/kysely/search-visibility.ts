import { sql, type RawBuilder } from 'kysely';
import type { IsoDate, Viewer } from '../../domain/index.js';

/**
 * What a viewer may see of the search index, as SQL over its tables: who sees a record whether or
 * not it is public, visibility over a key column, and a communication's reply status as the viewer
 * may know it. Used by every search query (search-query.ts).
 */

type Sql = RawBuilder<unknown>;

/** The key column of bare matches, when a query needs nothing of the records but visibility. */
export const MATCH_KEY: Sql = sql`m.key`;

export function facetKeys(field: string, values: readonly string[]): Sql {
  return sql`SELECT key FROM search_facets WHERE field = ${field} AND value IN (${sql.join([...values])})`;
}

/** Whether the viewer sees a record whether or not it is public (its own State's, its mandates'). */
export function fullRights(viewer: Viewer, key: Sql = sql`r.key`, today: IsoDate | null = null): Sql {
  switch (viewer.role) {
    case 'admin': case 'secretariat': return sql`TRUE`;
    case 'public': return sql`FALSE`;
    // A mission: its State's records, letters once sent (a draft has no date; one dated later is not sent yet).
    case 'mission': return today === null ? sql`${key} IN (${facetKeys('country', [viewer.stateCode])})`
      : sql`${key} IN (SELECT sf.key FROM search_facets sf JOIN search_records sd ON sd.key = sf.key WHERE sf.field = 'country' AND sf.value = ${viewer.stateCode} AND sd.date <> '' AND sd.date <= ${today})`;
    case 'mandate-holder': return viewer.mandateIds.length === 0 ? sql`FALSE` : sql`${key} IN (${facetKeys('mandate', viewer.mandateIds)})`;
  }
}

/**
 * The viewer's visibility over a key column. Joined to the records (`r`), public means
 * `public_on <= today`; over bare match keys, it means not among the few records that are not
 * public yet (an indexed range, read once), which spares a record lookup per match.
 */
export function visibleTo(viewer: Viewer, today: IsoDate, key: Sql = sql`r.key`): Sql {
  if (viewer.role === 'admin' || viewer.role === 'secretariat') return sql`TRUE`;
  // The emptiness test is evaluated once per statement, so an empty queue costs nothing per row.
  const current = sql`(NOT EXISTS (SELECT 1 FROM search_dirty) OR ${key} NOT IN (SELECT key FROM search_dirty))`;
  const isPublic = key === MATCH_KEY
    ? sql`${key} NOT IN (SELECT key FROM search_records WHERE public_on IS NULL OR public_on > ${today})`
    : sql`r.public_on <= ${today}`;
  if (viewer.role === 'public' || (viewer.role === 'mandate-holder' && viewer.mandateIds.length === 0)) return sql`(${current} AND ${isPublic})`;
  return sql`(${current} AND (${isPublic} OR ${fullRights(viewer, key, today)}))`;
}

/** A communication's reply status as this viewer may know it: yes, overdue, pending (null for replies and drafts). */
export function repliedStatus(viewer: Viewer, today: IsoDate): Sql {
  return sql`CASE WHEN r.kind <> 'communication' OR r.due_on IS NULL THEN NULL
    WHEN (${firstReplyKnown(viewer)}) <= ${today} THEN 'yes'
    WHEN r.due_on < ${today} THEN 'overdue' ELSE 'pending' END`;
}

/** The first reply to a communication this viewer may know of (any date; compare with the day). */
export function firstReplyKnown(viewer: Viewer): Sql {
  return sql`CASE WHEN ${fullRights(viewer)} THEN r.replied_on ELSE r.public_replied_on END`;
}
