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
  // Since migration 0011 (statistics count follow-ups; a page shows the chain both ways).
  ['communication_follow_ups', ['SELECT R.communication_id * 2 AS k', 'SELECT R.follows_id * 2 AS k']],
];

const SQLITE_EVENTS = [['INSERT', 'NEW'], ['UPDATE', 'NEW'], ['DELETE', 'OLD']] as const;

/** Every record's key. */
export const ALL_RECORDS = 'SELECT id * 2 AS k FROM communications UNION SELECT id * 2 + 1 AS k FROM replies';

/** Queues keys, or bumps their version when already queued (so an indexer that read them earlier knows). */
export function queueKeys(select: string): string {
  return `INSERT INTO search_dirty (key) SELECT DISTINCT d.k FROM (${select}) d WHERE true ON CONFLICT (key) DO UPDATE SET version = search_dirty.version + 1`;
}

/** The statements that create one table's triggers (and on PostgreSQL, with `functions`, the function they call, replaced if it exists). */
function triggerStatements(dialect: 'sqlite' | 'postgres', table: string, selects: readonly string[], functions: boolean): string[] {
  if (dialect === 'sqlite') {
    return SQLITE_EVENTS.map(([event, row]) => {
      const body = selects.map((s) => `${queueKeys(s.replaceAll('R.', `${row}.`))};`).join('\n');
      return `CREATE TRIGGER search_dirty_${table}_${event.toLowerCase()} AFTER ${event} ON ${table} BEGIN\n${body}\nEND`;
    });
  }
  const body = selects.map((s) => `${queueKeys(s)};`).join('\n  ');
  const fn = `CREATE OR REPLACE FUNCTION search_dirty_${table}() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE R record;
BEGIN
  IF TG_OP = 'DELETE' THEN R := OLD; ELSE R := NEW; END IF;
  ${body}
  RETURN NULL;
END $$`;
  const trigger = `CREATE TRIGGER search_dirty_${table} AFTER INSERT OR UPDATE OR DELETE ON ${table} FOR EACH ROW EXECUTE FUNCTION search_dirty_${table}()`;
  return functions ? [fn, trigger] : [trigger];
}

function dropStatements(dialect: 'sqlite' | 'postgres', table: string): string[] {
  return dialect === 'sqlite'
    ? SQLITE_EVENTS.map(([event]) => `DROP TRIGGER IF EXISTS search_dirty_${table}_${event.toLowerCase()}`)
    : [`DROP TRIGGER IF EXISTS search_dirty_${table} ON ${table}`];
}

/** Creates the triggers (and on PostgreSQL, with `functions`, the trigger functions they call). */
export async function createQueueTriggers<DB>(db: Kysely<DB>, dialect: 'sqlite' | 'postgres', options: { functions: boolean }): Promise<void> {
  for (const [table, selects] of DIRTY_KEYS) {
    for (const statement of triggerStatements(dialect, table, selects, options.functions)) await sql.raw(statement).execute(db);
  }
}

/** (Re)creates one table's triggers and function, whether or not they exist: a migration that adds a table to the queue. */
export async function replaceQueueTriggers<DB>(db: Kysely<DB>, dialect: 'sqlite' | 'postgres', table: string): Promise<void> {
  const selects = DIRTY_KEYS.find(([t]) => t === table)?.[1];
  if (!selects) throw new Error(`${table} is not among the tables the search queue follows`);
  for (const statement of [...dropStatements(dialect, table), ...triggerStatements(dialect, table, selects, true)]) await sql.raw(statement).execute(db);
}

/** Drops the triggers (PostgreSQL keeps the functions, for `createQueueTriggers` to use again). */
export async function dropQueueTriggers<DB>(db: Kysely<DB>, dialect: 'sqlite' | 'postgres'): Promise<void> {
  for (const [table] of DIRTY_KEYS) for (const statement of dropStatements(dialect, table)) await sql.raw(statement).execute(db);
}
