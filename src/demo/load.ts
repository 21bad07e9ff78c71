import { existsSync } from 'node:fs';
import { MissiveError, parseIsoDate, type StoredDocument } from '../domain/index.js';
import type { BlobStore } from '../store/blobs.js';
import type { Store } from '../store/ports.js';
import type { DemoCorpus } from './corpus.js';
import { SEED_CASE } from './seed-case.js';
import { replyDocument, storeLetter, storeRendered, storeSeedNote, type DocumentKinds, type StoredRendering } from './documents.js';

export interface LoadOptions {
  readonly documents: DocumentKinds;
  /** The real seed note; when absent the seed reply is stored without its file, and the report says so. */
  readonly seedNotePath: string | null;
  /** Link replies to what they answer (the ground truth); off to leave the linking to `missive link`. */
  readonly linkReplies: boolean;
  readonly onProgress?: (phase: 'documents' | 'records', done: number) => void;
}

export interface LoadReport {
  readonly communications: number;
  readonly replies: number;
  readonly documents: number;
  readonly seedNote: 'stored' | 'missing';
}

/** The text of a record's text file, as the one page intake would have read from it. */
async function storeText(store: Store, rendering: StoredRendering, languages: readonly string[]): Promise<void> {
  if (rendering.textFile === null) return;
  await store.pages.replace(rendering.textFile.sha256, [{ page: 1, text: rendering.text, source: 'text', languages }]);
}

/**
 * Renders and stores the corpus' documents, then writes every record in one transaction:
 * a crash leaves the database as it was, and a re-run reuses the files already stored.
 */
export async function loadCorpus(store: Store, blobs: BlobStore, corpus: DemoCorpus, options: LoadOptions): Promise<LoadReport> {
  const existing = await store.communications.count({ viewer: { role: 'admin' }, today: parseIsoDate('9999-12-31') });
  if (existing > 0) {
    throw new MissiveError('CONFLICT', `the database at ${store.location} already holds ${existing} communications; demo data goes into an empty database (choose another --data-dir or --database)`, { value: store.location, field: 'database' });
  }
  const { communications, replies } = corpus;
  const byIndex = (i: number) => {
    const c = communications[i];
    if (!c) throw new Error(`demo communication ${i} does not exist`);
    return c;
  };

  const letterFiles: StoredRendering[] = [];
  for (const c of communications) {
    letterFiles.push(await storeLetter(blobs, c, byIndex, corpus.seed, options.documents));
    options.onProgress?.('documents', 1);
  }
  const seedAvailable = options.seedNotePath !== null && existsSync(options.seedNotePath);
  const replyFiles: (StoredRendering | null)[] = [];
  /** The sender as the reply's letterhead writes it, which is what a record keeps. */
  const senderNames: string[] = [];
  for (const r of replies) {
    if (r.isSeed) {
      replyFiles.push(seedAvailable && options.seedNotePath ? await storeSeedNote(blobs, options.seedNotePath) : null);
      senderNames.push(SEED_CASE.reply.senderAsWritten);
    } else {
      const doc = replyDocument(r, corpus.seed);
      replyFiles.push(await storeRendered(blobs, doc, `reply-${r.index}`, options.documents));
      senderNames.push(doc.author ?? r.sender.name);
    }
    options.onProgress?.('documents', 1);
  }

  let documents = 0;
  await store.transaction(async (trx) => {
    const ids: number[] = [];
    for (const c of communications) {
      const created = await trx.communications.create({
        type: c.type, number: c.number, year: c.year, legacyReference: c.legacyReference, state: 'sent', dateSent: c.dateSent,
        mandateIds: c.mandateIds, addressees: [c.addressee], subject: c.subject, summary: c.summary, language: c.language,
        followsUp: c.followsUp.map((i) => ids[i] ?? -1),
        publication: { publishedEarlyOn: c.publishedEarlyOn, confidentialHold: c.confidentialReason === null ? null : { reason: c.confidentialReason } },
      });
      ids.push(created.id);
      const letter = letterFiles[c.index];
      for (const file of letter?.files ?? []) {
        await trx.documents.record(file);
        await trx.communications.attachFile(created.id, file, 'original');
        documents++;
      }
      if (letter) await storeText(trx, letter, [c.language]);
      options.onProgress?.('records', 1);
    }
    for (const r of replies) {
      const languages = r.language === 'ko' || r.isSeed ? (r.language === 'ko' ? ['ko', 'en'] : ['en', 'ko']) : [r.language];
      const created = await trx.replies.create({
        sender: { ...r.sender, name: senderNames[r.index] ?? r.sender.name }, noteNumber: r.noteNumber, dateOnNote: r.dateOnNote, dateReceived: r.dateReceived,
        languages,
        stance: r.stance, confidential: r.confidential,
        links: options.linkReplies ? r.answers.map((i) => ({ communicationId: ids[i] ?? -1, origin: 'manual' as const, score: null, confirmedBy: 'demo-ground-truth' })) : [],
      });
      const reply = replyFiles[r.index];
      for (const file of reply?.files ?? []) {
        await trx.documents.record(file);
        await trx.replies.attachFile(created.id, file, 'original');
        documents++;
      }
      if (reply) await storeText(trx, reply, languages);
      await trx.demoTruth.record({ replyId: created.id, communicationIds: r.answers.map((i) => ids[i] ?? -1), stance: r.stance, citationStyle: r.citation.style });
      options.onProgress?.('records', 1);
    }
    await trx.settings.set('demo', JSON.stringify({ seed: corpus.seed, communications: communications.length, replies: replies.length }));
  });
  return { communications: communications.length, replies: replies.length, documents, seedNote: seedAvailable ? 'stored' : 'missing' };
}
