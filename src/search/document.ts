import { analyzeForIndex, type IndexedTerms } from './analyzer.js';
import type { RecordKind } from './query-ast.js';

/**
 * What the index keeps of one record, built from the record's data alone (pure): the columns
 * that filter, sort and show it, its facet values, and its analyzed text in chunks.
 */

/** Terms per chunk: PostgreSQL tsvector positions stop at 16,383, so long records are cut. */
export const MAX_CHUNK_TERMS = 16_000;
/** A chunk id is key * CHUNKS_PER_RECORD + chunk. */
export const CHUNKS_PER_RECORD = 4096;

export interface SourcePage {
  readonly page: number;
  readonly text: string;
  readonly languages: readonly string[];
}

export interface CommunicationSource {
  readonly kind: 'communication';
  readonly id: number;
  readonly reference: string;
  readonly referenceKey: string;
  readonly legacyReference: string | null;
  readonly type: string;
  readonly dateSent: string | null;
  readonly year: number;
  readonly dueOn: string | null;
  readonly publicOn: string | null;
  readonly subject: string;
  readonly summary: string;
  readonly themes: readonly string[];
  readonly language: string;
  readonly addressees: readonly { readonly code: string; readonly name: string }[];
  readonly mandateIds: readonly string[];
  readonly replies: readonly { readonly dateReceived: string; readonly confidential: boolean; readonly publicOn: string | null }[];
  readonly pages: readonly SourcePage[];
}

export interface ReplySource {
  readonly kind: 'reply';
  readonly id: number;
  readonly senderCode: string;
  readonly senderName: string;
  readonly noteNumber: string | null;
  readonly dateReceived: string;
  readonly languages: readonly string[];
  /** The human stance, else the one read by the machine. */
  readonly stance: string | null;
  readonly publicOn: string | null;
  readonly answers: readonly { readonly reference: string; readonly referenceKey: string; readonly type: string; readonly mandateIds: readonly string[] }[];
  readonly pages: readonly SourcePage[];
}

export type SearchSource = CommunicationSource | ReplySource;

/** A chunk's terms, space-separated: as written, and stemmed, position by position. */
export interface IndexChunk {
  readonly exact: string;
  readonly stem: string;
}

export interface SearchDocument {
  readonly key: number;
  readonly kind: RecordKind;
  readonly recordId: number;
  readonly date: string | null;
  readonly year: number | null;
  readonly publicOn: string | null;
  readonly dueOn: string | null;
  readonly repliedOn: string | null;
  readonly publicRepliedOn: string | null;
  readonly title: string;
  readonly subject: string;
  /** [field, value] pairs, each once: country, mandate, type, ref, lang, stance. */
  readonly facets: readonly (readonly [string, string])[];
  readonly chunks: readonly IndexChunk[];
}

export function recordKey(kind: RecordKind, id: number): number {
  return kind === 'communication' ? id * 2 : id * 2 + 1;
}

export function recordOfKey(key: number): { readonly kind: RecordKind; readonly id: number } {
  return key % 2 === 0 ? { kind: 'communication', id: key / 2 } : { kind: 'reply', id: (key - 1) / 2 };
}

function earliest(dates: readonly (string | null)[]): string | null {
  let out: string | null = null;
  for (const d of dates) if (d !== null && (out === null || d < out)) out = d;
  return out;
}

function unique(pairs: (readonly [string, string])[]): (readonly [string, string])[] {
  const seen = new Set<string>();
  return pairs.filter(([f, v]) => {
    const id = `${f}\u0000${v}`;
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}

/** Header terms (repeated at the head of every chunk) and body terms, cut into chunks. */
function chunk(header: IndexedTerms, pages: readonly SourcePage[], fallbackLanguages: readonly string[]): IndexChunk[] {
  let exact: readonly string[] = [];
  let stem: readonly string[] = [];
  for (const page of pages) {
    const terms = analyzeForIndex(page.text, page.languages.length > 0 ? page.languages : fallbackLanguages);
    exact = exact.length === 0 ? terms.exact : exact.concat(terms.exact);
    stem = stem.length === 0 ? terms.stem : stem.concat(terms.stem);
  }
  const room = Math.max(1_000, MAX_CHUNK_TERMS - header.exact.length);
  const join = (head: readonly string[], body: readonly string[]) => (head.length === 0 ? body.join(' ') : body.length === 0 ? head.join(' ') : `${head.join(' ')} ${body.join(' ')}`);
  if (exact.length <= room) return [{ exact: join(header.exact, exact), stem: join(header.stem, stem) }];
  const chunks: IndexChunk[] = [];
  for (let start = 0; start < exact.length && chunks.length < CHUNKS_PER_RECORD; start += room) {
    chunks.push({ exact: join(header.exact, exact.slice(start, start + room)), stem: join(header.stem, stem.slice(start, start + room)) });
  }
  return chunks;
}

function communicationDocument(c: CommunicationSource): SearchDocument {
  const header = analyzeForIndex([c.reference, c.legacyReference ?? '', c.subject, c.summary, ...c.themes, ...c.addressees.map((a) => a.name)].join('\n'), [c.language]);
  const facets: [string, string][] = [['type', c.type], ['ref', c.referenceKey], ['lang', c.language]];
  for (const a of c.addressees) facets.push(['country', a.code]);
  for (const m of c.mandateIds) facets.push(['mandate', m]);
  return {
    key: recordKey('communication', c.id), kind: 'communication', recordId: c.id,
    date: c.dateSent, year: c.dateSent === null ? c.year : Number(c.dateSent.slice(0, 4)),
    publicOn: c.publicOn, dueOn: c.dueOn,
    repliedOn: earliest(c.replies.map((r) => r.dateReceived)),
    publicRepliedOn: earliest(c.replies.filter((r) => !r.confidential && r.publicOn !== null).map((r) => r.dateReceived)),
    title: c.reference, subject: c.subject, facets: unique(facets), chunks: chunk(header, c.pages, [c.language]),
  };
}

function replyDocument(r: ReplySource): SearchDocument {
  const references = r.answers.map((a) => a.reference);
  const header = analyzeForIndex([r.senderName, r.noteNumber ?? '', ...references].join('\n'), r.languages);
  const facets: [string, string][] = [['country', r.senderCode]];
  for (const l of r.languages) facets.push(['lang', l]);
  if (r.stance !== null) facets.push(['stance', r.stance]);
  for (const a of r.answers) {
    facets.push(['ref', a.referenceKey], ['type', a.type]);
    for (const m of a.mandateIds) facets.push(['mandate', m]);
  }
  return {
    key: recordKey('reply', r.id), kind: 'reply', recordId: r.id,
    date: r.dateReceived, year: Number(r.dateReceived.slice(0, 4)), publicOn: r.publicOn,
    dueOn: null, repliedOn: null, publicRepliedOn: null,
    title: r.noteNumber === null ? r.senderName : `${r.senderName}, No. ${r.noteNumber}`,
    subject: references.join(', '), facets: unique(facets), chunks: chunk(header, r.pages, r.languages),
  };
}

export function searchDocument(source: SearchSource): SearchDocument {
  return source.kind === 'communication' ? communicationDocument(source) : replyDocument(source);
}
