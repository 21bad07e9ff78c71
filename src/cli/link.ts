import { InvalidArgumentError, type Command } from 'commander';
import { MissiveError, parseReference } from '../domain/index.js';
import { linkReplies } from '../jobs/link-replies.js';
import type { Store } from '../store/ports.js';
import { withContext, withStoreOptions, type StoreOptions } from './context.js';
import { printResult } from './output.js';
import { updateSearchIndex } from './search-index.js';
import { startProgress } from './progress.js';

interface LinkOptions extends StoreOptions {
  readonly dryRun: boolean;
  readonly json?: boolean;
  readonly reply?: number;
  readonly to?: string;
  readonly by?: string;
  readonly remove: boolean;
}

function replyId(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError(`"${value}" is not a reply id.`);
  return n;
}

/** A person's decision: link a reply to a communication, or remove that link for good. */
async function decide(store: Store, options: LinkOptions & { reply: number }): Promise<string> {
  if (!options.to || !options.by) throw new MissiveError('INVALID_VALUE', '--reply needs --to REFERENCE and --by NAME (who decides)', { field: 'to' });
  const reference = parseReference(options.to);
  const communication = await store.communications.getByKey(reference.code, reference.number, reference.year);
  if (!communication) throw new MissiveError('NOT_FOUND', `no communication with reference ${options.to}`, { value: options.to, field: 'to' });
  if (!(await store.replies.get(options.reply))) throw new MissiveError('NOT_FOUND', `no reply with id ${options.reply}`, { value: options.reply, field: 'reply' });
  if (options.remove) {
    const removed = await store.links.unlink(options.reply, communication.id, options.by);
    return removed ? 'removed' : 'not-linked';
  }
  return store.links.link({ replyId: options.reply, communicationId: communication.id, origin: 'manual', score: null, by: options.by });
}

export function registerLink(program: Command): void {
  withStoreOptions(program.command('link').description('link every reply that answers nothing yet (automatically above the threshold, otherwise into the review queue), or record one person\'s decision with --reply'))
    .option('--dry-run', 'show what would be linked, change nothing', false)
    .option('--json', 'print the report as JSON (with every decision)')
    .option('--reply <id>', 'a person\'s decision about this reply (with --to and --by)', replyId)
    .option('--to <reference>', 'the communication, by its reference')
    .option('--by <name>', 'who decides (kept with the link)')
    .option('--remove', 'remove the link instead; automatic linking will not put it back', false)
    .action(async (options: LinkOptions) => {
      await withContext(options, async ({ store, blobs, reference }) => {
        if (options.reply !== undefined) {
          const result = await decide(store, { ...options, reply: options.reply });
          await updateSearchIndex(store, { quiet: true });
          printResult(options.json, { reply: options.reply, to: options.to, by: options.by, result }, () => `reply ${options.reply} → ${options.to}: ${result}`);
          return;
        }
        const pending = (await store.links.unlinkedReplyIds()).length;
        const progress = startProgress('linking replies', pending);
        const report = await linkReplies({ store, blobs, reference }, { dryRun: options.dryRun, onReply: () => progress.advance() });
        progress.stop();
        await updateSearchIndex(store, { quiet: options.json === true });
        printResult(options.json, report, () =>
          `${options.dryRun ? 'Would link' : 'Linked'} ${report.linkedReplies} of ${report.considered} unlinked replies (${report.links} links, threshold ${report.threshold}); ` +
          `${report.queued} ${options.dryRun ? 'would wait' : 'newly wait'} for review, ${report.stillQueued} were already waiting${report.refused > 0 ? `; ${report.refused} links removed by people were left out` : ''}.`);
      });
    });
}
