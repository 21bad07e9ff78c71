import { sql, type Kysely } from 'kysely';
import type { Database } from '../schema.js';
import { statsIndexInserts } from '../stats-index-sql.js';

const BATCH = 500;

/** Rebuilds the statistics index rows of these communications (call it in the indexer's transaction). */
export async function refreshStatsIndex(db: Kysely<Database>, communicationIds: readonly number[]): Promise<void> {
  for (let i = 0; i < communicationIds.length; i += BATCH) {
    // Numbers only, written as literals: one statement per batch whatever its size.
    const list = communicationIds.slice(i, i + BATCH).map((id) => String(Math.trunc(Number(id)))).join(',');
    await sql.raw(`DELETE FROM stats_letters WHERE id IN (${list})`).execute(db);
    await sql.raw(`DELETE FROM stats_replies WHERE communication_id IN (${list})`).execute(db);
    for (const statement of statsIndexInserts(list)) await sql.raw(statement).execute(db);
  }
}

/** Empties the statistics index (a rebuild of the search index queues every record again). */
export async function clearStatsIndex(db: Kysely<Database>): Promise<void> {
  await sql`DELETE FROM stats_letters`.execute(db);
  await sql`DELETE FROM stats_replies`.execute(db);
}
