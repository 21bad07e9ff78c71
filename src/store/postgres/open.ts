import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { redactUrl } from '../../config.js';
import { MissiveError, type ReferenceData } from '../../domain/index.js';
import { KyselyStore } from '../kysely/store.js';
import type { Database } from '../schema.js';

/** Connects and checks the server answers before anything else is tried. */
export async function openPostgresStore(url: string, reference: ReferenceData, now?: () => Date): Promise<KyselyStore> {
  const where = redactUrl(url);
  const pool = new pg.Pool({ connectionString: url, max: 10, connectionTimeoutMillis: 5000 });
  pool.on('error', () => {
    // An idle client lost its server; the next query reports it, so nothing to do here.
  });
  try {
    const client = await pool.connect();
    client.release();
  } catch (cause) {
    await pool.end().catch(() => undefined);
    const reason = (cause as Error).message || (cause as NodeJS.ErrnoException).code || 'no answer';
    throw new MissiveError('DATABASE_UNREACHABLE', `PostgreSQL at ${where} does not answer (${reason}).`, { value: where, field: 'database', cause });
  }
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return new KyselyStore(db, { kind: 'postgres', location: where, reference, ...(now ? { now } : {}) });
}
