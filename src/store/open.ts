import type { DatabaseConfig } from '../config.js';
import type { ReferenceData } from '../domain/index.js';
import type { Store } from './ports.js';
import { openPostgresStore } from './postgres/open.js';
import { openSqliteStore } from './sqlite/open.js';

export interface OpenOptions {
  /** Apply pending migrations (the default); `doctor` opens without changing anything. */
  readonly migrate?: boolean;
  readonly now?: () => Date;
}

export async function openStore(database: DatabaseConfig, reference: ReferenceData, options: OpenOptions = {}): Promise<Store> {
  const store = database.kind === 'sqlite'
    ? openSqliteStore(database.file, reference, options.now)
    : await openPostgresStore(database.url, reference, options.now);
  if (options.migrate ?? true) {
    try {
      await store.migrate();
    } catch (e) {
      await store.close();
      throw e;
    }
  }
  return store;
}
