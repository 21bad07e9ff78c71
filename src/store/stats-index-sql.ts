/**
 * The statistics index: what statistics read of each sent communication, kept clustered by the
 * State (or other addressee) it went to, so that a State's figures are one range of rows, not
 * one lookup per letter (bench/stats: the largest State at 200,000 letters). It is derived data,
 * refreshed by the search indexer in the same transaction as a record's search entry: a
 * communication queued for the indexer (`search_dirty`) is read from the tables instead until
 * then, so figures are always those of the data as it is.
 *
 * `stats_letters`: one row per letter and addressee code; `stats_replies`: one row per letter,
 * addressee code and linked reply (every reply: visibility is applied when reading).
 */

/** Separators inside the aggregated columns: ASCII unit, record and group separators, which no field holds. */
export const UNIT = '\u001f';
export const RECORD = '\u001e';
export const GROUP = '\u001d';

/**
 * A letter's row as statistics read it, in one text (`packed`): id, type, reference code, number,
 * year, legacy reference, date sent, mandates (comma-separated), addressees (kind, code and name
 * by UNIT, one after another by RECORD), whether it follows up an earlier one (1 or 0; a follow-up
 * link queues both letters since migration 0011), separated by GROUP. Reading one text per row instead of
 * nine values halves the cost of handing a large State's rows over (bench/stats).
 */

/** The packed text of the letter `c` names (a table or its alias): one expression for the index and for reads from the tables. */
export function packedLetter(c: string): string {
  return `${c}.id || '${GROUP}' || ${c}.type || '${GROUP}' || ${c}.code || '${GROUP}' || ${c}.number || '${GROUP}' || ${c}.year || '${GROUP}' || coalesce(${c}.legacy_reference, '')
    || '${GROUP}' || ${c}.date_sent || '${GROUP}' || coalesce((SELECT string_agg(m.mandate_id, ',') FROM communication_mandates m WHERE m.communication_id = ${c}.id), '')
    || '${GROUP}' || coalesce((SELECT string_agg(x.kind || '${UNIT}' || x.code || '${UNIT}' || x.name, '${RECORD}') FROM communication_addressees x WHERE x.communication_id = ${c}.id), '')
    || '${GROUP}' || CASE WHEN EXISTS (SELECT 1 FROM communication_follow_ups f WHERE f.communication_id = ${c}.id) THEN '1' ELSE '0' END`;
}

const letterColumns = 'code, id, type, date_sent, public_on, to_state, to_other, packed';
const replyColumns = 'code, communication_id, reply_id, date_received, stance, public_on, sender_code';

/** The statements that (re)build the index rows of the sent letters `scope` selects (a SELECT of ids). */
export function statsIndexInserts(scope: string): string[] {
  const letter = `SELECT coalesce(a.code, '') AS code, c.id, c.type, c.date_sent, c.public_on,
      CASE WHEN EXISTS (SELECT 1 FROM communication_addressees k WHERE k.communication_id = c.id AND k.kind = 'state') THEN 1 ELSE 0 END AS to_state,
      CASE WHEN EXISTS (SELECT 1 FROM communication_addressees k WHERE k.communication_id = c.id AND k.kind <> 'state') THEN 1 ELSE 0 END AS to_other,
      ${packedLetter('c')} AS packed
    FROM communications c LEFT JOIN communication_addressees a ON a.communication_id = c.id
    WHERE c.state = 'sent' AND c.date_sent IS NOT NULL AND c.id IN (${scope}) GROUP BY c.id, a.code`;
  const reply = `SELECT DISTINCT coalesce(a.code, ''), l.communication_id, r.id, r.date_received, r.stance, r.public_on, r.sender_code
    FROM reply_links l JOIN replies r ON r.id = l.reply_id JOIN communications c ON c.id = l.communication_id
      LEFT JOIN communication_addressees a ON a.communication_id = l.communication_id
    WHERE c.state = 'sent' AND c.date_sent IS NOT NULL AND l.communication_id IN (${scope})`;
  return [`INSERT INTO stats_letters (${letterColumns}) ${letter}`, `INSERT INTO stats_replies (${replyColumns}) ${reply}`];
}

/** The statements that create the index's tables (SQLite keeps them clustered by their key). */
export function statsIndexTables(dialect: 'sqlite' | 'postgres'): string[] {
  const clustered = dialect === 'sqlite' ? ' WITHOUT ROWID' : '';
  const id = dialect === 'sqlite' ? 'integer' : 'bigint';
  return [
    `CREATE TABLE stats_letters (code text NOT NULL, id ${id} NOT NULL, type text NOT NULL, date_sent text NOT NULL, public_on text,
      to_state integer NOT NULL, to_other integer NOT NULL, packed text NOT NULL, PRIMARY KEY (code, id))${clustered}`,
    'CREATE INDEX stats_letters_id ON stats_letters (id)',
    `CREATE TABLE stats_replies (code text NOT NULL, communication_id ${id} NOT NULL, reply_id ${id} NOT NULL, date_received text NOT NULL, stance text,
      public_on text, sender_code text NOT NULL, PRIMARY KEY (code, communication_id, reply_id))${clustered}`,
    'CREATE INDEX stats_replies_communication ON stats_replies (communication_id)',
  ];
}
