import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { tempDir } from '../support/stores.js';

const BIN = new URL('../../../bin/missive.js', import.meta.url).pathname;

function missive(args: string[]) {
  const result = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', env: { ...process.env, DATABASE_URL: '', MISSIVE_DATA_DIR: '' }, timeout: 120_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

test('missive export writes the open dataset: every public record once, the same as search counts, and nothing unpublished', () => {
  const dir = tempDir();
  assert.equal(missive(['demo', '--size', '60', '--seed', 'export', '--data-dir', dir]).code, 0);
  const out = join(dir, 'dataset.jsonl');
  const run = missive(['export', '--data-dir', dir, '--out', out, '--today', '2026-11-30']);
  assert.equal(run.code, 0, run.stderr);
  assert.match(run.stderr, /exporting: \d+\/\d+ \(100%\)/, 'progress on stderr');
  const records = readFileSync(out, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { record: string; publicOn: string; slug?: string; id?: number });
  const count = (q: string) => (JSON.parse(missive(['search', q, '--json', '--data-dir', dir, '--today', '2026-11-30', '--limit', '1']).stdout) as { total: number }).total;
  assert.equal(records.filter((r) => r.record === 'communication').length, count('kind:communication'));
  assert.equal(records.filter((r) => r.record === 'reply').length, count('kind:reply'));
  assert.ok(records.every((r) => r.publicOn <= '2026-11-30'), 'nothing public after the day of the snapshot');
  const keys = records.map((r) => `${r.record}:${r.slug ?? r.id}`);
  assert.equal(new Set(keys).size, keys.length);
  assert.deepEqual(readdirSync(dir).filter((f) => f.endsWith('.partial')), [], 'no temporary file left');
  // A day long ago: fewer records public, and stdout works as well as a file.
  const early = missive(['export', '--data-dir', dir, '--today', '2015-01-01']);
  assert.equal(early.code, 0, early.stderr);
  assert.ok(early.stdout.trim().split('\n').filter((l) => l.length > 0).length < records.length);
  assert.ok(existsSync(out));
});
