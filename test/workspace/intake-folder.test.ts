import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { DEFAULT_SEED_NOTE } from '../../src/cli/demo.js';
import { loadReferenceData } from '../../src/reference/load.js';
import { BlobStore } from '../../src/store/blobs.js';
import type { Store } from '../../src/store/ports.js';
import { IntakeQueue } from '../../src/workspace/intake.js';
import { drainIntakeFolder } from '../../src/workspace/intake-folder.js';
import { forEachStore, freshStore, tempDir } from '../support/stores.js';

forEachStore('the watched intake folder', (kind) => {
  let store: Store;
  let queue: IntakeQueue;
  const dir = join(tempDir(), 'drop');

  before(async () => {
    store = await freshStore(kind, () => new Date('2025-06-01T09:00:00Z'));
    queue = new IntakeQueue(store, loadReferenceData().reference, new BlobStore(join(tempDir(), 'files')), () => new Date('2025-06-01T09:00:00Z'));
    mkdirSync(dir, { recursive: true });
  });
  after(async () => { await store.close(); });

  test('files dropped in become replies awaiting review; unreadable ones are set aside with the reason; nothing is submitted twice', async () => {
    const seed = readFileSync(DEFAULT_SEED_NOTE);
    writeFileSync(join(dir, 'note-0024.txt'), seed);
    writeFileSync(join(dir, 'broken.pdf'), '%PDF-1.7\nthis is not a PDF at all');
    writeFileSync(join(dir, '.hidden'), 'ignored');
    const first = await drainIntakeFolder(store, queue, dir);
    assert.deepEqual(first, { submitted: 1, known: 0, failed: 1 });
    const pending = await store.replies.pending(10);
    assert.equal(pending.length, 1);
    assert.equal(pending[0]?.sender.code, 'PRK', 'the sender read from the note');
    assert.equal(pending[0]?.submittedBy, 'intake-folder');
    assert.deepEqual(readdirSync(dir).filter((f) => !f.startsWith('.')), [], 'the folder is emptied');
    const failed = readdirSync(join(dir, '.failed'));
    const reason = failed.find((f) => f.endsWith('.error.txt'));
    assert.ok(reason && /UNREADABLE_FILE|UNSUPPORTED_FORMAT/.test(readFileSync(join(dir, '.failed', reason), 'utf8')), failed.join());
    assert.ok(existsSync(join(dir, '.hidden')));
    // The same bytes again (say, a crash before the move): only moved.
    writeFileSync(join(dir, 'again.txt'), seed);
    assert.deepEqual(await drainIntakeFolder(store, queue, dir), { submitted: 0, known: 1, failed: 0 });
    assert.equal((await store.replies.pending(10)).length, 1);
    const audit = await store.audit.list({ after: 0, limit: 10, subjectKind: 'reply' });
    assert.deepEqual(audit.map((e) => [e.actor, e.action]), [['intake-folder', 'reply.submit']]);
  });
});
