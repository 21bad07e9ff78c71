import type { Kysely, Migration, MigrationProvider } from 'kysely';
import * as initial from './0001-initial.js';
import * as intake from './0002-intake.js';
import * as linking from './0003-linking.js';
import * as search from './0004-search.js';
import * as facetTokens from './0005-search-facet-tokens.js';
import * as followUpIndex from './0006-follow-up-index.js';
import * as workspace from './0007-workspace.js';
import * as replyReview from './0008-reply-review.js';
import * as coveringIndexes from './0009-covering-indexes.js';
import * as statsIndex from './0010-stats-index.js';
import * as followUpQueue from './0011-follow-up-queue.js';

export interface MigrationContext {
  readonly dialect: 'sqlite' | 'postgres';
}

interface MigrationModule {
  up(db: Kysely<unknown>, ctx: MigrationContext): Promise<void>;
}

/** The one ordered migration set both stores apply; a new migration is a new entry here. */
const MIGRATIONS: ReadonlyArray<readonly [string, MigrationModule]> = [['0001-initial', initial], ['0002-intake', intake], ['0003-linking', linking], ['0004-search', search], ['0005-search-facet-tokens', facetTokens], ['0006-follow-up-index', followUpIndex], ['0007-workspace', workspace], ['0008-reply-review', replyReview], ['0009-covering-indexes', coveringIndexes], ['0010-stats-index', statsIndex], ['0011-follow-up-queue', followUpQueue]];

export class MissiveMigrations implements MigrationProvider {
  constructor(private readonly ctx: MigrationContext) {}

  async getMigrations(): Promise<Record<string, Migration>> {
    return Object.fromEntries(MIGRATIONS.map(([name, m]) => [name, { up: (db: Kysely<unknown>) => m.up(db, this.ctx) }]));
  }
}

export const LATEST_MIGRATION = MIGRATIONS[MIGRATIONS.length - 1]?.[0] ?? '';
