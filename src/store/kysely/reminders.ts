import type { Kysely } from 'kysely';
import { formatReference, type IsoDate, type ReferenceType } from '../../domain/index.js';
import type { Deadline, ReminderKind, ReminderRepository, SentReminder } from '../reminder-ports.js';
import type { Database } from '../schema.js';
import { replyVisibleTo } from './visibility-sql.js';

/** Keeps every `IN (…)` list and multi-row insert well under both databases' parameter limits. */
const CHUNK = 500;

function chunks<T>(items: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += CHUNK) out.push(items.slice(i, i + CHUNK));
  return out;
}

/** The reminders already sent (one per communication, kind and address) and the deadlines reminders are about. */
export class KyselyReminders implements ReminderRepository {
  constructor(private readonly db: Kysely<Database>, private readonly now: () => Date) {}

  async sentAbout(communicationIds: readonly number[]): Promise<SentReminder[]> {
    const out: SentReminder[] = [];
    for (const ids of chunks([...new Set(communicationIds)])) {
      const rows = await this.db.selectFrom('reminders_sent').select(['communication_id', 'kind', 'recipient']).where('communication_id', 'in', ids).execute();
      for (const r of rows) out.push({ communicationId: Number(r.communication_id), kind: r.kind as ReminderKind, recipient: r.recipient });
    }
    return out;
  }

  async markSent(reminders: readonly SentReminder[]): Promise<number> {
    const sentAt = this.now().toISOString();
    let added = 0;
    for (const part of chunks(reminders)) {
      const result = await this.db.insertInto('reminders_sent')
        .values(part.map((r) => ({ communication_id: r.communicationId, kind: r.kind, recipient: r.recipient.toLowerCase(), sent_at: sentAt })))
        .onConflict((oc) => oc.columns(['communication_id', 'kind', 'recipient']).doNothing())
        .executeTakeFirst();
      added += Number(result.numInsertedOrUpdatedRows ?? 0n);
    }
    return added;
  }

  async addressedStates(communicationIds: readonly number[]): Promise<Map<number, string[]>> {
    const states = new Map<number, string[]>();
    for (const ids of chunks([...new Set(communicationIds)])) {
      const rows = await this.db.selectFrom('communication_addressees').select(['communication_id', 'code'])
        .where('communication_id', 'in', ids).where('kind', '=', 'state').orderBy('communication_id').orderBy('position').execute();
      for (const r of rows) {
        const id = Number(r.communication_id);
        const list = states.get(id);
        if (list) list.push(r.code);
        else states.set(id, [r.code]);
      }
    }
    return states;
  }

  async deadlines(stateCode: string, from: IsoDate, today: IsoDate): Promise<Deadline[]> {
    const mission = { role: 'mission', stateCode } as const;
    const rows = await this.db.selectFrom('communications')
      .select(['communications.id', 'type', 'code', 'number', 'year', 'legacy_reference', 'subject', 'date_sent', 'due_on'])
      .select((eb) => eb.selectFrom('reply_links as l').innerJoin('replies', 'replies.id', 'l.reply_id')
        .whereRef('l.communication_id', '=', 'communications.id').where('replies.date_received', '<=', today).where(replyVisibleTo(mission, today))
        .select((e) => e.fn.min('replies.date_received').as('d')).as('first_reply'))
      .where('state', '=', 'sent').where('date_sent', '<=', today).where('due_on', '>=', from)
      .where((eb) => eb.exists(eb.selectFrom('communication_addressees as a').select('a.position')
        .whereRef('a.communication_id', '=', 'communications.id').where('a.kind', '=', 'state').where('a.code', '=', stateCode)))
      .orderBy('due_on').orderBy('communications.id')
      .execute();
    return rows.map((r) => ({
      communicationId: Number(r.id),
      reference: formatReference({ type: r.type as ReferenceType, code: r.code, number: r.number, year: r.year, legacy: r.legacy_reference }),
      subject: r.subject,
      dateSent: r.date_sent as IsoDate,
      dueOn: r.due_on as IsoDate,
      firstReply: (r.first_reply ?? null) as IsoDate | null,
    }));
  }
}
