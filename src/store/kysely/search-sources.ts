import { sql, type Kysely, type SqlBool } from 'kysely';
import { formatReference, referenceKey, type ReferenceType } from '../../domain/index.js';
import { recordKey, recordOfKey, type CommunicationSource, type ReplySource, type SearchSource, type SourcePage } from '../../search/document.js';
import type { Database } from '../schema.js';
import { splitList } from './rows.js';

/** Loads, in a few bulk queries, everything the search index keeps of a set of records. */

const BATCH = 500;

function batches<T>(items: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += BATCH) out.push(items.slice(i, i + BATCH));
  return out;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * Files whose text the index holds: all of a record's, except its original when it has a public
 * version masking names (the original stays private, and so does its text). One index serves
 * every viewer, so the secretariat finds such a letter by its public version's words too.
 */
export function indexedFile(owner: 'communication' | 'reply') {
  const table = owner === 'communication' ? 'communication_files' : 'reply_files';
  const column = owner === 'communication' ? 'communication_id' : 'reply_id';
  return sql<SqlBool>`(f.role <> 'original' OR NOT EXISTS (SELECT 1 FROM ${sql.table(table)} pv WHERE pv.${sql.ref(column)} = f.${sql.ref(column)} AND pv.role = 'public-version'))`;
}

async function pagesOf(db: Kysely<Database>, owner: 'communication' | 'reply', ids: readonly number[]): Promise<Map<number, SourcePage[]>> {
  const out = new Map<number, SourcePage[]>();
  if (ids.length === 0) return out;
  const rows = owner === 'communication'
    ? await db.selectFrom('communication_files as f').innerJoin('document_pages as p', 'p.sha256', 'f.sha256')
      .select(['f.communication_id as owner', 'p.page', 'p.text', 'p.languages']).where('f.communication_id', 'in', [...ids]).where(indexedFile('communication'))
      .orderBy('f.communication_id').orderBy('f.sha256').orderBy('p.page').execute()
    : await db.selectFrom('reply_files as f').innerJoin('document_pages as p', 'p.sha256', 'f.sha256')
      .select(['f.reply_id as owner', 'p.page', 'p.text', 'p.languages']).where('f.reply_id', 'in', [...ids]).where(indexedFile('reply'))
      .orderBy('f.reply_id').orderBy('f.sha256').orderBy('p.page').execute();
  for (const r of rows) push(out, Number(r.owner), { page: Number(r.page), text: r.text, languages: splitList(r.languages) });
  return out;
}

async function communicationSources(db: Kysely<Database>, ids: readonly number[]): Promise<CommunicationSource[]> {
  if (ids.length === 0) return [];
  const rows = await db.selectFrom('communications').selectAll().where('id', 'in', [...ids]).execute();
  const addressees = new Map<number, { code: string; name: string }[]>();
  for (const a of await db.selectFrom('communication_addressees').select(['communication_id', 'code', 'name']).where('communication_id', 'in', [...ids]).orderBy('communication_id').orderBy('position').execute()) {
    push(addressees, Number(a.communication_id), { code: a.code, name: a.name });
  }
  const mandates = new Map<number, string[]>();
  for (const m of await db.selectFrom('communication_mandates').select(['communication_id', 'mandate_id']).where('communication_id', 'in', [...ids]).orderBy('communication_id').orderBy('position').execute()) {
    push(mandates, Number(m.communication_id), m.mandate_id);
  }
  const replies = new Map<number, { dateReceived: string; confidential: boolean; publicOn: string | null }[]>();
  for (const r of await db.selectFrom('reply_links as l').innerJoin('replies as r', 'r.id', 'l.reply_id')
    .select(['l.communication_id', 'r.date_received', 'r.confidential', 'r.public_on']).where('l.communication_id', 'in', [...ids]).execute()) {
    push(replies, Number(r.communication_id), { dateReceived: r.date_received, confidential: Number(r.confidential) === 1, publicOn: r.public_on });
  }
  const pages = await pagesOf(db, 'communication', ids);
  return rows.map((row) => {
    const id = Number(row.id);
    const reference = { type: row.type as ReferenceType, code: row.code, number: Number(row.number), year: Number(row.year), legacy: row.legacy_reference };
    return {
      kind: 'communication', id, reference: formatReference({ ...reference, legacy: null }), referenceKey: referenceKey(reference),
      legacyReference: row.legacy_reference, type: row.type, dateSent: row.date_sent, year: reference.year, dueOn: row.due_on, publicOn: row.public_on,
      subject: row.subject, summary: row.summary, themes: splitList(row.themes), language: row.language,
      addressees: addressees.get(id) ?? [], mandateIds: mandates.get(id) ?? [], replies: replies.get(id) ?? [], pages: pages.get(id) ?? [],
    };
  });
}

async function replySources(db: Kysely<Database>, ids: readonly number[]): Promise<ReplySource[]> {
  if (ids.length === 0) return [];
  const rows = await db.selectFrom('replies').selectAll().where('id', 'in', [...ids]).execute();
  const links = await db.selectFrom('reply_links as l').innerJoin('communications as c', 'c.id', 'l.communication_id')
    .select(['l.reply_id', 'c.id', 'c.type', 'c.code', 'c.number', 'c.year']).where('l.reply_id', 'in', [...ids]).orderBy('l.reply_id').orderBy('c.id').execute();
  const linkedIds = [...new Set(links.map((l) => Number(l.id)))];
  const mandates = new Map<number, string[]>();
  for (const part of batches(linkedIds)) {
    for (const m of await db.selectFrom('communication_mandates').select(['communication_id', 'mandate_id']).where('communication_id', 'in', part).orderBy('communication_id').orderBy('position').execute()) {
      push(mandates, Number(m.communication_id), m.mandate_id);
    }
  }
  const answers = new Map<number, ReplySource['answers'][number][]>();
  for (const l of links) {
    const reference = { type: l.type as ReferenceType, code: l.code, number: Number(l.number), year: Number(l.year), legacy: null };
    push(answers, Number(l.reply_id), { reference: formatReference(reference), referenceKey: referenceKey(reference), type: l.type, mandateIds: mandates.get(Number(l.id)) ?? [] });
  }
  const pages = await pagesOf(db, 'reply', ids);
  return rows.map((row) => {
    const id = Number(row.id);
    return {
      kind: 'reply', id, senderCode: row.sender_code, senderName: row.sender_name, noteNumber: row.note_number, dateReceived: row.date_received,
      languages: splitList(row.languages), stance: row.stance ?? row.stance_auto, publicOn: row.public_on,
      answers: answers.get(id) ?? [], pages: pages.get(id) ?? [],
    };
  });
}

/** The sources of the records behind these keys; a key whose record no longer exists has none. */
export async function loadSearchSources(db: Kysely<Database>, keys: readonly number[]): Promise<SearchSource[]> {
  const out: SearchSource[] = [];
  for (const part of batches(keys)) {
    const records = part.map(recordOfKey);
    out.push(...await communicationSources(db, records.filter((r) => r.kind === 'communication').map((r) => r.id)));
    out.push(...await replySources(db, records.filter((r) => r.kind === 'reply').map((r) => r.id)));
  }
  return out.sort((a, b) => recordKey(a.kind, a.id) - recordKey(b.kind, b.id));
}
