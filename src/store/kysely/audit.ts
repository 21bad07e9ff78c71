import type { Kysely, Selectable } from 'kysely';
import type { AuditEntry, AuditRepository, NewAuditEntry } from '../account-ports.js';
import type { Database } from '../schema.js';

const json = (value: unknown): string | null => (value === null || value === undefined ? null : JSON.stringify(value));
const parsed = (text: string | null): unknown => (text === null ? null : JSON.parse(text));

function entry(r: Selectable<Database['audit_log']>): AuditEntry {
  return { id: Number(r.id), at: r.at, actor: r.actor, action: r.action, subjectKind: r.subject_kind, subjectId: r.subject_id, before: parsed(r.before), after: parsed(r.after) };
}

/** The append-only audit log (its triggers refuse updates and deletes). */
export class KyselyAudit implements AuditRepository {
  constructor(private readonly db: Kysely<Database>, private readonly now: () => Date) {}

  async append(e: NewAuditEntry): Promise<AuditEntry> {
    const row = await this.db.insertInto('audit_log').values({
      at: this.now().toISOString(), actor: e.actor, action: e.action, subject_kind: e.subjectKind, subject_id: e.subjectId, before: json(e.before), after: json(e.after),
    }).returningAll().executeTakeFirstOrThrow();
    return entry(row);
  }

  async list(filter: { readonly after: number; readonly limit: number; readonly subjectKind?: string; readonly subjectId?: string; readonly actor?: string }): Promise<AuditEntry[]> {
    let q = this.db.selectFrom('audit_log').selectAll().where('id', '>', filter.after);
    if (filter.subjectKind !== undefined) q = q.where('subject_kind', '=', filter.subjectKind);
    if (filter.subjectId !== undefined) q = q.where('subject_id', '=', filter.subjectId);
    if (filter.actor !== undefined) q = q.where('actor', '=', filter.actor);
    return (await q.orderBy('id').limit(filter.limit).execute()).map(entry);
  }
}
