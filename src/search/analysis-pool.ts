import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { searchDocument, type SearchDocument, type SearchSource } from './document.js';

type Reply = { readonly id: number; readonly documents?: SearchDocument[]; readonly error?: string };

/**
 * Worker threads that analyze records for the index, so that analysis (CPU) overlaps with
 * writing (the database). With no spare CPU it analyzes on the calling thread.
 */
export class AnalysisPool {
  private readonly workers: Worker[] = [];
  private readonly waiting = new Map<number, { resolve: (d: SearchDocument[]) => void; reject: (e: Error) => void }>();
  private nextId = 0;

  constructor(size = Math.max(0, availableParallelism() - 1)) {
    for (let i = 0; i < size; i++) {
      const worker = new Worker(new URL('./analysis-worker.js', import.meta.url));
      worker.on('message', (reply: Reply) => {
        const waiter = this.waiting.get(reply.id);
        if (!waiter) return;
        this.waiting.delete(reply.id);
        if (reply.documents) waiter.resolve(reply.documents);
        else waiter.reject(new Error(`analyzing records for search failed: ${reply.error ?? 'no reason given'}`));
      });
      worker.on('error', (error) => this.failAll(error));
      this.workers.push(worker);
    }
  }

  analyze(sources: readonly SearchSource[]): Promise<SearchDocument[]> {
    const worker = this.workers[this.nextId % Math.max(1, this.workers.length)];
    if (!worker) return Promise.resolve(sources.map(searchDocument));
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      worker.postMessage({ id, sources });
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
    this.workers.length = 0;
  }

  private failAll(error: Error): void {
    for (const waiter of this.waiting.values()) waiter.reject(error);
    this.waiting.clear();
  }
}
