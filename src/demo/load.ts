import { existsSync } from 'node:fs';
import { MissiveError, parseIsoDate, type StoredDocument } from '../domain/index.js';
import type { BlobStore } from '../store/blobs.js';
import type { Store } from '../store/ports.js';
import type { DemoCorpus } from './corpus.js';
import { OrderedWindow } from './ordered-window.js';
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

/**
 * Writes the text of each record's text file as the one page intake would have read from it,
 * a few hundred at a time, as documents are rendered: the texts are not all kept in memory.
 * Pages belong to files, not records, so writing them before the records is harmless.
 */
class PageWriter {
  private batch: { sha256: string; text: string; languages: readonly string[] }[] = [];
  constructor(private readonly store: Store) {}

  /** Keeps a rendering's text for the next flush; returns its files. */
  add(rendering: StoredRendering, languages: readonly string[]): StoredDocument[] {
    if (rendering.textFile !== null) this.batch.push({ sha256: rendering.textFile.sha256, text: rendering.text, languages });
    return rendering.files;
  }

  async flush(minimum = 1): Promise<void> {
    if (this.batch.length < minimum) return;
    const batch = this.batch;
    this.batch = [];
    await this.store.transaction(async (trx) => {
      for (const p of batch) await trx.pages.replace(p.sha256, [{ page: 1, text: p.text, source: 'text', languages: [...p.languages] }]);
    });
  }
}

/** The languages a demo reply is recorded in. */
function replyLanguages(r: DemoCorpus['replies'][number]): string[] {
  return r.language === 'ko' || r.isSeed ? (r.language === 'ko' ? ['ko', 'en'] : ['en', 'ko']) : [r.language];
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

  const pages = new PageWriter(store);
  // Rendering is CPU work and storing a file waits on the disk: keep a few stores in flight
  // while the next documents render, and take their results back in order.
  const window = new OrderedWindow<StoredDocument[]>(16);
  const stored = (rendering: Promise<StoredRendering>, languages: readonly string[]) => rendering.then((r) => pages.add(r, languages));
  const take = async (done: StoredDocument[][], into: StoredDocument[][]) => {
    for (const files of done) {
      into.push(files);
      options.onProgress?.('documents', 1);
    }
    await pages.flush(500);
  };
  const letterFiles: StoredDocument[][] = [];
  for (const c of communications) {
    await take(await window.push(stored(storeLetter(blobs, c, byIndex, corpus.seed, options.documents), [c.language])), letterFiles);
  }
  await take(await window.drain(), letterFiles);
  const seedAvailable = options.seedNotePath !== null && existsSync(options.seedNotePath);
  const replyFiles: StoredDocument[][] = [];
  /** The sender as the reply's letterhead writes it, which is what a record keeps. */
  const senderNames: string[] = [];
  for (const r of replies) {
    let rendering: Promise<StoredRendering>;
    if (r.isSeed) {
      rendering = seedAvailable && options.seedNotePath ? storeSeedNote(blobs, options.seedNotePath) : Promise.resolve({ files: [], textFile: null, text: '' });
      senderNames.push(SEED_CASE.reply.senderAsWritten);
    } else {
      const doc = replyDocument(r, corpus.seed);
      rendering = storeRendered(blobs, doc, `reply-${r.index}`, options.documents);
      senderNames.push(doc.author ?? r.sender.name);
    }
    await take(await window.push(stored(rendering, replyLanguages(r))), replyFiles);
  }
  await take(await window.drain(), replyFiles);

  await pages.flush();
  let documents = 0;
  await store.transaction(async (trx) => trx.search.inBulk(async () => {
    const ids: number[] = [];
    for (const c of communications) {
      const created = await trx.communications.create({
        type: c.type, number: c.number, year: c.year, legacyReference: c.legacyReference, state: 'sent', dateSent: c.dateSent,
        mandateIds: c.mandateIds, addressees: [c.addressee], subject: c.subject, summary: c.summary, language: c.language,
        followsUp: c.followsUp.map((i) => ids[i] ?? -1),
        publication: { publishedEarlyOn: c.publishedEarlyOn, confidentialHold: c.confidentialReason === null ? null : { reason: c.confidentialReason } },
      });
      ids.push(created.id);
      for (const file of letterFiles[c.index] ?? []) {
        await trx.documents.record(file);
        await trx.communications.attachFile(created.id, file, 'original');
        documents++;
      }
      options.onProgress?.('records', 1);
    }
    for (const r of replies) {
      const languages = replyLanguages(r);
      const created = await trx.replies.create({
        sender: { ...r.sender, name: senderNames[r.index] ?? r.sender.name }, noteNumber: r.noteNumber, dateOnNote: r.dateOnNote, dateReceived: r.dateReceived,
        languages,
        stance: r.stance, confidential: r.confidential,
        links: options.linkReplies ? r.answers.map((i) => ({ communicationId: ids[i] ?? -1, origin: 'manual' as const, score: null, confirmedBy: 'demo-ground-truth' })) : [],
      });
      for (const file of replyFiles[r.index] ?? []) {
        await trx.documents.record(file);
        await trx.replies.attachFile(created.id, file, 'original');
        documents++;
      }
      await trx.demoTruth.record({ replyId: created.id, communicationIds: r.answers.map((i) => ids[i] ?? -1), stance: r.stance, citationStyle: r.citation.style });
      options.onProgress?.('records', 1);
    }
    await trx.settings.set('demo', JSON.stringify({ seed: corpus.seed, communications: communications.length, replies: replies.length }));
  }));
  return { communications: communications.length, replies: replies.length, documents, seedNote: seedAvailable ? 'stored' : 'missing' };
}
