import type { Kysely } from 'kysely';
import type { IntakeFile, IntakeOutcome, IntakeRepository, IntakeStatus, PageRepository, StoredPage } from '../ports.js';
import type { Database } from '../schema.js';
import { splitList } from './rows.js';

type Row = Database['intake_files'];

function toIntakeFile(row: Row): IntakeFile {
  return {
    sha256: row.sha256, name: row.name, size: Number(row.size), status: row.status as IntakeStatus, format: row.format, kind: row.kind,
    recordKind: row.record_kind as IntakeFile['recordKind'], recordId: row.record_id === null ? null : Number(row.record_id),
    errorCode: row.error_code, errorMessage: row.error_message, attempts: Number(row.attempts), updatedAt: row.updated_at,
  };
}

export class KyselyIntake implements IntakeRepository {
  constructor(private readonly db: Kysely<Database>, private readonly now: () => Date) {}

  async get(sha256: string): Promise<IntakeFile | null> {
    const row = await this.db.selectFrom('intake_files').selectAll().where('sha256', '=', sha256).executeTakeFirst();
    return row ? toIntakeFile(row) : null;
  }

  async begin(file: { sha256: string; name: string; size: number }): Promise<IntakeFile> {
    const stamp = this.now().toISOString();
    await this.db.insertInto('intake_files')
      .values({ ...file, status: 'pending', attempts: 1, created_at: stamp, updated_at: stamp })
      .onConflict((oc) => oc.column('sha256').doUpdateSet((eb) => ({
        status: eb.case().when('intake_files.status', '=', 'ingested').then('ingested').else('pending').end(),
        attempts: eb('intake_files.attempts', '+', 1),
        updated_at: stamp,
      })))
      .execute();
    const stored = await this.get(file.sha256);
    if (!stored) throw new Error(`intake file ${file.sha256} was not recorded`);
    return stored;
  }

  async complete(sha256: string, outcome: IntakeOutcome): Promise<void> {
    await this.db.updateTable('intake_files').set({
      status: 'ingested', format: outcome.format, kind: outcome.kind, record_kind: outcome.recordKind, record_id: outcome.recordId,
      extraction: outcome.extraction, error_code: null, error_message: null, updated_at: this.now().toISOString(),
    }).where('sha256', '=', sha256).execute();
  }

  async fail(sha256: string, error: { format: string | null; code: string; message: string }): Promise<void> {
    await this.db.updateTable('intake_files').set({
      status: 'failed', format: error.format, error_code: error.code, error_message: error.message, updated_at: this.now().toISOString(),
    }).where('sha256', '=', sha256).execute();
  }

  async list(filter: { status?: IntakeStatus; limit: number }): Promise<IntakeFile[]> {
    const rows = await this.db.selectFrom('intake_files').selectAll()
      .$if(filter.status !== undefined, (q) => q.where('status', '=', filter.status ?? 'failed'))
      .orderBy('updated_at', 'desc').orderBy('sha256').limit(filter.limit).execute();
    return rows.map(toIntakeFile);
  }

  async counts(): Promise<Record<IntakeStatus, number>> {
    const rows = await this.db.selectFrom('intake_files').select((eb) => ['status', eb.cast<number>(eb.fn.countAll(), 'integer').as('n')]).groupBy('status').execute();
    const counts: Record<IntakeStatus, number> = { pending: 0, ingested: 0, failed: 0 };
    for (const r of rows) counts[r.status as IntakeStatus] = Number(r.n);
    return counts;
  }
}

export class KyselyPages implements PageRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async replace(sha256: string, pages: readonly StoredPage[]): Promise<void> {
    await this.db.deleteFrom('document_pages').where('sha256', '=', sha256).execute();
    if (pages.length === 0) return;
    await this.db.insertInto('document_pages')
      .values(pages.map((p) => ({ sha256, page: p.page, text: p.text, source: p.source, languages: p.languages.join(',') })))
      .execute();
  }

  async forDocument(sha256: string): Promise<StoredPage[]> {
    const rows = await this.db.selectFrom('document_pages').selectAll().where('sha256', '=', sha256).orderBy('page').execute();
    return rows.map((r) => ({ page: Number(r.page), text: r.text, source: r.source as StoredPage['source'], languages: splitList(r.languages) }));
  }
}
