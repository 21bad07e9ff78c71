import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { tempDir } from '../support/stores.js';

const BIN = new URL('../../../bin/missive.js', import.meta.url).pathname;

function missive(args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', env: { ...process.env, DATABASE_URL: '', MISSIVE_DATA_DIR: '', MISSIVE_PASSWORD: '', ...env }, timeout: 60_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

test('missive init creates the first admin once; missive user adds, lists, disables, enables, resets and makes tokens', () => {
  const dir = tempDir();
  const init = missive(['init', '--data-dir', dir, '--admin', 'root', '--json']);
  assert.equal(init.code, 0, init.stderr);
  const admin = JSON.parse(init.stdout) as { username: string; role: string; password: string };
  assert.equal(admin.role, 'admin');
  assert.ok(admin.password.length >= 20, 'a generated password is shown once');
  const again = missive(['init', '--data-dir', dir]);
  assert.equal(again.code, 2);
  assert.match(again.stderr, /accounts exist already/);

  const file = join(dir, 'pw.txt');
  writeFileSync(file, 'a long enough passphrase\nignored second line\n');
  const add = missive(['user', 'add', 'mission.prk', '--role', 'mission', '--state', 'PRK', '--email', 'prk@example.org', '--password-file', file, '--data-dir', dir]);
  assert.equal(add.code, 0, add.stderr);
  assert.doesNotMatch(add.stdout, /Password/, 'a given password is not printed');
  assert.equal(missive(['user', 'add', 'sr', '--role', 'mandate-holder', '--mandate', 'sr-torture,sr-dprk', '--data-dir', dir], { MISSIVE_PASSWORD: 'from the environment' }).code, 0);

  const bad = missive(['user', 'add', 'x.y', '--role', 'mission', '--state', 'ZZZ', '--data-dir', dir]);
  assert.equal(bad.code, 2);
  assert.match(bad.stderr, /state: "ZZZ"/, 'the error names the field');
  const unknown = missive(['user', 'disable', 'nobody', '--data-dir', dir]);
  assert.equal(unknown.code, 2);
  assert.match(unknown.stderr, /username: no account is named "nobody"/);

  assert.equal(missive(['user', 'disable', 'mission.prk', '--data-dir', dir]).code, 0);
  const list = JSON.parse(missive(['user', 'list', '--json', '--data-dir', dir]).stdout) as { username: string; role: string; state: string | null; mandates: string[]; disabled: boolean }[];
  assert.deepEqual(list.map((u) => [u.username, u.role, u.state, u.mandates, u.disabled]), [
    ['mission.prk', 'mission', 'PRK', [], true],
    ['root', 'admin', null, [], false],
    ['sr', 'mandate-holder', null, ['sr-dprk', 'sr-torture'], false],
  ]);
  assert.equal(missive(['user', 'enable', 'mission.prk', '--data-dir', dir]).code, 0);
  const reset = missive(['user', 'reset', 'mission.prk', '--data-dir', dir]);
  assert.equal(reset.code, 0, reset.stderr);
  assert.match(reset.stdout, /Password \(shown once\): \S{20,}/);
  const token = missive(['user', 'token', 'root', 'nightly export', '--data-dir', dir]);
  assert.equal(token.code, 0, token.stderr);
  assert.match(token.stdout.trim(), /^mst_[\w-]{43}$/);
});
