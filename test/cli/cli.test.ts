import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import Database from 'better-sqlite3';
import { tempDir } from '../support/stores.js';

const BIN = new URL('../../../bin/missive.js', import.meta.url).pathname;

function missive(args: string[], env: NodeJS.ProcessEnv = {}) {
  const result = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', env: { ...process.env, DATABASE_URL: '', MISSIVE_DATA_DIR: '', ...env }, timeout: 60_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

describe('missive command', () => {
  test('every command has --help', () => {
    for (const command of ['serve', 'migrate', 'demo', 'doctor']) {
      const r = missive([command, '--help']);
      assert.equal(r.code, 0, r.stderr);
      assert.match(r.stdout, /--data-dir/);
      assert.match(r.stdout, /--database/);
    }
  });

  test('a file that is not an SQLite database: one clear sentence, exit 2, the file untouched and nothing written beside it', () => {
    const dir = tempDir();
    const file = join(dir, 'notes.db');
    writeFileSync(file, 'These are my notes, not a database.\n'.repeat(20));
    const before = sha(file);
    const r = missive(['migrate', '--database', file]);
    assert.equal(r.code, 2);
    assert.equal(r.stderr.trim().split('\n').length, 1, r.stderr);
    assert.match(r.stderr, /notes\.db is not an SQLite database/);
    assert.equal(sha(file), before);
    assert.deepEqual(readdirSync(dir), ['notes.db']);
  });

  test('a PostgreSQL URL that does not answer: one clear sentence and exit 2', () => {
    const r = missive(['migrate', '--database', 'postgres://nobody:secret@127.0.0.1:1/missive']);
    assert.equal(r.code, 2);
    assert.equal(r.stderr.trim().split('\n').length, 1, r.stderr);
    assert.match(r.stderr, /PostgreSQL at postgres:\/\/nobody:\*\*\*@127\.0\.0\.1:1\/missive does not answer/);
    assert.doesNotMatch(r.stderr, /secret/);
  });

  test('a database URL of another kind is refused, naming the value', () => {
    const r = missive(['migrate', '--database', 'mysql://localhost/missive']);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /"mysql:\/\/localhost\/missive" is neither a file path/);
  });

  test('migrate creates the database in the data directory and reports as JSON; a second run applies nothing', () => {
    const dir = tempDir();
    const first = missive(['migrate', '--json'], { MISSIVE_DATA_DIR: dir });
    assert.equal(first.code, 0, first.stderr);
    assert.deepEqual(JSON.parse(first.stdout).applied, ['0001-initial', '0002-intake', '0003-linking', '0004-search', '0005-search-facet-tokens', '0006-follow-up-index', '0007-workspace', '0008-reply-review', '0009-covering-indexes', '0010-stats-index', '0011-follow-up-queue']);
    assert.ok(existsSync(join(dir, 'missive.db')));
    const second = missive(['migrate', '--json', '--data-dir', dir]);
    assert.deepEqual(JSON.parse(second.stdout).applied, []);
  });

  test('doctor reports each check, and fails with exit 2 on an unusable database', () => {
    const dir = tempDir();
    const good = missive(['doctor', '--json', '--data-dir', dir]);
    const report = JSON.parse(good.stdout) as { ok: boolean; checks: { name: string; status: string }[] };
    assert.equal(good.code, 0, good.stdout);
    assert.ok(report.checks.some((c) => c.name === 'migrations' && c.status === 'warn'), 'a new database has pending migrations');
    assert.equal(missive(['demo', '--size', '20', '--data-dir', dir]).code, 0);
    const loaded = JSON.parse(missive(['doctor', '--json', '--data-dir', dir]).stdout) as typeof report;
    assert.equal(loaded.checks.find((c) => c.name === 'index')?.status, 'ok', 'the demo is indexed as it is loaded');
    const sqlite = new Database(join(dir, 'missive.db'));
    sqlite.prepare('UPDATE communications SET updated_at = updated_at WHERE id = 1').run();
    sqlite.close();
    const changed = JSON.parse(missive(['doctor', '--json', '--data-dir', dir]).stdout) as typeof report;
    assert.equal(changed.checks.find((c) => c.name === 'index')?.status, 'warn', 'a changed record waits for the indexer');
    assert.equal(missive(['index', '--data-dir', dir]).code, 0);
    const indexed = JSON.parse(missive(['doctor', '--json', '--data-dir', dir]).stdout) as typeof report;
    assert.equal(indexed.checks.find((c) => c.name === 'index')?.status, 'ok');
    const bad = join(dir, 'bad.db');
    writeFileSync(bad, 'not sqlite');
    const failing = missive(['doctor', '--database', bad]);
    assert.equal(failing.code, 2);
    assert.match(failing.stdout, /FAIL\s+database: .*bad\.db is not an SQLite database/);
    assert.match(failing.stdout, /→ check --database/);
  });

  test('a bad option value names the value and exits 2', () => {
    const r = missive(['demo', '--size', 'lots', '--data-dir', tempDir()]);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /"lots" is not a whole number/);
  });
});
