import { parentPort } from 'node:worker_threads';
import { searchDocument, type SearchSource } from './document.js';

/** Runs the analyzer for the indexer off the main thread: sources in, documents out. */
parentPort?.on('message', (message: { readonly id: number; readonly sources: readonly SearchSource[] }) => {
  try {
    parentPort?.postMessage({ id: message.id, documents: message.sources.map(searchDocument) });
  } catch (error) {
    parentPort?.postMessage({ id: message.id, error: error instanceof Error ? error.message : String(error) });
  }
});
