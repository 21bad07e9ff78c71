import { join } from 'node:path';
import type { Command } from 'commander';
import { resolveConfig, type Config } from '../config.js';
import type { ReferenceData, SessionCalendar } from '../domain/index.js';
import { loadReferenceData } from '../reference/load.js';
import { BlobStore } from '../store/blobs.js';
import { openStore, type OpenOptions } from '../store/open.js';
import type { Store } from '../store/ports.js';

export interface StoreOptions {
  readonly dataDir?: string;
  readonly database?: string;
}

/** Every command that touches data takes the same two options. */
export function withStoreOptions(command: Command): Command {
  return command
    .option('--data-dir <dir>', 'directory of the default SQLite file and the file store (env MISSIVE_DATA_DIR)', undefined)
    .option('--database <url>', 'SQLite file path or sqlite: URL, or postgres:// URL (env DATABASE_URL); default <data-dir>/missive.db');
}

export interface Context {
  readonly config: Config;
  readonly reference: ReferenceData;
  readonly sessions: SessionCalendar;
  readonly store: Store;
  readonly blobs: BlobStore;
}

export async function openContext(options: StoreOptions, open: OpenOptions = {}): Promise<Context> {
  const config = resolveConfig(options);
  const { reference, sessions } = loadReferenceData();
  const store = await openStore(config.database, reference, open);
  return { config, reference, sessions, store, blobs: new BlobStore(join(config.dataDir, 'files')) };
}

/** Opens, runs, and always closes the store. */
export async function withContext<T>(options: StoreOptions, work: (ctx: Context) => Promise<T>, open: OpenOptions = {}): Promise<T> {
  const ctx = await openContext(options, open);
  try {
    return await work(ctx);
  } finally {
    await ctx.store.close();
  }
}
