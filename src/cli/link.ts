import type { Command } from 'commander';
import { linkReplies } from '../jobs/link-replies.js';
import { withContext, withStoreOptions, type StoreOptions } from './context.js';
import { printResult } from './output.js';
import { startProgress } from './progress.js';

export function registerLink(program: Command): void {
  withStoreOptions(program.command('link').description('link every reply that answers nothing yet: automatically above the threshold, otherwise into the review queue'))
    .option('--dry-run', 'show what would be linked, change nothing', false)
    .option('--json', 'print the report as JSON (with every decision)')
    .action(async (options: StoreOptions & { dryRun: boolean; json?: boolean }) => {
      await withContext(options, async ({ store, blobs, reference }) => {
        const pending = (await store.links.unlinkedReplyIds()).length;
        const progress = startProgress('linking replies', pending);
        const report = await linkReplies({ store, blobs, reference }, { dryRun: options.dryRun, onReply: () => progress.advance() });
        progress.stop();
        printResult(options.json, report, () =>
          `${options.dryRun ? 'Would link' : 'Linked'} ${report.linkedReplies} of ${report.considered} unlinked replies (${report.links} links, threshold ${report.threshold}); ` +
          `${report.queued} ${options.dryRun ? 'would wait' : 'newly wait'} for review, ${report.stillQueued} were already waiting${report.refused > 0 ? `; ${report.refused} links removed by people were left out` : ''}.`);
      });
    });
}
