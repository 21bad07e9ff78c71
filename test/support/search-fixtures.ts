import { createHash } from 'node:crypto';
import { parseIsoDate, type Addressee, type Stance } from '../../src/domain/index.js';
import { refreshSearchIndex } from '../../src/search/indexer.js';
import type { Store } from '../../src/store/ports.js';

/** Builds searchable records straight through the store, each with its pages of text. */

export const state = (code: string, name: string): Addressee => ({ kind: 'state', code, name });

async function attachPages(store: Store, owner: { kind: 'communication' | 'reply'; id: number }, pages: readonly string[], languages: readonly string[]): Promise<void> {
  if (pages.length === 0) return;
  const body = pages.join('\f');
  const sha256 = createHash('sha256').update(`${owner.kind}:${owner.id}:${body}`).digest('hex');
  const document = await store.documents.record({ sha256, mime: 'text/plain; charset=utf-8', size: Buffer.byteLength(body), filename: `${owner.kind}-${owner.id}.txt` });
  if (owner.kind === 'communication') await store.communications.attachFile(owner.id, document, 'original');
  else await store.replies.attachFile(owner.id, document, 'original');
  await store.pages.replace(sha256, pages.map((text, i) => ({ page: i + 1, text, source: 'text', languages: [...languages] })));
}

export interface LetterFixture {
  readonly to: Addressee;
  readonly sent: string;
  readonly type?: 'UA' | 'AL' | 'OL' | 'JUA' | 'JAL' | 'JOL';
  readonly mandates?: readonly string[];
  readonly subject?: string;
  readonly language?: string;
  readonly pages?: readonly string[];
  readonly hold?: string;
  readonly earlyOn?: string;
  /** Ids of the earlier communications this one follows up. */
  readonly followsUp?: readonly number[];
}

export async function addLetter(store: Store, f: LetterFixture): Promise<number> {
  const created = await store.communications.create({
    type: f.type ?? 'AL', state: 'sent', dateSent: parseIsoDate(f.sent), mandateIds: [...(f.mandates ?? ['sr-torture'])], addressees: [f.to],
    subject: f.subject ?? '', summary: '', language: f.language ?? 'en', followsUp: [...(f.followsUp ?? [])],
    publication: { publishedEarlyOn: f.earlyOn ? parseIsoDate(f.earlyOn) : null, confidentialHold: f.hold ? { reason: f.hold } : null },
  });
  await attachPages(store, { kind: 'communication', id: created.id }, f.pages ?? [], [f.language ?? 'en']);
  return created.id;
}

export interface ReplyFixture {
  readonly from: Addressee;
  readonly received: string;
  readonly answers: readonly number[];
  readonly languages?: readonly string[];
  readonly stance?: Stance;
  readonly confidential?: boolean;
  readonly note?: string;
  readonly pages?: readonly string[];
}

export async function addReply(store: Store, f: ReplyFixture): Promise<number> {
  const created = await store.replies.create({
    sender: f.from, noteNumber: f.note ?? null, dateOnNote: parseIsoDate(f.received), dateReceived: parseIsoDate(f.received),
    languages: [...(f.languages ?? ['en'])], stance: f.stance ?? null, confidential: f.confidential ?? false,
    links: f.answers.map((communicationId) => ({ communicationId, origin: 'manual' as const, score: null, confirmedBy: 'test' })),
  });
  await attachPages(store, { kind: 'reply', id: created.id }, f.pages ?? [], f.languages ?? ['en']);
  return created.id;
}

export const indexAll = (store: Store): Promise<number> => refreshSearchIndex(store);
