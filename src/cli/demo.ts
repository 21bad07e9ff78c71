import { fileURLToPath } from 'node:url';
import { Command, InvalidArgumentError } from 'commander';
import type { Context } from './context.js';
import { withContext, withStoreOptions, type StoreOptions } from './context.js';
import { printResult } from './output.js';
import { updateSearchIndex } from './search-index.js';
import { startProgress } from './progress.js';
import { generateCorpus } from '../demo/generate.js';
import { loadCorpus, type LoadReport } from '../demo/load.js';

/** Where the project's shared material sits beside the checkout: ../shared/samples. */
export const DEFAULT_SEED_NOTE = fileURLToPath(new URL(import.meta.url.includes('/dist/') ? '../../../../shared/samples/seed-note-verbale.txt' : '../../../shared/samples/seed-note-verbale.txt', import.meta.url));

export interface DemoOptions {
  readonly size: number;
  readonly seed: string;
  readonly pdf: boolean;
  readonly seedNote: string;
  readonly link: boolean;
  /** Build the search index at the end (the default); benchmarks time it on its own. */
  readonly index?: boolean;
}

function positiveInteger(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 1_000_000) throw new InvalidArgumentError(`"${value}" is not a whole number between 1 and 1000000.`);
  return n;
}

/** Generates and loads a demo corpus; shared by `missive demo` and `serve --demo-if-empty`. */
export async function loadDemo(ctx: Context, options: DemoOptions): Promise<LoadReport & { seconds: number }> {
  const started = performance.now();
  const corpus = generateCorpus({ size: options.size, seed: options.seed, reference: ctx.reference });
  const total = corpus.communications.length + corpus.replies.length;
  const documents = startProgress('rendering documents', total);
  let records: ReturnType<typeof startProgress> | null = null;
  const report = await loadCorpus(ctx.store, ctx.blobs, corpus, {
    documents: { text: true, pdf: options.pdf },
    seedNotePath: options.seedNote,
    linkReplies: options.link,
    onProgress: (phase, n) => {
      if (phase === 'documents') return documents.advance(n);
      if (!records) { documents.stop(); records = startProgress('writing records', total); }
      records.advance(n);
    },
  });
  (records as ReturnType<typeof startProgress> | null)?.stop();
  if (options.index ?? true) await updateSearchIndex(ctx.store);
  return { ...report, seconds: (performance.now() - started) / 1000 };
}

export function registerDemo(program: Command): void {
  withStoreOptions(program.command('demo').description('generate a synthetic demo corpus (clearly marked) into an empty database'))
    .option('--size <n>', 'number of communications', positiveInteger, 2000)
    .option('--seed <seed>', 'seed of the generator: the same seed gives the same corpus', '1')
    .option('--pdf', 'also render every document as PDF (slower)', false)
    .option('--no-link', 'leave replies unlinked (for evaluating `missive link`)')
    .option('--seed-note <file>', 'the real seed note verbale', DEFAULT_SEED_NOTE)
    .option('--json', 'print the result as JSON')
    .action(async (options: StoreOptions & DemoOptions & { json?: boolean }) => {
      await withContext(options, async (ctx) => {
        const report = await loadDemo(ctx, options);
        printResult(options.json, { ...report, database: ctx.store.location }, () =>
          `Loaded ${report.communications} communications, ${report.replies} replies and ${report.documents} documents into ${ctx.store.location} in ${report.seconds.toFixed(1)} s` +
          (report.seedNote === 'missing' ? ` (the seed note ${options.seedNote} was not found: its reply has no file)` : ''));
      });
    });
}
