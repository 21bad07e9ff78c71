import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { DEFAULT_SEED_NOTE } from '../../src/cli/demo.js';
import { isMissiveError, parseIsoDate } from '../../src/domain/index.js';
import { generateCorpus } from '../../src/demo/generate.js';
import { loadCorpus, type LoadOptions } from '../../src/demo/load.js';
import { loadReferenceData } from '../../src/reference/load.js';
import { BlobStore } from '../../src/store/blobs.js';
import type { Store } from '../../src/store/ports.js';
import { forEachStore, freshStore, tempDir } from '../support/stores.js';

const { reference } = loadReferenceData();
const corpus = generateCorpus({ size: 150, seed: 'load', reference });
const options: LoadOptions = { documents: { text: true, pdf: false }, seedNotePath: DEFAULT_SEED_NOTE, linkReplies: true };
const everything = { viewer: { role: 'admin' as const }, today: parseIsoDate('2030-01-01') };

forEachStore('demo loading', (kind) => {
  test('stores every record, file and ground-truth link; the seed reply carries the real note', async () => {
    const store = await freshStore(kind);
    const blobs = new BlobStore(join(tempDir(), 'files'));
    try {
      const report = await loadCorpus(store, blobs, corpus, options);
      assert.equal(report.communications, 150);
      assert.equal(await store.communications.count(everything), 150);
      assert.equal(await store.replies.count(), corpus.replies.length);
      assert.equal(report.seedNote, 'stored');
      const truth = await store.demoTruth.all();
      assert.equal(truth.length, corpus.replies.length);
      const flat = (text: string) => text.replace(/\s+/g, ' ');
      for (const t of truth) {
        const reply = await store.replies.get(t.replyId);
        assert.deepEqual(reply?.links.map((l) => l.communicationId).sort(), [...t.communicationIds].sort());
        const file = reply?.files[0];
        // The seed's sender is the human reading of a letterhead broken over lines and languages.
        const isSeed = reply?.noteNumber === '0024' && reply.sender.code === 'PRK';
        if (reply && file && !isSeed) assert.ok(flat((await blobs.get(file.sha256)).toString('utf8')).includes(flat(reply.sender.name)), `reply ${reply.id} keeps its sender as written: ${reply.sender.name}`);
      }
      const seedIndex = corpus.replies.findIndex((r) => r.isSeed);
      const seedTruth = truth[seedIndex];
      const seedReply = await store.replies.get(seedTruth?.replyId ?? -1);
      assert.equal(seedReply?.noteNumber, '0024');
      assert.deepEqual(seedReply?.languages, ['en', 'ko']);
      const expected = JSON.parse(readFileSync(DEFAULT_SEED_NOTE.replace(/\.txt$/, '.expected.json'), 'utf8')) as { sender: { name: string } };
      assert.equal(seedReply?.sender.name, expected.sender.name);
      const file = seedReply?.files[0];
      assert.ok(file);
      assert.deepEqual(await blobs.get(file.sha256), readFileSync(DEFAULT_SEED_NOTE));
      const letter = await store.communications.get(seedTruth?.communicationIds[0] ?? -1);
      assert.equal(letter?.dateSent, '2024-03-22');
      const text = (await blobs.get(letter?.files[0]?.sha256 ?? '')).toString('utf8');
      assert.match(text, /PRK \d+\/2024/);
    } finally {
      await store.close();
    }
  });

  test('with PDFs asked for, every letter and reply carries a text and a PDF file', async () => {
    const store = await freshStore(kind);
    const blobs = new BlobStore(join(tempDir(), 'files'));
    try {
      const small = generateCorpus({ size: 12, seed: 'pdf', reference });
      await loadCorpus(store, blobs, small, { ...options, documents: { text: true, pdf: true } });
      const [row] = await store.communications.list({ ...everything, limit: 1 });
      const letter = await store.communications.get(row?.id ?? -1);
      assert.deepEqual(letter?.files.map((f) => f.mime).sort(), ['application/pdf', 'text/plain; charset=utf-8']);
      const pdf = letter?.files.find((f) => f.mime === 'application/pdf');
      assert.equal((await blobs.get(pdf?.sha256 ?? '')).subarray(0, 5).toString('latin1'), '%PDF-');
    } finally {
      await store.close();
    }
  });

  test('a crash part-way leaves the database as it was, and a re-run completes', async () => {
    const store = await freshStore(kind);
    const blobs = new BlobStore(join(tempDir(), 'files'));
    try {
      let replies = 0;
      const crashing: Store = new Proxy(store, {
        get(target, prop, receiver) {
          if (prop !== 'transaction') return Reflect.get(target, prop, receiver);
          return (work: (s: Store) => Promise<unknown>) => target.transaction((trx) => work(new Proxy(trx, {
            get(t, p, r) {
              if (p !== 'replies') return Reflect.get(t, p, r);
              const repo = t.replies;
              return { ...repo, create: async (input: Parameters<typeof repo.create>[0]) => {
                if (++replies === 20) throw new Error('power cut');
                return repo.create(input);
              }, attachFile: repo.attachFile.bind(repo) };
            },
          })));
        },
      });
      await assert.rejects(loadCorpus(crashing, blobs, corpus, options), /power cut/);
      assert.equal(await store.communications.count(everything), 0);
      assert.equal(await store.replies.count(), 0);
      assert.equal(await store.search.pending(), 0);
      const report = await loadCorpus(store, blobs, corpus, options);
      assert.equal(report.communications, 150);
      assert.equal(await store.communications.count(everything), 150);
      // The load queued every record once for the search index (its change triggers were off)...
      const queued = await store.search.queued(0, 100_000);
      assert.equal(queued.length, 150 + corpus.replies.length);
      assert.ok(queued.every((q) => q.version === 1));
      // ...and the triggers are back, after the crash's rollback as after the load: a changed page queues its letter.
      await store.search.settle(queued);
      const [row] = await store.communications.list({ ...everything, limit: 1 });
      const letter = await store.communications.get(row?.id ?? -1);
      await store.pages.replace(letter?.files[0]?.sha256 ?? '', [{ page: 1, text: 'Corrected text', source: 'text', languages: ['en'] }]);
      assert.deepEqual((await store.search.queued(0, 10)).map((q) => q.key), [(row?.id ?? -1) * 2]);
    } finally {
      await store.close();
    }
  });

  test('refuses a database that already holds communications, changing nothing', async () => {
    const store = await freshStore(kind);
    const blobs = new BlobStore(join(tempDir(), 'files'));
    try {
      await loadCorpus(store, blobs, corpus, options);
      await assert.rejects(loadCorpus(store, blobs, corpus, options), (e: unknown) => isMissiveError(e, 'CONFLICT') && /already holds 150 communications/.test(e.message));
      assert.equal(await store.communications.count(everything), 150);
    } finally {
      await store.close();
    }
  });
});
