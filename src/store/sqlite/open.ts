import { closeSync, mkdirSync, openSync, readSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, SqliteAdapter, SqliteDialect } from 'kysely';
import { MissiveError, type ReferenceData } from '../../domain/index.js';
import { KyselyStore, type ReadAtOnce } from '../kysely/store.js';
import type { Database } from '../schema.js';

const SQLITE_HEADER = 'SQLite format 3\0';

/** Refuses, before anything is written, a file that exists and is not an SQLite database. */
function checkIsSqliteOrAbsent(file: string): void {
  let size: number;
  try {
    const stat = statSync(file);
    if (stat.isDirectory()) throw new MissiveError('DATABASE_UNREADABLE', `${file} is a directory, not an SQLite database file.`, { value: file, field: 'database' });
    size = stat.size;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw e;
  }
  if (size === 0) return;
  const header = Buffer.alloc(SQLITE_HEADER.length);
  const fd = openSync(file, 'r');
  try {
    readSync(fd, header, 0, header.length, 0);
  } finally {
    closeSync(fd);
  }
  if (header.toString('latin1') !== SQLITE_HEADER) {
    throw new MissiveError('DATABASE_UNREADABLE', `${file} is not an SQLite database (its first bytes are not an SQLite header); it was left untouched.`, { value: file, field: 'database' });
  }
}

/**
 * Kysely prepares every query anew; preparing costs more than running most of ours, so the
 * statements are kept by their SQL. Safe because Kysely runs one statement at a time per connection.
 * Kysely runs a statement in the same call that prepares it, so a statement that may write counts
 * as this process's write here (`onWrite`).
 */
function withStatementCache(sqlite: BetterSqlite3.Database, onWrite: () => void): BetterSqlite3.Database {
  const cache = new Map<string, BetterSqlite3.Statement>();
  return new Proxy(sqlite, {
    get(target, prop, receiver) {
      if (prop !== 'prepare') return Reflect.get(target, prop, receiver);
      return (sql: string) => {
        let statement = cache.get(sql);
        if (!statement) {
          if (cache.size >= 1000) cache.clear();
          statement = target.prepare(sql);
          cache.set(sql, statement);
        }
        if (!statement.readonly) onWrite();
        return statement;
      };
    },
  });
}

/**
 * SQLite's schema changes are transactional, though Kysely's adapter does not say so: saying it
 * makes the migrator apply the pending migrations and record them in one transaction, so a crash
 * or a failing step leaves the database as it was, and a re-run starts again cleanly.
 */
class TransactionalDdlAdapter extends SqliteAdapter {
  override get supportsTransactionalDdl(): boolean {
    return true;
  }
}

class MissiveSqliteDialect extends SqliteDialect {
  override createAdapter(): SqliteAdapter {
    return new TransactionalDdlAdapter();
  }
}

export function openSqliteStore(file: string, reference: ReferenceData, now?: () => Date): KyselyStore {
  checkIsSqliteOrAbsent(file);
  mkdirSync(dirname(file), { recursive: true });
  const sqlite = new BetterSqlite3(file);
  try {
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('synchronous = NORMAL');
    sqlite.pragma('foreign_keys = ON');
    sqlite.pragma('busy_timeout = 10000');
    // Read through memory-mapped I/O and keep up to 64 MiB of pages per connection: statistics and
    // search read pages spread over the whole file (bench/stats: a State's rows at 200k letters).
    sqlite.pragma('mmap_size = 268435456');
    sqlite.pragma('cache_size = -65536');
  } catch (cause) {
    sqlite.close();
    throw new MissiveError('DATABASE_UNREADABLE', `${file} cannot be used as an SQLite database: ${(cause as Error).message}.`, { value: file, field: 'database', cause });
  }
  let writes = 0;
  const cached = withStatementCache(sqlite, () => { writes += 1; });
  const db = new Kysely<Database>({ dialect: new MissiveSqliteDialect({ database: cached }) });
  const atOnce: ReadAtOnce = {
    read: (query, parameters) => cached.prepare(query).get(...parameters) as Record<string, unknown> | undefined,
    get writes() { return writes; },
  };
  return new KyselyStore(db, { kind: 'sqlite', location: file, reference, atOnce, ...(now ? { now } : {}) });
}
