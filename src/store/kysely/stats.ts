import { sql, type Kysely } from 'kysely';
import type { Addressee, IsoDate, ReferenceType, Stance, Viewer } from '../../domain/index.js';
import type { StatsReply, StatsRow } from '../../stats/rows.js';
import type { Database } from '../schema.js';
import type { StatsFilter, StatsRepository } from '../stats-ports.js';
import { toAddressee } from './rows.js';
import { communicationVisibleTo, inScope, replyVisibleTo } from './visibility-sql.js';

/** Separators inside the aggregated columns: ASCII unit and record separators, which no field holds. */
const UNIT = '\u001f';
const RECORD = '\u001e';

/**
 * The rows statistics are computed from, in one query: the communications of the filter that the
 * viewer sees, each with its mandates, addressees and the replies the viewer sees aggregated into
 * text by correlated subqueries (`string_agg`, in PostgreSQL and in SQLite ≥ 3.44). One row per
 * communication keeps the work to one index seek per table and letter, which is what makes a
 * State's statistics fast at 200,000 communications (bench/stats.ts); mandates and addressees
 * come in no particular order (an ORDER BY inside the aggregates costs a sort per letter, and no
 * figure depends on the order).
 */
export class KyselyStats implements StatsRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async rows(filter: StatsFilter, viewer: Viewer, today: IsoDate): Promise<StatsRow[]> {
    const { state, mandateId, type, from, to, addresseeKind } = filter;
    const rows = await this.db.selectFrom('communications')
      .select(['communications.id', 'communications.type', 'communications.code', 'communications.number', 'communications.year',
        'communications.legacy_reference', 'communications.state', 'communications.date_sent', 'communications.subject', 'communications.summary'])
      .select((eb) => [
        eb.selectFrom('communication_mandates as m').whereRef('m.communication_id', '=', 'communications.id')
          .select(sql<string | null>`string_agg(m.mandate_id, ',')`.as('x')).as('mandates'),
        eb.selectFrom('communication_addressees as a').whereRef('a.communication_id', '=', 'communications.id')
          .select(sql<string | null>`string_agg(a.kind || ${UNIT} || a.code || ${UNIT} || a.name, ${RECORD})`.as('x')).as('addressees'),
        eb.selectFrom('reply_links as l').innerJoin('replies', 'replies.id', 'l.reply_id').whereRef('l.communication_id', '=', 'communications.id')
          .where('replies.date_received', '<=', today).where(replyVisibleTo(viewer, today))
          .select(sql<string | null>`string_agg(replies.id || ' ' || replies.date_received || ' ' || coalesce(replies.stance, ''), ',')`.as('x')).as('replies'),
      ])
      // Drafts and letters sent after the reference day never count (docs/statistics.md): not read at all.
      .where('communications.state', '=', 'sent')
      .where('communications.date_sent', '<=', today)
      .where(communicationVisibleTo(viewer, today))
      .where(inScope({ ...(state === undefined ? {} : { addressee: state }), ...(mandateId === undefined ? {} : { mandateIds: [mandateId] }) }))
      .$if(type !== undefined, (q) => q.where('communications.type', 'in', [type ?? '', `J${type ?? ''}`]))
      .$if(from !== undefined, (q) => q.where('communications.date_sent', '>=', from ?? ''))
      .$if(to !== undefined, (q) => q.where('communications.date_sent', '<=', to ?? ''))
      .$if(addresseeKind !== undefined, (q) => q.where((eb) => eb.exists(eb.selectFrom('communication_addressees as k').select('k.position')
        .whereRef('k.communication_id', '=', 'communications.id').where('k.kind', addresseeKind === 'state' ? '=' : '<>', 'state'))))
      .execute();
    return rows.map((c): StatsRow => ({
      id: Number(c.id),
      reference: { type: c.type as ReferenceType, code: c.code, number: Number(c.number), year: Number(c.year), legacy: c.legacy_reference },
      state: c.state === 'sent' ? 'sent' : 'draft',
      dateSent: c.date_sent as IsoDate | null,
      subject: c.subject,
      summary: c.summary,
      mandateIds: c.mandates === null ? [] : c.mandates.split(','),
      addressees: c.addressees === null ? [] : c.addressees.split(RECORD).map(addresseeOf),
      replies: c.replies === null ? [] : c.replies.split(',').map(replyOf),
    }));
  }
}

function addresseeOf(text: string): Addressee {
  const [kind = '', code = '', ...name] = text.split(UNIT);
  return toAddressee({ kind, code, name: name.join(UNIT) });
}

function replyOf(text: string): StatsReply {
  const [id = '', date = '', stance = ''] = text.split(' ');
  return { id: Number(id), dateReceived: date as IsoDate, stance: stance === '' ? null : (stance as Stance) };
}
