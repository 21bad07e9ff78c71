import type { Kysely } from 'kysely';
import { replyPublicDate, type IsoDate, type Stance } from '../../domain/index.js';
import type { LinkCandidate, LinkChange, LinkRepository } from '../ports.js';
import type { Database } from '../schema.js';

export class KyselyLinks implements LinkRepository {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly now: () => Date,
    private readonly inTransaction: <T>(work: (db: Kysely<Database>) => Promise<T>) => Promise<T>,
  ) {}

  async link(input: { replyId: number; communicationId: number; origin: 'manual' | 'automatic'; score: number | null; by: string | null }): Promise<LinkChange> {
    return this.inTransaction(async (trx) => {
      const existing = await trx.selectFrom('reply_links').selectAll().where('reply_id', '=', input.replyId).where('communication_id', '=', input.communicationId).executeTakeFirst();
      const stamp = this.now().toISOString();
      if (input.origin === 'automatic') {
        if (existing) return 'unchanged';
        const rejected = await trx.selectFrom('link_rejections').select('reply_id').where('reply_id', '=', input.replyId).where('communication_id', '=', input.communicationId).executeTakeFirst();
        if (rejected) return 'refused';
      } else {
        await trx.deleteFrom('link_rejections').where('reply_id', '=', input.replyId).where('communication_id', '=', input.communicationId).execute();
        if (existing?.origin === 'manual') return 'unchanged';
        if (existing) {
          // A person confirming an automatic link makes it theirs; the score stays as evidence.
          await trx.updateTable('reply_links').set({ origin: 'manual', confirmed_by: input.by, confirmed_at: stamp })
            .where('reply_id', '=', input.replyId).where('communication_id', '=', input.communicationId).execute();
          return 'created';
        }
      }
      await trx.insertInto('reply_links').values({
        reply_id: input.replyId, communication_id: input.communicationId, origin: input.origin, score: input.score,
        confirmed_by: input.origin === 'manual' ? input.by : null, confirmed_at: input.origin === 'manual' ? stamp : null, created_at: stamp,
      }).execute();
      await trx.deleteFrom('link_reviews').where('reply_id', '=', input.replyId).execute();
      await refreshPublicDate(trx, input.replyId, stamp);
      return 'created';
    });
  }

  async unlink(replyId: number, communicationId: number, by: string): Promise<boolean> {
    return this.inTransaction(async (trx) => {
      const stamp = this.now().toISOString();
      const removed = await trx.deleteFrom('reply_links').where('reply_id', '=', replyId).where('communication_id', '=', communicationId).executeTakeFirst();
      await trx.insertInto('link_rejections').values({ reply_id: replyId, communication_id: communicationId, rejected_by: by, rejected_at: stamp })
        .onConflict((oc) => oc.columns(['reply_id', 'communication_id']).doUpdateSet({ rejected_by: by, rejected_at: stamp })).execute();
      await refreshPublicDate(trx, replyId, stamp);
      return Number(removed.numDeletedRows) > 0;
    });
  }

  async unlinkedReplyIds(): Promise<number[]> {
    const rows = await this.db.selectFrom('replies').select('id')
      .where((eb) => eb.not(eb.exists(eb.selectFrom('reply_links').select('reply_id').whereRef('reply_links.reply_id', '=', 'replies.id'))))
      .orderBy('date_received').orderBy('id').execute();
    return rows.map((r) => Number(r.id));
  }

  async rejectedFor(replyId: number): Promise<number[]> {
    const rows = await this.db.selectFrom('link_rejections').select('communication_id').where('reply_id', '=', replyId).orderBy('communication_id').execute();
    return rows.map((r) => Number(r.communication_id));
  }

  async allRejections(): Promise<Set<string>> {
    const rows = await this.db.selectFrom('link_rejections').select(['reply_id', 'communication_id']).execute();
    return new Set(rows.map((r) => `${Number(r.reply_id)}:${Number(r.communication_id)}`));
  }

  async queueForReview(replyId: number, candidates: readonly LinkCandidate[]): Promise<'created' | 'updated' | 'unchanged'> {
    const value = JSON.stringify(candidates.map((c) => ({ communicationId: c.communicationId, score: Math.round(c.score * 1e4) / 1e4, reasons: c.reasons })));
    const existing = await this.db.selectFrom('link_reviews').select('candidates').where('reply_id', '=', replyId).executeTakeFirst();
    if (existing?.candidates === value) return 'unchanged';
    await this.db.insertInto('link_reviews').values({ reply_id: replyId, candidates: value, created_at: this.now().toISOString() })
      .onConflict((oc) => oc.column('reply_id').doUpdateSet({ candidates: value })).execute();
    return existing ? 'updated' : 'created';
  }

  async clearReview(replyId: number): Promise<void> {
    await this.db.deleteFrom('link_reviews').where('reply_id', '=', replyId).execute();
  }

  async reviewQueue(limit: number): Promise<{ replyId: number; candidates: LinkCandidate[] }[]> {
    const rows = await this.db.selectFrom('link_reviews').selectAll().orderBy('created_at').orderBy('reply_id').limit(limit).execute();
    return rows.map((r) => ({ replyId: Number(r.reply_id), candidates: JSON.parse(r.candidates) as LinkCandidate[] }));
  }

  async reviewOf(replyId: number): Promise<LinkCandidate[] | null> {
    const row = await this.db.selectFrom('link_reviews').select('candidates').where('reply_id', '=', replyId).executeTakeFirst();
    return row ? (JSON.parse(row.candidates) as LinkCandidate[]) : null;
  }

  async setAutoStance(replyId: number, stance: Stance | null, evidence: readonly string[]): Promise<void> {
    await this.db.updateTable('replies').set({ stance_auto: stance, stance_evidence: JSON.stringify(evidence) }).where('id', '=', replyId).execute();
  }
}

/** A reply's public date follows the communications it answers, so it is recomputed when its links change. */
export async function refreshPublicDate(db: Kysely<Database>, replyId: number, stamp: string): Promise<void> {
  const reply = await db.selectFrom('replies').select(['date_received', 'confidential', 'review']).where('id', '=', replyId).executeTakeFirst();
  if (!reply) return;
  const answered = await db.selectFrom('reply_links').innerJoin('communications', 'communications.id', 'reply_links.communication_id')
    .select(['state', 'date_sent', 'published_early_on', 'confidential_reason']).where('reply_links.reply_id', '=', replyId).execute();
  const publicOn = replyPublicDate({ dateReceived: reply.date_received as IsoDate, confidential: reply.confidential === 1, review: reply.review === 'pending' ? 'pending' : 'confirmed' }, answered.map((c) => ({
    state: c.state as 'draft' | 'sent', dateSent: c.date_sent as IsoDate | null,
    publication: { publishedEarlyOn: c.published_early_on as IsoDate | null, confidentialHold: c.confidential_reason === null ? null : { reason: c.confidential_reason } },
  })));
  await db.updateTable('replies').set({ public_on: publicOn, updated_at: stamp }).where('id', '=', replyId).execute();
}
