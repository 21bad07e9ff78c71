import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { DEFAULT_SEED_NOTE } from '../../src/cli/demo.js';
import { tempDir } from '../support/stores.js';

const BIN = new URL('../../../bin/missive.js', import.meta.url).pathname;
const env = { ...process.env, DATABASE_URL: '', MISSIVE_DATA_DIR: '' };
const missive = (args: string[]) => spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', env, timeout: 120_000 });

const KEYS = ['file', 'kind', 'language', 'languages', 'date', 'place', 'reference', 'referenceKey', 'type', 'addressee', 'mandates', 'sender', 'noteNumber', 'cites', 'stance', 'errors'];

test('missive extract on the seed note verbale prints the expected fields, with exactly the documented keys', () => {
  const r = missive(['extract', DEFAULT_SEED_NOTE]);
  assert.equal(r.status, 0, r.stderr);
  const lines = r.stdout.trim().split('\n');
  assert.equal(lines.length, 1);
  const seed = JSON.parse(lines[0] ?? '{}') as Record<string, unknown> & { sender: { code: string }; cites: { dates: string[]; references: string[] }; languages: string[] };
  assert.deepEqual(Object.keys(seed), KEYS);
  assert.equal(seed.kind, 'reply');
  assert.equal(seed.sender.code, 'PRK');
  assert.equal(seed.noteNumber, '0024');
  assert.equal(seed.date, '2024-05-16');
  assert.equal(seed.place, 'Geneva');
  assert.deepEqual(seed.cites.dates, ['2024-03-22']);
  assert.equal(seed.stance, 'rejects');
  assert.ok(seed.languages.includes('ko') && seed.languages.includes('en'));
  assert.deepEqual(seed.errors, []);
});

test('missive extract gives an unreadable file a clear error in its line and exits 2, still printing the good ones', () => {
  const dir = tempDir();
  const bad = join(dir, 'random.pdf');
  writeFileSync(bad, Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 251)));
  const r = missive(['extract', '--no-ocr', DEFAULT_SEED_NOTE, bad]);
  assert.equal(r.status, 2);
  const [good, broken] = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as { kind: string | null; errors: string[]; file: string });
  assert.equal(good?.kind, 'reply');
  assert.equal(broken?.kind, null);
  assert.equal(broken?.file, bad);
  assert.match(broken?.errors[0] ?? '', /random\.pdf/);
});

test('missive ingest sums up, exits non-zero when a file failed, and missive status lists it with its reason', () => {
  const dir = tempDir();
  const inbox = join(dir, 'inbox');
  mkdirSync(inbox);
  copyFileSync(DEFAULT_SEED_NOTE, join(inbox, 'seed.txt'));
  writeFileSync(join(inbox, 'truncated.pdf'), Buffer.from('%PDF-1.4\n%âãÏÓ\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R'));
  const data = join(dir, 'data');
  const r = missive(['ingest', inbox, '--no-ocr', '--data-dir', data]);
  assert.equal(r.status, 2, r.stderr);
  assert.match(r.stdout, /1 ingested, 0 updated, 0 unchanged, 1 failed/);
  assert.match(r.stdout, /failed: .*truncated\.pdf/);
  const status = missive(['status', '--json', '--data-dir', data]);
  const report = JSON.parse(status.stdout) as { counts: Record<string, number>; failed: { name: string; errorCode: string; errorMessage: string }[] };
  assert.deepEqual(report.counts, { pending: 0, ingested: 1, failed: 1 });
  assert.equal(report.failed[0]?.name, 'truncated.pdf');
  assert.equal(report.failed[0]?.errorCode, 'UNREADABLE_FILE');
  const again = missive(['ingest', join(inbox, 'seed.txt'), '--no-ocr', '--data-dir', data, '--json']);
  assert.equal(again.status, 0);
  assert.equal((JSON.parse(again.stdout) as { unchanged: number }).unchanged, 1);
});
