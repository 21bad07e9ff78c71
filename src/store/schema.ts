import type { Generated } from 'kysely';

/**
 * The tables as Kysely sees them, shared by both stores. Dates are ISO `YYYY-MM-DD` text and
 * flags are 0/1 integers in both, so one set of queries runs on SQLite and PostgreSQL.
 * `due_on` and `public_on` are derived by domain rules at every write, so "overdue" and
 * "public today" are plain indexed comparisons.
 */
export interface Database {
  reference_counters: { code: string; year: number; last_number: number };
  communications: {
    id: Generated<number>;
    type: string;
    code: string;
    number: number;
    year: number;
    legacy_reference: string | null;
    state: string;
    date_sent: string | null;
    due_on: string | null;
    public_on: string | null;
    published_early_on: string | null;
    confidential_reason: string | null;
    subject: string;
    summary: string;
    /** Themes, comma-separated ('' when none). */
    themes: Generated<string>;
    language: string;
    created_at: string;
    updated_at: string;
  };
  communication_mandates: { communication_id: number; mandate_id: string; position: number };
  communication_addressees: { communication_id: number; position: number; kind: string; code: string; name: string };
  communication_follow_ups: { communication_id: number; follows_id: number };
  replies: {
    id: Generated<number>;
    sender_kind: string;
    sender_code: string;
    sender_name: string;
    note_number: string | null;
    date_on_note: string | null;
    date_received: string;
    languages: string;
    stance: string | null;
    confidential: number;
    public_on: string | null;
    stance_auto: string | null;
    stance_evidence: string | null;
    /** 'pending' while the secretariat has not confirmed it (never public then), else 'confirmed'. */
    review: Generated<string>;
    submitted_by: string | null;
    confidentiality_requested: Generated<number>;
    created_at: string;
    updated_at: string;
  };
  reply_links: {
    reply_id: number;
    communication_id: number;
    origin: string;
    score: number | null;
    confirmed_by: string | null;
    confirmed_at: string | null;
    created_at: string;
  };
  documents: { sha256: string; mime: string; size: number; filename: string; created_at: string };
  communication_files: { communication_id: number; sha256: string; role: string };
  reply_files: { reply_id: number; sha256: string; role: string };
  /** Ground truth of the generated demo corpus: which reply answers what, and how it cites it. */
  demo_truth: { reply_id: number; communication_ids: string; stance: string; citation_style: string };
  settings: { key: string; value: string };
  intake_files: {
    sha256: string;
    name: string;
    size: number;
    status: string;
    format: string | null;
    kind: string | null;
    record_kind: string | null;
    record_id: number | null;
    extraction: string | null;
    error_code: string | null;
    error_message: string | null;
    attempts: number;
    created_at: string;
    updated_at: string;
  };
  document_pages: { sha256: string; page: number; text: string; source: string; languages: string };
  link_rejections: { reply_id: number; communication_id: number; rejected_by: string; rejected_at: string };
  link_reviews: { reply_id: number; candidates: string; created_at: string };
  /** Keys (id * 2, + 1 for replies) of records whose searchable data changed since they were indexed. */
  search_dirty: { key: number; version: Generated<number> };
  search_records: {
    key: number;
    kind: string;
    record_id: number;
    /** '' when the record has no date (a draft). */
    date: string;
    year: number | null;
    public_on: string | null;
    due_on: string | null;
    replied_on: string | null;
    public_replied_on: string | null;
    title: string;
    subject: string;
    chunks: number;
  };
  search_facets: { field: string; value: string; key: number };
  /** The statistics index (stats-index-sql.ts): one row per sent letter and addressee code. */
  stats_letters: { code: string; id: number; type: string; date_sent: string; public_on: string | null; to_state: number; to_other: number; packed: string };
  /** One row per sent letter, addressee code and linked reply. */
  stats_replies: { code: string; communication_id: number; reply_id: number; date_received: string; stance: string | null; public_on: string | null; sender_code: string };
  users: {
    id: Generated<number>;
    username: string;
    display_name: string;
    email: string | null;
    role: string;
    state_code: string | null;
    password_hash: string;
    disabled: number;
    created_at: string;
    updated_at: string;
  };
  user_mandates: { user_id: number; mandate_id: string };
  /** Only a hash of the session id is kept: a copy of the database opens no session. */
  login_sessions: { id_hash: string; user_id: number; csrf_token: string; created_at: string; expires_at: string };
  api_tokens: { id: Generated<number>; user_id: number; name: string; token_hash: string; created_at: string; last_used_at: string | null; revoked_at: string | null };
  reminders_sent: { communication_id: number; kind: string; recipient: string; sent_at: string };
  audit_log: { id: Generated<number>; at: string; actor: string; action: string; subject_kind: string; subject_id: string; before: string | null; after: string | null };
  /** PostgreSQL only: the analyzed text (SQLite keeps it in the FTS5 table search_fts). */
  search_chunks: { id: number; key: number; terms: string };
}
