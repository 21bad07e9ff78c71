import { Migrator, type Kysely } from 'kysely';
import { MissiveError, type ReferenceData, type Stance, type StoredDocument } from '../../domain/index.js';
import { MissiveMigrations } from '../migrations/index.js';
import type {
  DemoTruth, DemoTruthRepository, DocumentRepository, IntakeRepository, LinkRepository, MigrationStatus, PageRepository, SearchRepository, SettingsRepository, Store,
} from '../ports.js';
import type { Database } from '../schema.js';
import type { AccountRepository, AuditRepository } from '../account-ports.js';
import { KyselyAccounts } from './accounts.js';
import { KyselyAudit } from './audit.js';
import { KyselyCommunications } from './communications.js';
import { KyselyIntake, KyselyPages } from './intake.js';
import { KyselyLinks } from './links.js';
import { KyselyReminders } from './reminders.js';
import { KyselyReplies } from './replies.js';
import { KyselySearch } from './search.js';
import { KyselyStats } from './stats.js';

export interface KyselyStoreOptions {
  readonly kind: 'sqlite' | 'postgres';
  readonly location: string;
  readonly reference: ReferenceData;
  readonly now?: () => Date;
  /** Releases the connection (pool) when the store is closed. */
  readonly onClose?: () => Promise<void>;
  /** Reads at once on the store's own connection (SQLite only). */
  readonly atOnce?: ReadAtOnce;
}

/**
 * Reads run at once on the store's own connection, outside Kysely's queue (SQLite: a prepared
 * statement costs microseconds; going through Kysely costs more than the read).
 */
export interface ReadAtOnce {
  /** The first row of a read, or undefined when it returns none. */
  read(sql: string, parameters: readonly unknown[]): Record<string, unknown> | undefined;
  /** How many statements that may write this process has run on the connection so far. */
  readonly writes: number;
}

/** The Store port over Kysely: the same queries for SQLite and PostgreSQL. */
export class KyselyStore implements Store {
  readonly kind: 'sqlite' | 'postgres';
  readonly location: string;
  readonly communications: KyselyCommunications;
  readonly replies: KyselyReplies;
  readonly documents: DocumentRepository;
  readonly settings: SettingsRepository;
  readonly demoTruth: DemoTruthRepository;
  readonly intake: IntakeRepository;
  readonly pages: PageRepository;
  readonly links: LinkRepository;
  readonly search: SearchRepository;
  readonly accounts: AccountRepository;
  readonly audit: AuditRepository;
  readonly reminders: KyselyReminders;
  readonly stats: KyselyStats;
  private readonly now: () => Date;

  constructor(readonly db: Kysely<Database>, private readonly options: KyselyStoreOptions) {
    this.kind = options.kind;
    this.location = options.location;
    this.now = options.now ?? (() => new Date());
    const inTransaction = <T>(work: (db: Kysely<Database>) => Promise<T>): Promise<T> =>
      db.isTransaction ? work(db) : db.transaction().execute(work);
    this.communications = new KyselyCommunications(db, options.reference, this.now, inTransaction);
    this.replies = new KyselyReplies(db, options.reference, this.now, inTransaction);
    this.documents = new KyselyDocuments(db, this.now);
    this.settings = new KyselySettings(db);
    this.demoTruth = new KyselyDemoTruth(db);
    this.intake = new KyselyIntake(db, this.now);
    this.pages = new KyselyPages(db);
    this.links = new KyselyLinks(db, this.now, inTransaction);
    this.search = new KyselySearch(db, options.kind, options.atOnce);
    this.accounts = new KyselyAccounts(db, this.now, inTransaction);
    this.audit = new KyselyAudit(db, this.now);
    this.stats = new KyselyStats(db);
    this.reminders = new KyselyReminders(db, this.now);
  }

  async transaction<T>(work: (store: Store) => Promise<T>): Promise<T> {
    if (this.db.isTransaction) return work(this);
    return this.db.transaction().execute((trx) => work(new KyselyStore(trx, { ...this.options, now: this.now, onClose: async () => {} })));
  }

  async migrate(): Promise<MigrationStatus> {
    const { error } = await this.migrator().migrateToLatest();
    if (error) throw new MissiveError('CONFIGURATION', `migrating the ${this.kind} database at ${this.location} failed: ${String(error)}`, { cause: error });
    return this.migrationStatus();
  }

  async migrationStatus(): Promise<MigrationStatus> {
    const all = await this.migrator().getMigrations();
    return {
      applied: all.filter((m) => m.executedAt !== undefined).map((m) => m.name),
      pending: all.filter((m) => m.executedAt === undefined).map((m) => m.name),
    };
  }

  async close(): Promise<void> {
    await this.db.destroy();
    await this.options.onClose?.();
  }

  private migrator(): Migrator {
    return new Migrator({ db: this.db, provider: new MissiveMigrations({ dialect: this.kind }) });
  }
}

class KyselyDocuments implements DocumentRepository {
  constructor(private readonly db: Kysely<Database>, private readonly now: () => Date) {}

  async record(document: StoredDocument): Promise<StoredDocument> {
    await this.db.insertInto('documents').values({ ...document, created_at: this.now().toISOString() })
      .onConflict((oc) => oc.column('sha256').doNothing()).execute();
    const stored = await this.get(document.sha256);
    if (!stored) throw new MissiveError('NOT_FOUND', `document ${document.sha256} was not recorded`, { value: document.sha256 });
    return stored;
  }

  async get(sha256: string): Promise<StoredDocument | null> {
    const row = await this.db.selectFrom('documents').select(['sha256', 'mime', 'size', 'filename']).where('sha256', '=', sha256).executeTakeFirst();
    return row ? { ...row, size: Number(row.size) } : null;
  }

  async owners(sha256: string): Promise<{ communicationIds: number[]; replyIds: number[] }> {
    const [communications, replies] = await Promise.all([
      this.db.selectFrom('communication_files').select('communication_id as id').where('sha256', '=', sha256).execute(),
      this.db.selectFrom('reply_files').select('reply_id as id').where('sha256', '=', sha256).execute(),
    ]);
    return { communicationIds: communications.map((r) => Number(r.id)), replyIds: replies.map((r) => Number(r.id)) };
  }
}

class KyselySettings implements SettingsRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async get(key: string): Promise<string | null> {
    const row = await this.db.selectFrom('settings').select('value').where('key', '=', key).executeTakeFirst();
    return row?.value ?? null;
  }

  async set(key: string, value: string): Promise<void> {
    await this.db.insertInto('settings').values({ key, value }).onConflict((oc) => oc.column('key').doUpdateSet({ value })).execute();
  }
}

class KyselyDemoTruth implements DemoTruthRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async record(truth: DemoTruth): Promise<void> {
    await this.db.insertInto('demo_truth').values({
      reply_id: truth.replyId, communication_ids: truth.communicationIds.join(','), stance: truth.stance, citation_style: truth.citationStyle,
    }).execute();
  }

  async all(): Promise<DemoTruth[]> {
    const rows = await this.db.selectFrom('demo_truth').selectAll().orderBy('reply_id').execute();
    return rows.map((r) => ({
      replyId: Number(r.reply_id), communicationIds: r.communication_ids.split(',').map(Number), stance: r.stance as Stance, citationStyle: r.citation_style,
    }));
  }
}
