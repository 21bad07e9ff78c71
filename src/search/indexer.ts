import type { Store } from '../store/ports.js';
import { searchDocument } from './document.js';

export interface RefreshOptions {
  /** Records per transaction. */
  readonly batch?: number;
  readonly onProgress?: (indexed: number) => void;
}

/**
 * Indexes every record whose searchable data changed (the queue the database triggers fill),
 * batch by batch: each batch is claimed, analyzed and written in one transaction, so a crash
 * leaves the rest queued and a re-run carries on.
 */
export async function refreshSearchIndex(store: Store, options: RefreshOptions = {}): Promise<number> {
  const batch = options.batch ?? 500;
  let total = 0;
  for (;;) {
    const indexed = await store.transaction(async (trx) => {
      const keys = await trx.search.claim(batch);
      if (keys.length === 0) return 0;
      const sources = await trx.search.sources(keys);
      await trx.search.write(keys, sources.map(searchDocument));
      return keys.length;
    });
    if (indexed === 0) return total;
    total += indexed;
    options.onProgress?.(indexed);
  }
}

/** Queues every record and indexes them all again. */
export async function rebuildSearchIndex(store: Store, options: RefreshOptions = {}): Promise<number> {
  await store.search.markAll();
  return refreshSearchIndex(store, options);
}
