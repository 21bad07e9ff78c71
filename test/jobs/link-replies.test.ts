import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import { DEFAULT_SEED_NOTE } from '../../src/cli/demo.js';
import { generateCorpus } from '../../src/demo/generate.js';
import { loadCorpus } from '../../src/demo/load.js';
import { linkReplies } from '../../src/jobs/link-replies.js';
import { loadReferenceData } from '../../src/reference/load.js';
import { BlobStore } from '../../src/store/blobs.js';
import type { Store } from '../../src/store/ports.js';
import { forEachStore, freshStore, tempDir } from '../support/stores.js';

const { reference } = loadReferenceData();
const corpus = generateCorpus({ size: 400, seed: 'link-job', reference });

async function snapshot(store: Store): Promise<string> {
  const replies = await Promise.all((await store.demoTruth.all()).map((t) => store.replies.get(t.replyId)));
  const links = replies.flatMap((r) => (r?.links ?? []).map((l) => `${r?.id}>${l.communicationId}:${l.origin}:${l.score}`)).sort();
  return JSON.stringify({ links, queue: await store.links.reviewQueue(10_000) });
}

forEachStore('missive link', (kind) => {
  test('links demo replies to what they answer with high precision, and a second run changes nothing', async () => {
    const store = await freshStore(kind);
    const blobs = new BlobStore(join(tempDir(), 'files'));
    try {
      await loadCorpus(store, blobs, corpus, { documents: { text: true, pdf: false }, seedNotePath: DEFAULT_SEED_NOTE, linkReplies: false });
      const first = await linkReplies({ store, blobs, reference }, { dryRun: false });
      assert.equal(first.considered, corpus.replies.length);
      let right = 0;
      let wrong = 0;
      let expected = 0;
      for (const t of await store.demoTruth.all()) {
        expected += t.communicationIds.length;
        for (const l of (await store.replies.get(t.replyId))?.links ?? []) {
          if (t.communicationIds.includes(l.communicationId)) right++;
          else wrong++;
        }
      }
      const precision = right / (right + wrong);
      const recall = right / expected;
      console.log(`[${kind}] ${corpus.replies.length} replies: precision ${(100 * precision).toFixed(1)} %, recall ${(100 * recall).toFixed(1)} %, ${first.queued} for review`);
      assert.ok(precision >= 0.99, `precision ${precision}`);
      assert.ok(recall >= 0.9, `recall ${recall}`);

      const seedTruth = (await store.demoTruth.all())[corpus.replies.findIndex((r) => r.isSeed)];
      const seed = await store.replies.get(seedTruth?.replyId ?? -1);
      assert.deepEqual(seed?.links.map((l) => l.communicationId), seedTruth?.communicationIds, 'the seed note is linked to its joint letter of 22 March 2024');
      assert.equal(seed?.stanceAuto, 'rejects');

      const before = await snapshot(store);
      const second = await linkReplies({ store, blobs, reference }, { dryRun: false });
      assert.equal(second.links, 0);
      assert.equal(second.queued, 0);
      assert.equal(second.stillQueued, first.queued);
      assert.equal(await snapshot(store), before, 'the second run changed nothing');
    } finally {
      await store.close();
    }
  });

  test('a link a person removed stays removed when linking runs again', async () => {
    const store = await freshStore(kind);
    const blobs = new BlobStore(join(tempDir(), 'files'));
    try {
      const small = generateCorpus({ size: 40, seed: 'unlink', reference });
      await loadCorpus(store, blobs, small, { documents: { text: true, pdf: false }, seedNotePath: DEFAULT_SEED_NOTE, linkReplies: false });
      await linkReplies({ store, blobs, reference });
      const linked = (await Promise.all((await store.demoTruth.all()).map((t) => store.replies.get(t.replyId)))).find((r) => (r?.links.length ?? 0) > 0);
      assert.ok(linked);
      const removed = linked.links[0]?.communicationId ?? -1;
      await store.links.unlink(linked.id, removed, 'reviewer');
      const again = await linkReplies({ store, blobs, reference });
      assert.ok(!((await store.replies.get(linked.id))?.links ?? []).some((l) => l.communicationId === removed));
      assert.ok(again.considered >= 1);
    } finally {
      await store.close();
    }
  });
});
