import type { Kysely } from 'kysely';
import {
  checkAllocatedNumber, checkCommunicationInput, communicationPublicDate, MissiveError, replyDueDate, statusAt, formatReference,
  todayUtc, yearOf, type Communication, type FileRole, type IsoDate, type ReferenceData, type StoredDocument,
} from '../../domain/index.js';
import type { CommunicationChange, CommunicationListQuery, CommunicationRepository, CommunicationSummary, LinkableCommunication, NewCommunication } from '../ports.js';
import type { Database } from '../schema.js';
import { refreshPublicDate } from './links.js';
import { toAddressee, toAttachedFile, toCommunication, type CommunicationRow } from './rows.js';
import { communicationVisibleTo, inScope, onWorklist, replyVisibleTo } from './visibility-sql.js';

export class KyselyCommunications implements CommunicationRepository {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly ref: ReferenceData,
    private readonly now: () => Date,
    /** Runs work in a transaction of this store (or the current one). */
    private readonly inTransaction: <T>(work: (db: Kysely<Database>) => Promise<T>) => Promise<T>,
  ) {}

  async allocateNumber(code: string, year: number): Promise<number> {
    return allocate(this.db, code, year);
  }

  async linkable(): Promise<LinkableCommunication[]> {
    const [rows, mandates, addressees] = await Promise.all([
      this.db.selectFrom('communications').select(['id', 'code', 'number', 'year', 'type', 'legacy_reference', 'date_sent', 'subject', 'summary'])
        .where('state', '=', 'sent').orderBy('id').execute(),
      this.db.selectFrom('communication_mandates').select(['communication_id', 'mandate_id']).orderBy('communication_id').orderBy('position').execute(),
      this.db.selectFrom('communication_addressees').select(['communication_id', 'name']).where('position', '=', 0).execute(),
    ]);
    const mandatesOf = new Map<number, string[]>();
    for (const m of mandates) {
      const id = Number(m.communication_id);
      const list = mandatesOf.get(id);
      if (list) list.push(m.mandate_id);
      else mandatesOf.set(id, [m.mandate_id]);
    }
    const nameOf = new Map(addressees.map((a) => [Number(a.communication_id), a.name]));
    return rows.map((r) => ({
      id: Number(r.id), code: r.code, number: r.number, year: r.year, type: r.type, legacyReference: r.legacy_reference,
      addresseeName: nameOf.get(Number(r.id)) ?? r.code, dateSent: r.date_sent as IsoDate, mandateIds: mandatesOf.get(Number(r.id)) ?? [],
      subject: r.subject, summary: r.summary,
    }));
  }

  async create(input: NewCommunication): Promise<Communication> {
    checkCommunicationInput(input, this.ref);
    const first = input.addressees[0];
    if (!first) throw new MissiveError('INVALID_VALUE', 'addressees: a communication has at least one addressee', { field: 'addressees' });
    const year = input.year ?? (input.dateSent ? yearOf(input.dateSent) : yearOf(todayUtc(this.now())));
    const publication = input.publication ?? { publishedEarlyOn: null, confidentialHold: null };
    const stamp = this.now().toISOString();

    const id = await this.inTransaction(async (trx) => {
      const number = input.number === undefined ? await allocate(trx, first.code, year) : await reserve(trx, first.code, year, input.number);
      const existing = await trx.selectFrom('communications').select('id').where('code', '=', first.code).where('number', '=', number).where('year', '=', year).executeTakeFirst();
      if (existing) {
        throw new MissiveError('CONFLICT', `reference ${first.code} ${number}/${year} is already registered`, { value: `${first.code} ${number}/${year}`, field: 'reference' });
      }
      const row = await trx.insertInto('communications').values({
        type: input.type, code: first.code, number, year, legacy_reference: input.legacyReference ?? null,
        state: input.state, date_sent: input.dateSent,
        due_on: input.dateSent === null ? null : replyDueDate(input.dateSent),
        public_on: communicationPublicDate({ state: input.state, dateSent: input.dateSent, publication }),
        published_early_on: publication.publishedEarlyOn, confidential_reason: publication.confidentialHold?.reason ?? null,
        subject: input.subject, summary: input.summary, themes: (input.themes ?? []).map((t) => t.trim().replace(/,/g, ' ')).filter((t) => t.length > 0).join(','),
        language: input.language, created_at: stamp, updated_at: stamp,
      }).returning('id').executeTakeFirstOrThrow();
      const newId = Number(row.id);
      await trx.insertInto('communication_mandates').values(input.mandateIds.map((mandate_id, position) => ({ communication_id: newId, mandate_id, position }))).execute();
      await trx.insertInto('communication_addressees').values(input.addressees.map((a, position) => ({ communication_id: newId, position, kind: a.kind, code: a.code, name: a.name }))).execute();
      const followsUp = input.followsUp ?? [];
      if (followsUp.length > 0) {
        const found = await trx.selectFrom('communications').select('id').where('id', 'in', [...followsUp]).execute();
        const missing = followsUp.filter((f) => !found.some((r) => Number(r.id) === f));
        if (missing.length > 0) throw new MissiveError('NOT_FOUND', `followsUp: no communication with id ${missing.join(', ')}`, { value: missing, field: 'followsUp' });
        await trx.insertInto('communication_follow_ups').values(followsUp.map((follows_id) => ({ communication_id: newId, follows_id }))).execute();
      }
      return newId;
    });
    const created = await this.get(id);
    if (!created) throw new MissiveError('NOT_FOUND', `communication ${id} vanished after it was created`, { value: id });
    return created;
  }

  async update(id: number, change: CommunicationChange): Promise<Communication> {
    const before = await this.get(id);
    if (!before) throw new MissiveError('NOT_FOUND', `communication ${id} does not exist`, { value: id, field: 'id' });
    if (change.sent && before.state === 'sent') throw new MissiveError('CONFLICT', `${formatReference(before.reference)} was sent on ${before.dateSent ?? ''} already`, { field: 'dateSent', value: change.sent.on });
    const state = change.sent ? 'sent' : before.state;
    const dateSent = change.sent ? change.sent.on : before.dateSent;
    const publication = change.publication ?? before.publication;
    const stamp = this.now().toISOString();
    await this.inTransaction(async (trx) => {
      await trx.updateTable('communications').set({
        state, date_sent: dateSent, due_on: dateSent === null ? null : replyDueDate(dateSent),
        public_on: communicationPublicDate({ state, dateSent, publication }),
        published_early_on: publication.publishedEarlyOn, confidential_reason: publication.confidentialHold?.reason ?? null, updated_at: stamp,
      }).where('id', '=', id).execute();
      const replies = await trx.selectFrom('reply_links').select('reply_id').where('communication_id', '=', id).execute();
      for (const r of replies) await refreshPublicDate(trx, Number(r.reply_id), stamp);
    });
    const after = await this.get(id);
    if (!after) throw new MissiveError('NOT_FOUND', `communication ${id} vanished while it was changed`, { value: id });
    return after;
  }

  async get(id: number): Promise<Communication | null> {
    const row = await this.db.selectFrom('communications').selectAll().where('id', '=', id).executeTakeFirst();
    return row ? this.assemble(row) : null;
  }

  async followedBy(id: number): Promise<number[]> {
    const rows = await this.db.selectFrom('communication_follow_ups').select('communication_id').where('follows_id', '=', id).orderBy('communication_id').execute();
    return rows.map((r) => Number(r.communication_id));
  }

  async getByKey(code: string, number: number, year: number): Promise<Communication | null> {
    const row = await this.db.selectFrom('communications').selectAll()
      .where('code', '=', code).where('number', '=', number).where('year', '=', year).executeTakeFirst();
    return row ? this.assemble(row) : null;
  }

  async sentOn(code: string, date: IsoDate): Promise<number[]> {
    const rows = await this.db.selectFrom('communications').select('id').where('code', '=', code).where('date_sent', '=', date).orderBy('id').execute();
    return rows.map((r) => Number(r.id));
  }

  async list(query: CommunicationListQuery): Promise<CommunicationSummary[]> {
    const { viewer, today } = query;
    const rows = await this.db.selectFrom('communications')
      .selectAll('communications')
      .select((eb) => [
        eb.selectFrom('reply_links as l').innerJoin('replies', 'replies.id', 'l.reply_id')
          .whereRef('l.communication_id', '=', 'communications.id').where(replyVisibleTo(viewer, today))
          .select((e) => e.fn.min('replies.date_received').as('d')).as('first_reply'),
        eb.selectFrom('reply_links as l').innerJoin('replies', 'replies.id', 'l.reply_id')
          .whereRef('l.communication_id', '=', 'communications.id').where(replyVisibleTo(viewer, today))
          .select((e) => e.cast<number>(e.fn.countAll(), 'integer').as('n')).as('reply_count'),
      ])
      .where(communicationVisibleTo(viewer, today))
      .where(onWorklist(query.worklist, viewer, today))
      .where(inScope(query))
      .$if(query.code !== undefined, (q) => q.where('communications.code', '=', query.code ?? ''))
      .$if(query.worklist?.kind === 'due' || query.worklist?.kind === 'overdue', (q) => q.orderBy('communications.due_on', 'asc'))
      .orderBy('communications.date_sent', 'desc').orderBy('communications.id', 'desc')
      .limit(query.limit).offset(query.offset ?? 0)
      .execute();
    if (rows.length === 0) return [];
    const ids = rows.map((r) => Number(r.id));
    const [mandates, addressees] = await Promise.all([
      this.db.selectFrom('communication_mandates').selectAll().where('communication_id', 'in', ids).orderBy('position').execute(),
      this.db.selectFrom('communication_addressees').selectAll().where('communication_id', 'in', ids).orderBy('position').execute(),
    ]);
    return rows.map((r) => {
      const id = Number(r.id);
      const firstReply = r.first_reply as IsoDate | null;
      return {
        id,
        reference: formatReference({ type: r.type as Communication['reference']['type'], code: r.code, number: r.number, year: r.year, legacy: r.legacy_reference }),
        dateSent: r.date_sent as IsoDate | null,
        addressees: addressees.filter((a) => Number(a.communication_id) === id).map((a) => a.name),
        mandateIds: mandates.filter((m) => Number(m.communication_id) === id).map((m) => m.mandate_id),
        subject: r.subject,
        status: statusAt({ state: r.state as Communication['state'], dateSent: r.date_sent as IsoDate | null }, firstReply ? [firstReply] : [], today),
        replyCount: Number(r.reply_count ?? 0),
      };
    });
  }

  async count(query: Omit<CommunicationListQuery, 'limit' | 'offset'>): Promise<number> {
    const row = await this.db.selectFrom('communications')
      .select((eb) => eb.cast<number>(eb.fn.countAll(), 'integer').as('n'))
      .where(communicationVisibleTo(query.viewer, query.today))
      .where(onWorklist(query.worklist, query.viewer, query.today))
      .where(inScope(query))
      .$if(query.code !== undefined, (q) => q.where('communications.code', '=', query.code ?? ''))
      .executeTakeFirstOrThrow();
    return Number(row.n);
  }

  async attachFile(communicationId: number, document: StoredDocument, role: FileRole): Promise<void> {
    await this.db.insertInto('communication_files').values({ communication_id: communicationId, sha256: document.sha256, role })
      .onConflict((oc) => oc.doNothing()).execute();
  }

  private async assemble(row: CommunicationRow): Promise<Communication> {
    const id = Number(row.id);
    const [mandates, addressees, followUps, files] = await Promise.all([
      this.db.selectFrom('communication_mandates').select('mandate_id').where('communication_id', '=', id).orderBy('position').execute(),
      this.db.selectFrom('communication_addressees').selectAll().where('communication_id', '=', id).orderBy('position').execute(),
      this.db.selectFrom('communication_follow_ups').select('follows_id').where('communication_id', '=', id).orderBy('follows_id').execute(),
      this.db.selectFrom('communication_files').innerJoin('documents', 'documents.sha256', 'communication_files.sha256')
        .select(['documents.sha256', 'mime', 'size', 'filename', 'role']).where('communication_id', '=', id).orderBy('documents.sha256').execute(),
    ]);
    return toCommunication(row, {
      mandateIds: mandates.map((m) => m.mandate_id),
      addressees: addressees.map(toAddressee),
      followsUp: followUps.map((f) => Number(f.follows_id)),
      files: files.map(toAttachedFile),
    });
  }
}

/** One atomic statement: the row lock (PostgreSQL) or write lock (SQLite) serializes allocations. */
async function allocate(db: Kysely<Database>, code: string, year: number): Promise<number> {
  const row = await db.insertInto('reference_counters').values({ code, year, last_number: 1 })
    .onConflict((oc) => oc.columns(['code', 'year']).doUpdateSet((eb) => ({ last_number: eb('reference_counters.last_number', '+', 1) })))
    .returning('last_number').executeTakeFirstOrThrow();
  return checkAllocatedNumber(Number(row.last_number), code, year);
}

/** An explicit number (import) moves the counter past it, so later allocations never collide. */
async function reserve(db: Kysely<Database>, code: string, year: number, number: number): Promise<number> {
  checkAllocatedNumber(number, code, year);
  await db.insertInto('reference_counters').values({ code, year, last_number: number })
    .onConflict((oc) => oc.columns(['code', 'year']).doUpdateSet((eb) => ({
      last_number: eb.case().when('reference_counters.last_number', '<', number).then(number).else(eb.ref('reference_counters.last_number')).end(),
    })))
    .execute();
  return number;
}
