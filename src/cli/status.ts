import type { Command } from 'commander';
import { withContext, withStoreOptions, type StoreOptions } from './context.js';
import { printResult } from './output.js';

export function registerStatus(program: Command): void {
  withStoreOptions(program.command('status').description('what ingest took in: counts by status, and the files that failed with their reasons'))
    .option('--limit <n>', 'most failed files listed', (v) => Number(v), 100)
    .option('--json', 'print as JSON')
    .action(async (options: StoreOptions & { limit: number; json?: boolean }) => {
      await withContext(options, async ({ store }) => {
        const counts = await store.intake.counts();
        const failed = await store.intake.list({ status: 'failed', limit: options.limit });
        const pending = await store.intake.list({ status: 'pending', limit: options.limit });
        printResult(options.json, { counts, failed, pending }, () => [
          `${counts.ingested} ingested, ${counts.failed} failed, ${counts.pending} pending${counts.pending > 0 ? ' (interrupted: run ingest again to finish them)' : ''}`,
          ...failed.map((f) => `failed  ${f.name}  ${f.sha256.slice(0, 12)}  ${f.errorCode}: ${f.errorMessage}`),
          ...pending.map((f) => `pending ${f.name}  ${f.sha256.slice(0, 12)}`),
        ].join('\n'));
      });
    });
}
