import type { Command } from 'commander';
import { terminateOcr } from '../intake/index.js';
import { collectSources } from '../ingest/sources.js';
import { ingestPaths } from '../ingest/pipeline.js';
import { withContext, withStoreOptions, type StoreOptions } from './context.js';
import { printResult } from './output.js';
import { updateSearchIndex } from './search-index.js';
import { startProgress } from './progress.js';

export function registerIngest(program: Command): void {
  withStoreOptions(program.command('ingest').description('take in files, folders and ZIPs: store the originals, read them, create or update records'))
    .argument('<paths...>', 'files, folders or ZIP archives')
    .option('--no-ocr', 'do not OCR images and pages without text')
    .option('--json', 'print the summary as JSON')
    .action(async (paths: string[], options: StoreOptions & { ocr: boolean; json?: boolean }) => {
      await withContext(options, async ({ store, blobs, reference }) => {
        const total = (await collectSources(paths)).length;
        const progress = startProgress('ingesting', total);
        try {
          const summary = await ingestPaths({ store, blobs, reference, ocr: options.ocr }, paths, () => progress.advance());
          progress.stop();
          await updateSearchIndex(store, { quiet: options.json === true });
          printResult(options.json, summary, () => [
            `${summary.ingested} ingested, ${summary.updated} updated, ${summary.unchanged} unchanged, ${summary.failed.length} failed`,
            ...summary.failed.map((f) => `  failed: ${f.reason}`),
          ].join('\n'));
          if (summary.failed.length > 0) process.exitCode = 2;
        } finally {
          await terminateOcr();
        }
      });
    });
}
