import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { zipSync } from 'fflate';
import { DEFAULT_SEED_NOTE } from '../../src/cli/demo.js';
import { parseIsoDate } from '../../src/domain/index.js';
import { letterDocument, replyDocument } from '../../src/demo/documents.js';
import { renderDocx } from '../../src/demo/formats/index.js';
import { generateCorpus } from '../../src/demo/generate.js';
import { renderPdf } from '../../src/demo/render/index.js';
import { ingestPaths } from '../../src/ingest/pipeline.js';
import { loadReferenceData } from '../../src/reference/load.js';
import { BlobStore } from '../../src/store/blobs.js';
import { forEachStore, freshStore, tempDir } from '../support/stores.js';

const { reference } = loadReferenceData();
const corpus = generateCorpus({ size: 60, seed: 'ingest', reference });
const byIndex = (i: number) => corpus.communications[i] ?? (() => { throw new Error(`no communication ${i}`); })();
const letter = corpus.communications.find((c) => c.addressee.kind === 'state' && c.legacyReference === null && c.followsUp.length === 0) ?? byIndex(0);
const reply = corpus.replies.find((r) => !r.isSeed && r.language === 'fr') ?? corpus.replies[1];

forEachStore('ingest', (kind) => {
  test('takes in a folder of mixed files and a ZIP: records made, failures kept with reasons, a re-run changes nothing', async () => {
    assert.ok(reply);
    const store = await freshStore(kind);
    const blobs = new BlobStore(join(tempDir(), 'files'));
    const inbox = join(tempDir(), 'inbox');
    mkdirSync(inbox);
    copyFileSync(DEFAULT_SEED_NOTE, join(inbox, 'seed.txt'));
    const letterDoc = letterDocument(letter, byIndex, corpus.seed);
    writeFileSync(join(inbox, 'letter.pdf'), await renderPdf(letterDoc));
    writeFileSync(join(inbox, 'broken.pdf'), Buffer.from('%PDF-1.7\n1 0 obj << /Type /Catalog'));
    writeFileSync(join(inbox, 'empty.bin'), Buffer.alloc(0));
    writeFileSync(join(inbox, 'bundle.zip'), zipSync({ 'reply.docx': new Uint8Array(renderDocx(replyDocument(reply, corpus.seed))), 'copy-of-seed.txt': new Uint8Array(Buffer.from('same bytes? no: a different note\n')) }));
    try {
      const ctx = { store, blobs, reference, receivedOn: parseIsoDate('2026-11-29'), ocr: false };
      const summary = await ingestPaths(ctx, [inbox]);
      assert.equal(summary.failed.length, 2, JSON.stringify(summary.failed));
      assert.ok(summary.failed.some((f) => f.name === 'broken.pdf' && /broken\.pdf/.test(f.reason)));
      assert.ok(summary.failed.some((f) => f.name === 'empty.bin' && /empty/i.test(f.reason)));

      const c = await store.communications.getByKey(letter.addressee.code, letter.number, letter.year);
      assert.ok(c, 'the letter became a communication');
      assert.deepEqual([...c.mandateIds].sort(), [...letter.mandateIds].sort());
      assert.equal(c.dateSent, letter.dateSent);
      assert.equal(c.files[0]?.mime, 'application/pdf');
      assert.ok((await store.pages.forDocument(c.files[0]?.sha256 ?? '')).length >= 1, 'its pages are stored');

      const seed = await store.replies.findByNote('PRK', '0024', parseIsoDate('2024-05-16'));
      assert.equal(seed?.stanceAuto, 'rejects');
      assert.equal(seed?.stance, null, 'no person has confirmed it yet');
      assert.equal(seed?.dateReceived, '2026-11-29');
      const fromZip = await store.replies.findByNote(reply.sender.code, reply.noteNumber, reply.dateOnNote);
      assert.ok(fromZip, 'the DOCX inside the ZIP became a reply');

      const counts = await store.intake.counts();
      assert.equal(counts.failed, 2);
      assert.equal(counts.pending, 0);
      const failed = await store.intake.list({ status: 'failed', limit: 10 });
      assert.ok(failed.every((f) => f.errorMessage && f.errorCode));

      const again = await ingestPaths(ctx, [inbox]);
      assert.equal(again.ingested + again.updated, 0);
      assert.equal(await store.replies.count(), 2);
    } finally {
      await store.close();
    }
  });
});

forEachStore('ingest of follow-ups', (kind) => {
  test('a letter citing an earlier letter to the same State is stored as its follow-up', async () => {
    const big = generateCorpus({ size: 600, seed: 'follow', reference });
    const at = (i: number) => big.communications[i] ?? (() => { throw new Error(`no communication ${i}`); })();
    const follow = big.communications.find((c) => c.followsUp.length === 1 && c.addressee.kind === 'state');
    assert.ok(follow, 'the corpus has a follow-up letter');
    const earlier = at(follow.followsUp[0] ?? -1);
    const store = await freshStore(kind);
    const inbox = join(tempDir(), 'inbox');
    mkdirSync(inbox);
    writeFileSync(join(inbox, 'a-earlier.txt'), letterDocument(earlier, at, big.seed).text);
    writeFileSync(join(inbox, 'b-follow-up.txt'), letterDocument(follow, at, big.seed).text);
    try {
      const summary = await ingestPaths({ store, blobs: new BlobStore(join(tempDir(), 'files')), reference, ocr: false }, [inbox]);
      assert.equal(summary.failed.length, 0, JSON.stringify(summary.failed));
      const first = await store.communications.getByKey(earlier.addressee.code, earlier.number, earlier.year);
      const second = await store.communications.getByKey(follow.addressee.code, follow.number, follow.year);
      assert.ok(first && second);
      assert.deepEqual(second.followsUp, [first.id]);
      assert.deepEqual(first.followsUp, []);
    } finally {
      await store.close();
    }
  });

  test('a letter citing only the date of the one earlier letter to that State that day follows it up too', async () => {
    const big = generateCorpus({ size: 600, seed: 'follow', reference });
    const at = (i: number) => big.communications[i] ?? (() => { throw new Error(`no communication ${i}`); })();
    const follow = big.communications.find((c) => c.followsUp.length === 1 && c.addressee.kind === 'state'
      && big.communications.filter((o) => o.addressee.code === c.addressee.code && o.dateSent === at(c.followsUp[0] ?? -1).dateSent).length === 1);
    assert.ok(follow);
    const earlier = at(follow.followsUp[0] ?? -1);
    const earlierReference = earlier.legacyReference ?? `${earlier.type} ${earlier.addressee.code} ${earlier.number}/${earlier.year}`;
    const text = letterDocument(follow, at, big.seed).text.split(earlierReference).join('the earlier communication');
    assert.ok(!text.includes(earlierReference));
    const store = await freshStore(kind);
    const inbox = join(tempDir(), 'inbox');
    mkdirSync(inbox);
    writeFileSync(join(inbox, 'a-earlier.txt'), letterDocument(earlier, at, big.seed).text);
    writeFileSync(join(inbox, 'b-follow-up.txt'), text);
    try {
      await ingestPaths({ store, blobs: new BlobStore(join(tempDir(), 'files')), reference, ocr: false }, [inbox]);
      const first = await store.communications.getByKey(earlier.addressee.code, earlier.number, earlier.year);
      const second = await store.communications.getByKey(follow.addressee.code, follow.number, follow.year);
      assert.deepEqual(second?.followsUp, [first?.id]);
    } finally {
      await store.close();
    }
  });
});
