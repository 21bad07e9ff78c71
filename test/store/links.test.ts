import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { parseIsoDate, type Addressee } from '../../src/domain/index.js';
import type { Store } from '../../src/store/ports.js';
import { forEachStore, freshStore } from '../support/stores.js';

const d = parseIsoDate;
const irn: Addressee = { kind: 'state', code: 'IRN', name: 'Iran (Islamic Republic of)' };

forEachStore('link decisions', (kind) => {
  let store: Store;
  let letters: number[];
  let replyId: number;
  before(async () => {
    store = await freshStore(kind, () => new Date('2024-09-01T00:00:00Z'));
    letters = [];
    for (const day of ['2024-03-01', '2024-03-02']) {
      letters.push((await store.communications.create({
        type: 'UA', state: 'sent', dateSent: d(day), mandateIds: ['sr-iran'], addressees: [irn], subject: 'Death sentence', summary: '', language: 'en',
      })).id);
    }
    replyId = (await store.replies.create({
      sender: irn, noteNumber: '12', dateOnNote: d('2024-04-20'), dateReceived: d('2024-04-21'), languages: ['en'], stance: null, confidential: false, links: [],
    })).id;
  });
  after(async () => { await store.close(); });

  test('an automatic link is made once, and gives the reply its public date', async () => {
    assert.deepEqual(await store.links.unlinkedReplyIds(), [replyId]);
    assert.equal(await store.links.link({ replyId, communicationId: letters[0] ?? -1, origin: 'automatic', score: 0.97, by: null }), 'created');
    assert.equal(await store.links.link({ replyId, communicationId: letters[0] ?? -1, origin: 'automatic', score: 0.97, by: null }), 'unchanged');
    assert.deepEqual(await store.links.unlinkedReplyIds(), []);
    assert.equal((await store.replies.get(replyId))?.links[0]?.origin, 'automatic');
  });

  test('a link a person removed is never put back automatically, but a person may restore it', async () => {
    assert.equal(await store.links.unlink(replyId, letters[0] ?? -1, 'reviewer-1'), true);
    assert.deepEqual(await store.links.rejectedFor(replyId), [letters[0]]);
    assert.equal(await store.links.link({ replyId, communicationId: letters[0] ?? -1, origin: 'automatic', score: 0.99, by: null }), 'refused');
    assert.equal((await store.replies.get(replyId))?.links.length, 0);
    assert.equal(await store.links.link({ replyId, communicationId: letters[0] ?? -1, origin: 'manual', score: null, by: 'reviewer-2' }), 'created');
    assert.deepEqual(await store.links.rejectedFor(replyId), []);
    const link = (await store.replies.get(replyId))?.links[0];
    assert.equal(link?.origin, 'manual');
    assert.equal(link?.confirmedBy, 'reviewer-2');
  });

  test('one reply may answer several communications; an automatic pass never overwrites a manual link', async () => {
    assert.equal(await store.links.link({ replyId, communicationId: letters[1] ?? -1, origin: 'automatic', score: 0.95, by: null }), 'created');
    assert.equal(await store.links.link({ replyId, communicationId: letters[0] ?? -1, origin: 'automatic', score: 0.5, by: null }), 'unchanged');
    const links = (await store.replies.get(replyId))?.links ?? [];
    assert.deepEqual(links.map((l) => [l.communicationId, l.origin]).sort(), [[letters[0], 'manual'], [letters[1], 'automatic']].sort());
  });

  test('the review queue keeps ranked candidates; queuing the same ones again changes nothing', async () => {
    const candidates = [{ communicationId: letters[0] ?? -1, score: 0.61, reasons: ['same State', 'sent 50 days before the note'] }];
    assert.equal(await store.links.queueForReview(replyId, candidates), 'created');
    assert.equal(await store.links.queueForReview(replyId, candidates), 'unchanged');
    assert.deepEqual(await store.links.reviewQueue(10), [{ replyId, candidates }]);
    await store.links.clearReview(replyId);
    assert.deepEqual(await store.links.reviewQueue(10), []);
  });
});
