import { sql, type Kysely } from 'kysely';

/**
 * The search index's queue: triggers put the key of every record whose searchable data changes
 * into `search_dirty`, in the same transaction as the change, bumping its version when it is
 * already there (see migration 0004). A bulk load into an empty database may turn the triggers
 * off and queue every record once at the end, inside its own transaction.
 */

/** For each table, the keys (column k) a changed row R makes dirty. */
const DIRTY_KEYS: ReadonlyArray<readonly [table: string, selects: readonly string[]]> = [
  ['communications', ['SELECT R.id * 2 AS k', 'SELECT l.reply_id * 2 + 1 AS k FROM reply_links l WHERE l.communication_id = R.id']],
  ['replies', ['SELECT R.id * 2 + 1 AS k', 'SELECT l.communication_id * 2 AS k FROM reply_links l WHERE l.reply_id = R.id']],
  ['reply_links', ['SELECT R.reply_id * 2 + 1 AS k', 'SELECT R.communication_id * 2 AS k']],
  ['communication_mandates', ['SELECT R.communication_id * 2 AS k', 'SELECT l.reply_id * 2 + 1 AS k FROM reply_links l WHERE l.communication_id = R.communication_id']],
  ['communication_addressees', ['SELECT R.communication_id * 2 AS k', 'SELECT l.reply_id * 2 + 1 AS k FROM reply_links l WHERE l.communication_id = R.communication_id']],
  ['communication_files', ['SELECT R.communication_id * 2 AS k']],
  ['reply_files', ['SELECT R.reply_id * 2 + 1 AS k']],
  ['document_pages', ['SELECT f.communication_id * 2 AS k FROM communication_files f WHERE f.sha256 = R.sha256', 'SELECT f.reply_id * 2 + 1 AS k FROM reply_files f WHERE f.sha256 = R.sha256']],
];

const SQLITE_EVENTS = [['INSERT', 'NEW'], ['UPDATE', 'NEW'], ['DELETE', 'OLD']] as const;

/** Every record's key. */
export const ALL_RECORDS = 'SELECT id * 2 AS k FROM communications UNION SELECT id * 2 + 1 AS k FROM replies';

/** Queues keys, or bumps their version when already queued (so an indexer that read them earlier knows). */
export function queueKeys(select: string): string {
  return `INSERT INTO search_dirty (key) SELECT DISTINCT d.k FROM (${select}) d WHERE true ON CONFLICT (key) DO UPDATE SET version = search_dirty.version + 1`;
}

/** Creates the triggers (and on PostgreSQL, with `functions`, the trigger functions they call). */
export async function createQueueTriggers<DB>(db: Kysely<DB>, dialect: 'sqlite' | 'postgres', options: { functions: boolean }): Promise<void> {
  for (const [table, selects] of DIRTY_KEYS) {
    if (dialect === 'sqlite') {
      for (const [event, row] of SQLITE_EVENTS) {
        const body = selects.map((s) => `${queueKeys(s.replaceAll('R.', `${row}.`))};`).join('\n');
        await sql.raw(`CREATE TRIGGER search_dirty_${table}_${event.toLowerCase()} AFTER ${event} ON ${table} BEGIN\n${body}\nEND`).execute(db);
      }
      continue;
    }
    if (options.functions) {
      const body = selects.map((s) => `${queueKeys(s)};`).join('\n  ');
      await sql.raw(`CREATE FUNCTION search_dirty_${table}() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE R record;
BEGIN
  IF TG_OP = 'DELETE' THEN R := OLD; ELSE R := NEW; END IF;
  ${body}
  RETURN NULL;
END $$`).execute(db);
    }
    await sql.raw(`CREATE TRIGGER search_dirty_${table} AFTER INSERT OR UPDATE OR DELETE ON ${table} FOR EACH ROW EXECUTE FUNCTION search_dirty_${table}()`).execute(db);
  }
}

/** Drops the triggers (PostgreSQL keeps the functions, for `createQueueTriggers` to use again). */
export async function dropQueueTriggers<DB>(db: Kysely<DB>, dialect: 'sqlite' | 'postgres'): Promise<void> {
  for (const [table] of DIRTY_KEYS) {
    if (dialect === 'sqlite') {
      for (const [event] of SQLITE_EVENTS) await sql.raw(`DROP TRIGGER search_dirty_${table}_${event.toLowerCase()}`).execute(db);
    } else {
      await sql.raw(`DROP TRIGGER search_dirty_${table} ON ${table}`).execute(db);
    }
  }
}
