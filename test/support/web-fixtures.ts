import { after, before } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { referenceSlug } from '../../src/domain/index.js';
import { loadReferenceData } from '../../src/reference/load.js';
import { BlobStore } from '../../src/store/blobs.js';
import { buildServer } from '../../src/web/server.js';
import { join } from 'node:path';
import type { Store } from '../../src/store/ports.js';
import { addLetter, addReply, indexAll, state } from './search-fixtures.js';
import { freshStore, tempDir, type StoreKind } from './stores.js';

/**
 * Records for the web tests, as of 2025-06-01: a published letter with a public reply and a
 * confidential one, a letter that becomes public tomorrow (with a reply that waits for it), and
 * a letter held confidential.
 */
export const WEB_TODAY = new Date('2025-06-01T09:00:00Z');
export const WEB_TOMORROW = new Date('2025-06-02T09:00:00Z');

export interface WebFixture {
  readonly ids: Readonly<Record<'published' | 'tomorrow' | 'held' | 'reply' | 'confidential' | 'early', number>>;
  readonly slugs: Readonly<Record<'published' | 'tomorrow' | 'held', string>>;
}

export async function addWebRecords(store: Store): Promise<WebFixture> {
  const egy = state('EGY', 'Egypt');
  const published = await addLetter(store, { to: egy, sent: '2025-01-10', subject: 'Torture in custody', mandates: ['sr-torture'], pages: ['Allegations of torture in a police station.'] });
  const tomorrow = await addLetter(store, { to: egy, sent: '2025-04-03', subject: 'Torture of a student', mandates: ['sr-torture'], pages: ['A student was tortured.'] });
  const held = await addLetter(store, { to: egy, sent: '2024-11-01', subject: 'Torture held back', hold: 'protection of a witness', pages: ['Torture of a witness.'] });
  const reply = await addReply(store, { from: egy, received: '2025-02-20', answers: [published], stance: 'rejects', note: '12/2025', pages: ['The allegations of torture are unfounded.'] });
  const confidential = await addReply(store, { from: egy, received: '2025-02-25', answers: [published], confidential: true, pages: ['Confidential details about torture.'] });
  const early = await addReply(store, { from: egy, received: '2025-05-01', answers: [tomorrow], pages: ['On the student and torture.'] });
  await indexAll(store);
  const slug = async (id: number) => {
    const c = await store.communications.get(id);
    if (!c) throw new Error(`no communication ${id}`);
    return referenceSlug(c.reference);
  };
  return {
    ids: { published, tomorrow, held, reply, confidential, early },
    slugs: { published: await slug(published), tomorrow: await slug(tomorrow), held: await slug(held) },
  };
}

export interface WebSuite {
  store: Store;
  app: FastifyInstance;
  fixture: WebFixture;
  /** Every GET route the server registered, as Fastify writes it (`/api/v1/replies/:id`). */
  readonly routes: string[];
  /** Every POST route the server registered. */
  readonly posts: string[];
  /** Where the suite's original files are. */
  blobs: BlobStore;
  /** Another server over the same data, as of another moment (close it after use). */
  serverAt(now: Date): FastifyInstance;
  /** A GET answered by the suite's server (or another one, e.g. a day later). */
  get(url: string, server?: FastifyInstance): ReturnType<FastifyInstance['inject']>;
}

/** Before the suite: a fresh store with the web records (and `more`), and a server as of WEB_TODAY; closed after. */
export function webSuite(kind: StoreKind, more?: (store: Store) => Promise<void>): WebSuite {
  const suite = {
    routes: [] as string[],
    posts: [] as string[],
    serverAt: (now: Date) => buildServer({ store: suite.store, blobs: suite.blobs, reference: loadReferenceData().reference, now: () => now }),
    get: (url: string, server?: FastifyInstance) => (server ?? suite.app).inject({ method: 'GET', url }),
  } as WebSuite;
  before(async () => {
    suite.store = await freshStore(kind, () => new Date('2025-01-01T00:00:00Z'));
    suite.fixture = await addWebRecords(suite.store);
    if (more) await more(suite.store);
    suite.blobs = new BlobStore(join(tempDir(), 'files'));
    suite.app = suite.serverAt(WEB_TODAY);
    suite.app.addHook('onRoute', (route) => {
      if ([route.method].flat().includes('GET')) suite.routes.push(route.url);
      if ([route.method].flat().includes('POST')) suite.posts.push(route.url);
    });
  });
  after(async () => {
    await suite.app.close();
    await suite.store.close();
  });
  return suite;
}
