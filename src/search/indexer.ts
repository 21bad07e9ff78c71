import type { Store } from '../store/ports.js';
import { AnalysisPool } from './analysis-pool.js';

export interface RefreshOptions {
  /** Records per transaction. */
  readonly batch?: number;
  /** Worker threads for analysis; by default one per spare CPU when the queue is long. */
  readonly workers?: number;
  readonly onProgress?: (indexed: number) => void;
}

/** Below this many queued records, threads cost more than they save. */
const WORKER_THRESHOLD = 2_000;

/**
 * Indexes every record whose searchable data changed (the queue the database triggers fill).
 * Batch by batch: read the records, analyze them (on worker threads, while the previous batch
 * is written), then write them and take them off the queue in one transaction — unless they
 * changed again meanwhile, in which case they stay queued for the next pass. A crash leaves the
 * queue as it was for what was not written; a re-run carries on.
 */
export async function refreshSearchIndex(store: Store, options: RefreshOptions = {}): Promise<number> {
  const batch = options.batch ?? 500;
  const pending = await store.search.pending();
  if (pending === 0) return 0;
  const pool = new AnalysisPool(options.workers ?? (pending >= WORKER_THRESHOLD ? undefined : 0));
  const read = async (after: number) => {
    const records = await store.search.queued(after, batch);
    return records.length === 0 ? null : { records, sources: await store.search.sources(records.map((r) => r.key)) };
  };
  let total = 0;
  try {
    for (;;) {
      let indexedThisPass = 0;
      let current = await read(-1);
      let analyzing = current ? pool.analyze(current.sources) : null;
      while (current && analyzing) {
        const documents = await analyzing;
        const { records } = current;
        // Read the next batch before writing this one, so its analysis overlaps the write.
        current = await read(records[records.length - 1]?.key ?? Number.MAX_SAFE_INTEGER);
        analyzing = current ? pool.analyze(current.sources) : null;
        await store.transaction(async (trx) => {
          await trx.search.write(records.map((r) => r.key), documents);
          await trx.search.settle(records);
        });
        indexedThisPass += records.length;
        options.onProgress?.(records.length);
      }
      total += indexedThisPass;
      if (indexedThisPass === 0 || (await store.search.pending()) === 0) return total;
    }
  } finally {
    await pool.close();
  }
}

/** Queues every record and indexes them all again. */
export async function rebuildSearchIndex(store: Store, options: RefreshOptions = {}): Promise<number> {
  await store.transaction((trx) => trx.search.clear());
  return refreshSearchIndex(store, options);
}

