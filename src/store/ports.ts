import type {
  Addressee, Communication, IsoDate, LinkOrigin, PublicationDecision, ReferenceType, Reply, ReplyStatus, Stance, StoredDocument, Viewer,
} from '../domain/index.js';
import type { FileRole } from '../domain/document.js';
import type { LinkableRow } from '../link/reply-facts.js';
import type { AccountRepository, AuditRepository } from './account-ports.js';
import type { SearchRepository } from './search-ports.js';
import type { ReminderRepository } from './reminder-ports.js';
import type { StatsRepository } from './stats-ports.js';

export type * from './account-ports.js';
export type * from './search-ports.js';
export { FACET_NAMES } from './search-ports.js';

export interface CommunicationChange {
  readonly sent?: { readonly on: IsoDate };
  readonly publication?: PublicationDecision;
}

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
  readonly themes?: readonly string[];
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

export interface ReplyReview {
  readonly by: string;
  readonly communicationIds: readonly number[];
  readonly sender: Addressee;
  readonly noteNumber: string | null;
  readonly dateOnNote: IsoDate | null;
  readonly stance: Stance | null;
  readonly confidential: boolean;
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
  /** Taken in through the workspace: it waits for review (never public before), submitted by this username. */
  readonly pendingReview?: { readonly submittedBy: string; readonly confidentialityRequested: boolean };
}

export interface CommunicationListQuery {
  readonly viewer: Viewer;
  readonly today: IsoDate;
  readonly limit: number;
  readonly offset?: number;
  readonly code?: string;
  /** Only those addressed to this State (or other addressee code). */
  readonly addressee?: string;
  /** Only those of one of these mandates. */
  readonly mandateIds?: readonly string[];
  /** Only the communications on one work list, as of `today` (replies the viewer may see count). */
  readonly worklist?: Worklist;
}

/**
 * The secretariat's work lists: unanswered letters due from today to `days` days ahead, unanswered
 * letters past their due date, and letters that became public within the last `days`.
 */
export type Worklist =
  | { readonly kind: 'due'; readonly days: number }
  | { readonly kind: 'overdue' }
  | { readonly kind: 'published'; readonly days: number };

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

/** What the matcher needs of every sent communication, loaded in one pass: the matcher's own row type. */
export type LinkableCommunication = LinkableRow;

export interface CommunicationRepository {
  /** Every sent communication, lightly, for ranking candidates. */
  linkable(): Promise<LinkableCommunication[]>;
  /** Allocates the next running number for (code, year) atomically. */
  allocateNumber(code: string, year: number): Promise<number>;
  create(input: NewCommunication): Promise<Communication>;
  /**
   * Changes a communication: sends a draft (which starts its clock), or changes its publication
   * decision. Its due and public dates, and those of the replies to it, follow in the same transaction.
   */
  update(id: number, change: CommunicationChange): Promise<Communication>;
  get(id: number): Promise<Communication | null>;
  getByKey(code: string, number: number, year: number): Promise<Communication | null>;
  /** The communications that follow this one up (ids, oldest first). */
  followedBy(id: number): Promise<number[]>;
  /** Ids of the communications sent to an addressee code on a day. */
  sentOn(code: string, date: IsoDate): Promise<number[]>;
  list(query: CommunicationListQuery): Promise<CommunicationSummary[]>;
  count(query: Omit<CommunicationListQuery, 'limit' | 'offset'>): Promise<number>;
  attachFile(communicationId: number, document: StoredDocument, role: FileRole): Promise<void>;
}

export interface ReplyRepository {
  create(input: NewReply): Promise<Reply>;
  /** The reply a mission sent under this note number on this date, if already recorded. */
  findByNote(senderCode: string, noteNumber: string, dateOnNote: IsoDate): Promise<Reply | null>;
  get(id: number): Promise<Reply | null>;
  forCommunication(communicationId: number): Promise<Reply[]>;
  attachFile(replyId: number, document: StoredDocument, role: FileRole): Promise<void>;
  count(): Promise<number>;
  /** Replies awaiting review, oldest first. */
  pending(limit: number): Promise<Reply[]>;
  /** A mission's replies (by sender State), newest first. */
  sentBy(stateCode: string, limit: number): Promise<Reply[]>;
  /**
   * Confirms a reply after review, with the corrections made: what it answers (manual links,
   * confirmed by `by`; other links removed), its fields, and whether it stays confidential.
   * Its public date follows.
   */
  confirm(replyId: number, review: ReplyReview): Promise<Reply>;
}

export interface DocumentRepository {
  /** Records a stored file's metadata once; the same bytes again keep the first record. */
  record(document: StoredDocument): Promise<StoredDocument>;
  get(sha256: string): Promise<StoredDocument | null>;
  /** The records a stored file is attached to. */
  owners(sha256: string): Promise<{ readonly communicationIds: readonly number[]; readonly replyIds: readonly number[] }>;
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

export type IntakeStatus = 'pending' | 'ingested' | 'failed';

/** One file taken in by ingest, keyed by its SHA-256, and what became of it. */
export interface IntakeFile {
  readonly sha256: string;
  readonly name: string;
  readonly size: number;
  readonly status: IntakeStatus;
  readonly format: string | null;
  readonly kind: string | null;
  readonly recordKind: 'communication' | 'reply' | null;
  readonly recordId: number | null;
  readonly errorCode: string | null;
  readonly errorMessage: string | null;
  readonly attempts: number;
  readonly updatedAt: string;
}

export interface IntakeOutcome {
  readonly format: string;
  readonly kind: string;
  readonly recordKind: 'communication' | 'reply' | null;
  readonly recordId: number | null;
  /** The extraction as JSON, kept for review. */
  readonly extraction: string;
}

export interface IntakeRepository {
  get(sha256: string): Promise<IntakeFile | null>;
  /** Records that work on a file starts (status pending), counting attempts; an ingested file is left as it is. */
  begin(file: { readonly sha256: string; readonly name: string; readonly size: number }): Promise<IntakeFile>;
  complete(sha256: string, outcome: IntakeOutcome): Promise<void>;
  fail(sha256: string, error: { readonly format: string | null; readonly code: string; readonly message: string }): Promise<void>;
  list(filter: { readonly status?: IntakeStatus; readonly limit: number }): Promise<IntakeFile[]>;
  counts(): Promise<Record<IntakeStatus, number>>;
}

export interface StoredPage {
  readonly page: number;
  readonly text: string;
  readonly source: 'text' | 'ocr';
  readonly languages: readonly string[];
}

/** The text of stored documents, page by page, so a hit can say "page 3". */
export interface PageRepository {
  replace(sha256: string, pages: readonly StoredPage[]): Promise<void>;
  forDocument(sha256: string): Promise<StoredPage[]>;
}

/** A ranked candidate communication for a reply, as the matcher gives it. */
export interface LinkCandidate {
  readonly communicationId: number;
  readonly score: number;
  readonly reasons: readonly string[];
}

export type LinkChange = 'created' | 'unchanged' | 'refused';

/**
 * Links between replies and communications, and the decisions around them. A manual decision
 * (a link a person made, or one a person removed) is never overridden by an automatic one.
 */
export interface LinkRepository {
  link(input: { readonly replyId: number; readonly communicationId: number; readonly origin: 'manual' | 'automatic'; readonly score: number | null; readonly by: string | null }): Promise<LinkChange>;
  /** Removes a link and remembers who removed it, so automatic linking leaves that pair alone. */
  unlink(replyId: number, communicationId: number, by: string): Promise<boolean>;
  /** Replies that answer nothing yet, oldest first. */
  unlinkedReplyIds(): Promise<number[]>;
  rejectedFor(replyId: number): Promise<number[]>;
  /** Every removed link, as `replyId:communicationId`, for a batch run to consult without a query per reply. */
  allRejections(): Promise<Set<string>>;
  /** Puts a reply in the review queue with its candidates; the same candidates again change nothing. */
  queueForReview(replyId: number, candidates: readonly LinkCandidate[]): Promise<'created' | 'updated' | 'unchanged'>;
  clearReview(replyId: number): Promise<void>;
  reviewQueue(limit: number): Promise<{ readonly replyId: number; readonly candidates: LinkCandidate[] }[]>;
  /** The candidates a reply waits in the review queue with, or null when it is not there. */
  reviewOf(replyId: number): Promise<LinkCandidate[] | null>;
  /** The stance the machine read, kept beside any human one. */
  setAutoStance(replyId: number, stance: Stance | null, evidence: readonly string[]): Promise<void>;
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
  readonly intake: IntakeRepository;
  readonly pages: PageRepository;
  readonly links: LinkRepository;
  readonly search: SearchRepository;
  readonly accounts: AccountRepository;
  readonly audit: AuditRepository;
  readonly reminders: ReminderRepository;
  readonly stats: StatsRepository;
  /** Runs work in one transaction: all of it is stored, or none. */
  transaction<T>(work: (store: Store) => Promise<T>): Promise<T>;
  migrate(): Promise<MigrationStatus>;
  migrationStatus(): Promise<MigrationStatus>;
  close(): Promise<void>;
}
