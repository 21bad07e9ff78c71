import type { Kysely } from 'kysely';
import {
  checkReplyInput, MissiveError, replyPublicDate, type FileRole, type IsoDate, type ReferenceData, type Reply, type StoredDocument,
} from '../../domain/index.js';
import type { NewReply, ReplyRepository, ReplyReview } from '../ports.js';
import { refreshPublicDate } from './links.js';
import type { Database } from '../schema.js';
import { toAttachedFile, toReply, toReplyLink, type ReplyRow } from './rows.js';

export class KyselyReplies implements ReplyRepository {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly ref: ReferenceData,
    private readonly now: () => Date,
    private readonly inTransaction: <T>(work: (db: Kysely<Database>) => Promise<T>) => Promise<T>,
  ) {}

  async create(input: NewReply): Promise<Reply> {
    checkReplyInput(input, this.ref);
    input.links.forEach((l, i) => {
      if (l.score !== null && !(l.score >= 0 && l.score <= 1)) {
        throw new MissiveError('INVALID_VALUE', `links[${i}].score: ${l.score} is not in [0, 1]`, { value: l.score, field: `links[${i}].score` });
      }
    });
    const stamp = this.now().toISOString();
    const id = await this.inTransaction(async (trx) => {
      const answered = await answeredCommunications(trx, input.links.map((l) => l.communicationId));
      const row = await trx.insertInto('replies').values({
        sender_kind: input.sender.kind, sender_code: input.sender.code, sender_name: input.sender.name,
        note_number: input.noteNumber, date_on_note: input.dateOnNote, date_received: input.dateReceived,
        languages: input.languages.join(','), stance: input.stance, confidential: input.confidential ? 1 : 0,
        review: input.pendingReview ? 'pending' : 'confirmed', submitted_by: input.pendingReview?.submittedBy ?? null,
        confidentiality_requested: input.pendingReview?.confidentialityRequested ? 1 : 0,
        public_on: replyPublicDate({ ...input, review: input.pendingReview ? 'pending' : 'confirmed' }, answered), created_at: stamp, updated_at: stamp,
      }).returning('id').executeTakeFirstOrThrow();
      const replyId = Number(row.id);
      if (input.links.length > 0) {
        await trx.insertInto('reply_links').values(input.links.map((l) => ({
          reply_id: replyId, communication_id: l.communicationId, origin: l.origin, score: l.score,
          confirmed_by: l.confirmedBy, confirmed_at: l.confirmedBy === null ? null : stamp, created_at: stamp,
        }))).execute();
      }
      return replyId;
    });
    const created = await this.get(id);
    if (!created) throw new MissiveError('NOT_FOUND', `reply ${id} vanished after it was created`, { value: id });
    return created;
  }

  async pending(limit: number): Promise<Reply[]> {
    const rows = await this.db.selectFrom('replies').selectAll().where('review', '=', 'pending').orderBy('id').limit(limit).execute();
    return Promise.all(rows.map((r) => this.assemble(r)));
  }

  async sentBy(stateCode: string, limit: number): Promise<Reply[]> {
    const rows = await this.db.selectFrom('replies').selectAll().where('sender_code', '=', stateCode).orderBy('date_received', 'desc').orderBy('id', 'desc').limit(limit).execute();
    return Promise.all(rows.map((r) => this.assemble(r)));
  }

  async confirm(replyId: number, review: ReplyReview): Promise<Reply> {
    checkReplyInput({ sender: review.sender, languages: ['en'], stance: review.stance }, this.ref);
    if (review.communicationIds.length === 0) throw new MissiveError('INVALID_VALUE', 'communications: a confirmed reply answers at least one communication', { field: 'communications' });
    const stamp = this.now().toISOString();
    await this.inTransaction(async (trx) => {
      const found = await trx.selectFrom('replies').select('id').where('id', '=', replyId).executeTakeFirst();
      if (!found) throw new MissiveError('NOT_FOUND', `reply ${replyId} does not exist`, { value: replyId, field: 'id' });
      const known = await answeredCommunications(trx, [...review.communicationIds]);
      if (known.length !== new Set(review.communicationIds).size) throw new MissiveError('NOT_FOUND', 'communications: one of them does not exist', { field: 'communications', value: review.communicationIds });
      await trx.updateTable('replies').set({
        sender_kind: review.sender.kind, sender_code: review.sender.code, sender_name: review.sender.name, note_number: review.noteNumber,
        date_on_note: review.dateOnNote, stance: review.stance, confidential: review.confidential ? 1 : 0, review: 'confirmed', updated_at: stamp,
      }).where('id', '=', replyId).execute();
      await trx.deleteFrom('reply_links').where('reply_id', '=', replyId).where('communication_id', 'not in', [...review.communicationIds]).execute();
      for (const communicationId of new Set(review.communicationIds)) {
        await trx.insertInto('reply_links').values({ reply_id: replyId, communication_id: communicationId, origin: 'manual', score: null, confirmed_by: review.by, confirmed_at: stamp, created_at: stamp })
          .onConflict((oc) => oc.columns(['reply_id', 'communication_id']).doUpdateSet({ origin: 'manual', confirmed_by: review.by, confirmed_at: stamp })).execute();
      }
      await trx.deleteFrom('link_reviews').where('reply_id', '=', replyId).execute();
      await refreshPublicDate(trx, replyId, stamp);
    });
    const confirmed = await this.get(replyId);
    if (!confirmed) throw new MissiveError('NOT_FOUND', `reply ${replyId} vanished while it was confirmed`, { value: replyId });
    return confirmed;
  }

  async findByNote(senderCode: string, noteNumber: string, dateOnNote: IsoDate): Promise<Reply | null> {
    const row = await this.db.selectFrom('replies').selectAll()
      .where('sender_code', '=', senderCode).where('note_number', '=', noteNumber).where('date_on_note', '=', dateOnNote)
      .orderBy('id').executeTakeFirst();
    return row ? this.assemble(row) : null;
  }

  async get(id: number): Promise<Reply | null> {
    const row = await this.db.selectFrom('replies').selectAll().where('id', '=', id).executeTakeFirst();
    return row ? this.assemble(row) : null;
  }

  async forCommunication(communicationId: number): Promise<Reply[]> {
    const rows = await this.db.selectFrom('replies').selectAll('replies')
      .innerJoin('reply_links', 'reply_links.reply_id', 'replies.id')
      .where('reply_links.communication_id', '=', communicationId)
      .orderBy('replies.date_received').orderBy('replies.id').execute();
    return Promise.all(rows.map((r) => this.assemble(r)));
  }

  async attachFile(replyId: number, document: StoredDocument, role: FileRole): Promise<void> {
    await this.db.insertInto('reply_files').values({ reply_id: replyId, sha256: document.sha256, role })
      .onConflict((oc) => oc.doNothing()).execute();
  }

  async count(): Promise<number> {
    const row = await this.db.selectFrom('replies').select((eb) => eb.cast<number>(eb.fn.countAll(), 'integer').as('n')).executeTakeFirstOrThrow();
    return Number(row.n);
  }

  private async assemble(row: ReplyRow): Promise<Reply> {
    const id = Number(row.id);
    const [links, files] = await Promise.all([
      this.db.selectFrom('reply_links').selectAll().where('reply_id', '=', id).orderBy('communication_id').execute(),
      this.db.selectFrom('reply_files').innerJoin('documents', 'documents.sha256', 'reply_files.sha256')
        .select(['documents.sha256', 'mime', 'size', 'filename', 'role']).where('reply_id', '=', id).orderBy('documents.sha256').execute(),
    ]);
    return toReply(row, links.map(toReplyLink), files.map(toAttachedFile));
  }
}

async function answeredCommunications(db: Kysely<Database>, ids: readonly number[]) {
  if (ids.length === 0) return [];
  const rows = await db.selectFrom('communications').select(['id', 'state', 'date_sent', 'published_early_on', 'confidential_reason'])
    .where('id', 'in', [...ids]).execute();
  const missing = ids.filter((id) => !rows.some((r) => Number(r.id) === id));
  if (missing.length > 0) throw new MissiveError('NOT_FOUND', `links: no communication with id ${missing.join(', ')}`, { value: missing, field: 'links' });
  return rows.map((r) => ({
    state: r.state as 'draft' | 'sent',
    dateSent: r.date_sent as IsoDate | null,
    publication: {
      publishedEarlyOn: r.published_early_on as IsoDate | null,
      confidentialHold: r.confidential_reason === null ? null : { reason: r.confidential_reason },
    },
  }));
}
