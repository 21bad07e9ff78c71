import type { Store } from '../store/ports.js';
import { refreshSearchIndex } from '../search/indexer.js';
import { startProgress } from './progress.js';

/** Brings the search index up to date after a command changed records, showing progress. */
export async function updateSearchIndex(store: Store, options: { readonly rebuild?: boolean; readonly quiet?: boolean } = {}): Promise<number> {
  if (options.rebuild) await store.transaction((trx) => trx.search.clear());
  const pending = await store.search.pending();
  if (pending === 0) return 0;
  const progress = options.quiet ? null : startProgress('indexing for search', pending);
  try {
    return await refreshSearchIndex(store, { onProgress: (n) => progress?.advance(n) });
  } finally {
    progress?.stop();
  }
}

/**
 * While the server runs, indexes what other processes (ingest, link, the workspace) changed,
 * every few seconds; searches meanwhile leave changed records out for non-staff viewers.
 */
export function keepSearchIndexCurrent(store: Store, onError: (error: unknown) => void, everyMs = 3000): { stop(): Promise<void> } {
  let running: Promise<unknown> = Promise.resolve();
  let stopped = false;
  const timer = setInterval(() => {
    running = running.then(async () => {
      if (!stopped) await refreshSearchIndex(store);
    }).catch(onError);
  }, everyMs);
  timer.unref();
  return {
    stop: async () => {
      stopped = true;
      clearInterval(timer);
      await running;
    },
  };
}
