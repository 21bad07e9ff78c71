import { sql, type Kysely } from 'kysely';
import type { Addressee, IsoDate, ReferenceType, Stance, Viewer } from '../../domain/index.js';
import type { StatsReply, StatsRow } from '../../stats/rows.js';
import type { Database } from '../schema.js';
import { GROUP, packedLetter, RECORD, UNIT } from '../stats-index-sql.js';
import type { StatsFilter, StatsRepository } from '../stats-ports.js';
import { toAddressee } from './rows.js';
import { communicationVisibleTo, inScope, replyVisibleTo } from './visibility-sql.js';

/** Up to this many queued letters are read by their ids; more (after a bulk load), through the queue itself. */
const QUEUED_LIST = 1000;

/**
 * The rows statistics are computed from. For the public and staff, from the statistics index
 * (stats-index-sql.ts): the filter's letters and their replies as two ranges of rows clustered by
 * addressee, with visibility in the SQL; letters queued for the indexer (their index rows may be
 * stale) are read from the tables instead, in the same transaction, so figures are always those
 * of the data as it is. Missions and mandate-holders, whose rights depend on each letter's
 * addressees and mandates, read from the tables. Mandates and addressees come in no particular
 * order (no figure depends on it).
 */
export class KyselyStats implements StatsRepository {
  /** `queuedList`: up to how many queued letters are read by their ids (tests make it small). */
  constructor(private readonly db: Kysely<Database>, private readonly queuedList = QUEUED_LIST) {}

  async rows(filter: StatsFilter, viewer: Viewer, today: IsoDate): Promise<StatsRow[]> {
    if (viewer.role === 'mission' || viewer.role === 'mandate-holder') return this.fromTables(this.db, filter, viewer, today, null);
    // One snapshot for all reads (a letter is never counted twice, nor missed, while the indexer runs). The
    // queued letters are listed first: usually none, so their query is not even planned (PostgreSQL would
    // otherwise start from the filter's letters and test each against the queue).
    const read = async (db: Kysely<Database>) => {
      const listed = (await sql<{ id: number | string }>`SELECT key / 2 AS id FROM search_dirty WHERE key % 2 = 0 LIMIT ${this.queuedList + 1}`.execute(db)).rows.map((r) => Number(r.id));
      const queued = listed.length > this.queuedList ? 'queued' : listed;
      return Promise.all([this.fromIndex(db, filter, viewer.role === 'public', today), listed.length === 0 ? [] : this.fromTables(db, filter, viewer, today, queued)]);
    };
    const [indexed, queued] = this.db.isTransaction ? await read(this.db) : await this.db.transaction().setIsolationLevel('repeatable read').execute(read);
    return queued.length === 0 ? indexed : [...indexed, ...queued];
  }

  async texts(ids: readonly number[]): Promise<Map<number, { readonly subject: string; readonly summary: string }>> {
    const out = new Map<number, { subject: string; summary: string }>();
    for (let i = 0; i < ids.length; i += 1000) {
      const rows = await this.db.selectFrom('communications').select(['id', 'subject', 'summary']).where('id', 'in', ids.slice(i, i + 1000)).execute();
      for (const r of rows) out.set(Number(r.id), { subject: r.subject, summary: r.summary });
    }
    return out;
  }

  private async fromIndex(db: Kysely<Database>, filter: StatsFilter, publicOnly: boolean, today: IsoDate): Promise<StatsRow[]> {
    const { state, mandateId, type, from, to, addresseeKind } = filter;
    const queued = sql`SELECT key / 2 FROM search_dirty WHERE key % 2 = 0`;
    const letters = db.selectFrom('stats_letters as s').select(['s.id', 's.packed'])
      .where('s.date_sent', '<=', today)
      .where(sql<boolean>`s.id NOT IN (${queued})`)
      .$if(state !== undefined, (q) => q.where('s.code', '=', state ?? ''))
      .$if(publicOnly, (q) => q.where('s.public_on', '<=', today))
      .$if(type !== undefined, (q) => q.where('s.type', 'in', [type ?? '', `J${type ?? ''}`]))
      .$if(from !== undefined, (q) => q.where('s.date_sent', '>=', from ?? ''))
      .$if(to !== undefined, (q) => q.where('s.date_sent', '<=', to ?? ''))
      .$if(addresseeKind !== undefined, (q) => q.where(addresseeKind === 'state' ? 's.to_state' : 's.to_other', '=', 1))
      .$if(mandateId !== undefined, (q) => q.where('s.id', 'in', db.selectFrom('communication_mandates as m').select('m.communication_id').where('m.mandate_id', '=', mandateId ?? '')));
    const replies = db.selectFrom('stats_replies as r').select(['r.communication_id', 'r.reply_id', 'r.date_received', 'r.stance'])
      .where('r.date_received', '<=', today)
      .$if(publicOnly, (q) => q.where('r.public_on', '<=', today))
      // A State's replies are one range; a narrower set's, those of its letters; else all (cheaper read whole).
      .$if(state !== undefined, (q) => q.where('r.code', '=', state ?? ''))
      .$if(state === undefined && (mandateId ?? type ?? from ?? to) !== undefined, (q) => q.where('r.communication_id', 'in', letters.clearSelect().select('s.id')));
    const parse = new RowParser();
    const out: StatsRow[] = [];
    const repliesOf = new Map<number, StatsReply[]>();
    for (const letter of await letters.execute()) {
      const id = Number(letter.id);
      if (repliesOf.has(id)) continue;
      const found: StatsReply[] = [];
      repliesOf.set(id, found);
      out.push(parse.packed(letter.packed, found));
    }
    // A State's replies come once each (the index's key); otherwise a reply is listed once per addressee code of
    // its letter, and a letter has a few replies at most: a look through them tells a repeat.
    for (const r of await replies.execute()) {
      const found = repliesOf.get(Number(r.communication_id));
      const id = Number(r.reply_id);
      if (!found || (state === undefined && found.some((known) => known.id === id))) continue;
      found.push({ id, dateReceived: r.date_received as IsoDate, stance: r.stance as Stance | null });
    }
    return out;
  }

  /** From the tables: everything (`only` null), these letters, or all those queued for the indexer. */
  private async fromTables(db: Kysely<Database>, filter: StatsFilter, viewer: Viewer, today: IsoDate, only: readonly number[] | 'queued' | null): Promise<StatsRow[]> {
    const { state, mandateId, type, from, to, addresseeKind } = filter;
    const rows = await db.selectFrom('communications')
      .select(['communications.id', sql<string>`${sql.raw(packedLetter('communications'))}`.as('packed')])
      .select((eb) => [
        eb.selectFrom('reply_links as l').innerJoin('replies', 'replies.id', 'l.reply_id').whereRef('l.communication_id', '=', 'communications.id')
          .where('replies.date_received', '<=', today).where(replyVisibleTo(viewer, today))
          .select(sql<string | null>`string_agg(replies.id || ' ' || replies.date_received || ' ' || coalesce(replies.stance, ''), ',')`.as('x')).as('replies'),
      ])
      .$if(only === 'queued', (q) => q.where(sql<boolean>`communications.id IN (SELECT key / 2 FROM search_dirty WHERE key % 2 = 0)`))
      .$if(Array.isArray(only), (q) => q.where('communications.id', 'in', Array.isArray(only) ? only : []))
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
    const parse = new RowParser();
    return rows.map((c) => parse.packed(c.packed, c.replies === null ? [] : c.replies.split(',').map(replyOf)));
  }
}

/**
 * Turns stored letters into rows. Most letters share their list of mandates and of addressees
 * with many others (a State's letters all name it): each distinct list is parsed once and shared.
 */
class RowParser {
  private readonly mandates = new Map<string, readonly string[]>();
  private readonly addressees = new Map<string, readonly Addressee[]>();

  /** A row from a letter's packed text (stats-index-sql.ts, `packed`), cut at its separators without an array between. */
  packed(text: string, replies: StatsReply[]): StatsRow {
    let at = 0;
    const next = (): string => {
      const end = text.indexOf(GROUP, at);
      const field = end < 0 ? text.slice(at) : text.slice(at, end);
      at = end < 0 ? text.length : end + 1;
      return field;
    };
    const id = Number(next()), type = next() as ReferenceType, code = next(), number = Number(next()), year = Number(next()), legacy = next(), dateSent = next() as IsoDate;
    const mandates = next(), addressees = next(), followsUp = next() === '1';
    return {
      id, reference: { type, code, number, year, legacy: legacy === '' ? null : legacy }, state: 'sent', dateSent,
      mandateIds: mandates === '' ? [] : this.shared(this.mandates, mandates, (t) => t.split(',')),
      addressees: addressees === '' ? [] : this.shared(this.addressees, addressees, (t) => t.split(RECORD).map(addresseeOf)),
      followsUp,
      replies,
    };
  }

  private shared<T>(lists: Map<string, readonly T[]>, text: string, parse: (text: string) => T[]): readonly T[] {
    let list = lists.get(text);
    if (list === undefined) lists.set(text, (list = Object.freeze(parse(text))));
    return list;
  }
}

function addresseeOf(text: string): Addressee {
  const [kind = '', code = '', ...name] = text.split(UNIT);
  return Object.freeze(toAddressee({ kind, code, name: name.join(UNIT) }));
}

function replyOf(text: string): StatsReply {
  const [id = '', date = '', stance = ''] = text.split(' ');
  return { id: Number(id), dateReceived: date as IsoDate, stance: stance === '' ? null : (stance as Stance) };
}
