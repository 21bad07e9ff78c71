import type { Kysely } from 'kysely';
import type { MigrationContext } from './index.js';
import { replaceQueueTriggers } from '../search-queue.js';

/**
 * Follow-ups join the search queue: adding or removing one queues both letters, so the statistics
 * index (which counts follow-ups) and the pages (which show the chain) follow at once. Nothing is
 * queued here: the statistics index of migration 0010 read the follow-ups already, and a queued
 * record is left out of public searches until the indexer has written it again.
 */
export async function up(db: Kysely<unknown>, ctx: MigrationContext): Promise<void> {
  await replaceQueueTriggers(db, ctx.dialect, 'communication_follow_ups');
}
