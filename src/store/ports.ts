import type {
  Addressee, Communication, IsoDate, LinkOrigin, PublicationDecision, ReferenceType, Reply, ReplyStatus, Stance, StoredDocument, Viewer,
} from '../domain/index.js';
import type { FileRole } from '../domain/document.js';

/** What the secretariat (or an import) gives to register a communication. */
export interface NewCommunication {
  readonly type: ReferenceType;
  /** An explicit running number (imports, demo); allocated for (code, year) when absent. */
  readonly number?: number;
  /** The reference year; by default the year of sending, or of today for drafts. */
  readonly year?: number;
  readonly legacyReference?: string | null;
  readonly state: 'draft' | 'sent';
  readonly dateSent: IsoDate | null;
  readonly mandateIds: readonly string[];
  readonly addressees: readonly Addressee[];
  readonly subject: string;
  readonly summary: string;
  readonly language: string;
  readonly followsUp?: readonly number[];
  readonly publication?: PublicationDecision;
}

export interface NewReplyLink {
  readonly communicationId: number;
  readonly origin: LinkOrigin;
  readonly score: number | null;
  readonly confirmedBy: string | null;
}

export interface NewReply {
  readonly sender: Addressee;
  readonly noteNumber: string | null;
  readonly dateOnNote: IsoDate | null;
  readonly dateReceived: IsoDate;
  readonly languages: readonly string[];
  readonly stance: Stance | null;
  readonly confidential: boolean;
  readonly links: readonly NewReplyLink[];
}

export interface CommunicationListQuery {
  readonly viewer: Viewer;
  readonly today: IsoDate;
  readonly limit: number;
  readonly offset?: number;
  readonly code?: string;
}

/** One row of a listing: enough to show and link a communication without loading it whole. */
export interface CommunicationSummary {
  readonly id: number;
  readonly reference: string;
  readonly dateSent: IsoDate | null;
  readonly addressees: readonly string[];
  readonly mandateIds: readonly string[];
  readonly subject: string;
  readonly status: ReplyStatus;
  readonly replyCount: number;
}

export interface CommunicationRepository {
  /** Allocates the next running number for (code, year) atomically. */
  allocateNumber(code: string, year: number): Promise<number>;
  create(input: NewCommunication): Promise<Communication>;
  get(id: number): Promise<Communication | null>;
  getByKey(code: string, number: number, year: number): Promise<Communication | null>;
  list(query: CommunicationListQuery): Promise<CommunicationSummary[]>;
  count(query: Omit<CommunicationListQuery, 'limit' | 'offset'>): Promise<number>;
  attachFile(communicationId: number, document: StoredDocument, role: FileRole): Promise<void>;
}

export interface ReplyRepository {
  create(input: NewReply): Promise<Reply>;
  get(id: number): Promise<Reply | null>;
  forCommunication(communicationId: number): Promise<Reply[]>;
  attachFile(replyId: number, document: StoredDocument, role: FileRole): Promise<void>;
  count(): Promise<number>;
}

export interface DocumentRepository {
  /** Records a stored file's metadata once; the same bytes again keep the first record. */
  record(document: StoredDocument): Promise<StoredDocument>;
  get(sha256: string): Promise<StoredDocument | null>;
}

export interface SettingsRepository {
  get(key: string): Promise<string | null>;
  set(key: string, value: string): Promise<void>;
}

/** The demo generator's ground truth, kept for evaluating linking and stance detection. */
export interface DemoTruth {
  readonly replyId: number;
  readonly communicationIds: readonly number[];
  readonly stance: Stance;
  readonly citationStyle: string;
}

export interface DemoTruthRepository {
  record(truth: DemoTruth): Promise<void>;
  all(): Promise<DemoTruth[]>;
}

export interface MigrationStatus {
  readonly applied: readonly string[];
  readonly pending: readonly string[];
}

/** The one storage port; SQLite and PostgreSQL adapters implement it with the same queries. */
export interface Store {
  readonly kind: 'sqlite' | 'postgres';
  /** Where the data lives, without secrets: a file path, or host:port/database. */
  readonly location: string;
  readonly communications: CommunicationRepository;
  readonly replies: ReplyRepository;
  readonly documents: DocumentRepository;
  readonly settings: SettingsRepository;
  readonly demoTruth: DemoTruthRepository;
  /** Runs work in one transaction: all of it is stored, or none. */
  transaction<T>(work: (store: Store) => Promise<T>): Promise<T>;
  migrate(): Promise<MigrationStatus>;
  migrationStatus(): Promise<MigrationStatus>;
  close(): Promise<void>;
}
