import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import BetterSqlite3 from 'better-sqlite3';
import { replyDocument } from '../../src/demo/documents.js';
import { generateCorpus } from '../../src/demo/generate.js';
import { loadReferenceData } from '../../src/reference/load.js';
import { tempDir } from '../support/stores.js';

const BIN = new URL('../../../bin/missive.js', import.meta.url).pathname;
const env = { ...process.env, DATABASE_URL: '', MISSIVE_DATA_DIR: '' };

function count(file: string, sql: string): number {
  const db = new BetterSqlite3(file, { readonly: true, fileMustExist: true });
  try {
    return Number((db.prepare(sql).get() as { n: number }).n);
  } finally {
    db.close();
  }
}

test('kill -9 in the middle of ingesting 1,000 files, then a re-run: every file is taken in exactly once', async () => {
  const root = tempDir();
  const inbox = join(root, 'inbox');
  mkdirSync(inbox);
  const corpus = generateCorpus({ size: 1600, seed: 'resume', reference: loadReferenceData().reference });
  const replies = corpus.replies.filter((r) => !r.isSeed).slice(0, 1000);
  assert.equal(replies.length, 1000);
  for (const r of replies) writeFileSync(join(inbox, `note-${String(r.index).padStart(4, '0')}.txt`), replyDocument(r, corpus.seed).text);
  const dataDir = join(root, 'data');
  const db = join(dataDir, 'missive.db');

  const child = spawn(process.execPath, [BIN, 'ingest', inbox, '--no-ocr', '--data-dir', dataDir], { env, stdio: 'ignore' });
  let seen = 0;
  for (;;) {
    await new Promise((r) => setTimeout(r, 25));
    try {
      seen = count(db, "select count(*) as n from intake_files where status <> 'pending'");
    } catch {
      continue;
    }
    if (seen >= 150) break;
  }
  child.kill('SIGKILL');
  const signal = await new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_code, s) => resolve(s)));
  assert.equal(signal, 'SIGKILL');
  const before = count(db, "select count(*) as n from intake_files where status <> 'pending'");
  assert.ok(before < 1000, `the run was cut short (${before} of 1000 done)`);

  const rerun = spawnSync(process.execPath, [BIN, 'ingest', inbox, '--no-ocr', '--json', '--data-dir', dataDir], { env, encoding: 'utf8' });
  const summary = JSON.parse(rerun.stdout) as { ingested: number; updated: number; unchanged: number; failed: unknown[]; total: number };
  assert.equal(summary.total, 1000);
  assert.ok(summary.unchanged >= before - 1, `files done before the kill are not redone (${summary.unchanged} unchanged, ${before} done)`);

  assert.equal(count(db, 'select count(*) as n from intake_files'), 1000);
  assert.equal(count(db, "select count(*) as n from intake_files where status = 'pending'"), 0);
  const recordIds = count(db, "select count(distinct record_id) as n from intake_files where record_kind = 'reply'");
  assert.equal(count(db, 'select count(*) as n from replies'), recordIds, 'no reply was created twice or left without its file');
  assert.equal(count(db, "select count(*) as n from reply_files where role = 'original'"), recordIds);

  const third = spawnSync(process.execPath, [BIN, 'ingest', inbox, '--no-ocr', '--json', '--data-dir', dataDir], { env, encoding: 'utf8' });
  const again = JSON.parse(third.stdout) as { ingested: number; updated: number; unchanged: number; failed: unknown[] };
  assert.equal(again.ingested + again.updated, 0, 'a third run creates nothing');
  assert.equal(again.unchanged + again.failed.length, 1000, 'failed files are retried, the rest left alone');
});
