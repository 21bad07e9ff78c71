import { sql, type ExpressionBuilder, type Expression, type SqlBool } from 'kysely';
import { addDays, type IsoDate, type Viewer } from '../../domain/index.js';
import type { Worklist } from '../ports.js';
import type { Database } from '../schema.js';

/**
 * The SQL twin of domain/visibility.ts, applied inside every query so that what a viewer may
 * not see is never loaded, counted or faceted. `public_on` is maintained by the domain rules.
 */
export function communicationVisibleTo(
  viewer: Viewer,
  today: IsoDate,
): (eb: ExpressionBuilder<Database, 'communications'>) => Expression<SqlBool> {
  return (eb) => {
    const isPublic = eb('communications.public_on', '<=', today);
    switch (viewer.role) {
      case 'admin':
      case 'secretariat':
        return sql<SqlBool>`1 = 1`;
      case 'public':
        return isPublic;
      case 'mission':
        return eb.or([
          isPublic,
          eb.and([
            eb.exists(eb.selectFrom('communication_addressees as a').select('a.position')
              .whereRef('a.communication_id', '=', 'communications.id').where('a.code', '=', viewer.stateCode)),
            eb('communications.state', '=', 'sent'), eb('communications.date_sent', '<=', today),
          ]),
        ]);
      case 'mandate-holder':
        return viewer.mandateIds.length === 0 ? isPublic : eb.or([
          isPublic,
          eb.exists(eb.selectFrom('communication_mandates as m').select('m.position')
            .whereRef('m.communication_id', '=', 'communications.id').where('m.mandate_id', 'in', [...viewer.mandateIds])),
        ]);
    }
  };
}

/** Replies follow their communications; the public sees only replies whose own public date has come. */
export function replyVisibleTo(viewer: Viewer, today: IsoDate): (eb: ExpressionBuilder<Database, 'replies'>) => Expression<SqlBool> {
  return (eb) => {
    switch (viewer.role) {
      case 'admin':
      case 'secretariat':
        return sql<SqlBool>`1 = 1`;
      case 'public':
        return eb('replies.public_on', '<=', today);
      case 'mission':
        return eb.or([eb('replies.public_on', '<=', today), eb('replies.sender_code', '=', viewer.stateCode)]);
      case 'mandate-holder':
        return viewer.mandateIds.length === 0 ? eb('replies.public_on', '<=', today) : eb.or([
          eb('replies.public_on', '<=', today),
          eb.exists(eb.selectFrom('reply_links as l').innerJoin('communication_mandates as m', 'm.communication_id', 'l.communication_id')
            .select('l.reply_id').whereRef('l.reply_id', '=', 'replies.id').where('m.mandate_id', 'in', [...viewer.mandateIds])),
        ]);
    }
  };
}

/** The condition of a work list (ports.ts `Worklist`), or none. */
export function onWorklist(list: Worklist | undefined, viewer: Viewer, today: IsoDate): (eb: ExpressionBuilder<Database, 'communications'>) => Expression<SqlBool> {
  return (eb) => {
    if (list === undefined) return sql<SqlBool>`1 = 1`;
    if (list.kind === 'published') return eb.and([eb('communications.public_on', '<=', today), eb('communications.public_on', '>', addDays(today, -list.days))]);
    const answered = eb.exists(eb.selectFrom('reply_links as l').innerJoin('replies', 'replies.id', 'l.reply_id').select('l.reply_id')
      .whereRef('l.communication_id', '=', 'communications.id').where('replies.date_received', '<=', today).where(replyVisibleTo(viewer, today)));
    const sent = eb.and([eb('communications.state', '=', 'sent'), eb('communications.date_sent', '<=', today)]);
    const due = list.kind === 'overdue' ? eb('communications.due_on', '<', today)
      : eb.and([eb('communications.due_on', '>=', today), eb('communications.due_on', '<=', addDays(today, list.days))]);
    return eb.and([sent, due, eb.not(answered)]);
  };
}

/** A listing's own narrowing: one addressee, some mandates (not visibility: that is applied beside it). */
export function inScope(query: { readonly addressee?: string; readonly mandateIds?: readonly string[] }): (eb: ExpressionBuilder<Database, 'communications'>) => Expression<SqlBool> {
  return (eb) => {
    const parts: Expression<SqlBool>[] = [];
    // As IN-lists (not correlated EXISTS), so the database starts from the few rows of the scope.
    if (query.addressee !== undefined) {
      parts.push(eb('communications.id', 'in', eb.selectFrom('communication_addressees as sa').select('sa.communication_id').where('sa.code', '=', query.addressee)));
    }
    if (query.mandateIds !== undefined) {
      parts.push(query.mandateIds.length === 0 ? sql<SqlBool>`1 = 0` : eb('communications.id', 'in', eb.selectFrom('communication_mandates as sm').select('sm.communication_id').where('sm.mandate_id', 'in', [...query.mandateIds])));
    }
    return parts.length === 0 ? sql<SqlBool>`1 = 1` : eb.and(parts);
  };
}
