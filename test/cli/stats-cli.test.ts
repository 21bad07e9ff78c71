import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { test } from 'node:test';
import { openContext } from '../../src/cli/context.js';
import { parseIsoDate } from '../../src/domain/index.js';
import { statistics } from '../../src/stats/service.js';
import { tempDir } from '../support/stores.js';

const BIN = new URL('../../../bin/missive.js', import.meta.url).pathname;

function missive(args: string[]) {
  const result = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', env: { ...process.env, DATABASE_URL: '', MISSIVE_DATA_DIR: '' }, timeout: 120_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

test('missive stats prints every figure over a filter as the statistics service counts it, for the public or another viewer, as JSON or CSV; a bad option is one clear error', async () => {
  const dir = tempDir();
  assert.equal(missive(['demo', '--size', '80', '--seed', 'stats-cli', '--data-dir', dir]).code, 0);
  const today = parseIsoDate('2026-11-30');
  const ctx = await openContext({ dataDir: dir });
  let expected;
  let staff;
  try {
    expected = await statistics(ctx.store, ctx.sessions, { filter: { type: 'UA' }, viewer: { role: 'public' }, today, groupBy: 'session' });
    staff = await statistics(ctx.store, ctx.sessions, { filter: {}, viewer: { role: 'secretariat' }, today, groupBy: 'none' });
  } finally {
    await ctx.store.close();
  }
  const json = missive(['stats', '--data-dir', dir, '--type', 'ua', '--group-by', 'session', '--today', '2026-11-30']);
  assert.equal(json.code, 0, json.stderr);
  assert.deepEqual(JSON.parse(json.stdout), JSON.parse(JSON.stringify(expected)));
  assert.ok(expected.overall.communications > 0);
  const asStaff = JSON.parse(missive(['stats', '--data-dir', dir, '--group-by', 'none', '--as', 'secretariat', '--today', '2026-11-30']).stdout) as typeof staff;
  assert.deepEqual(asStaff.overall, staff.overall);
  const csv = missive(['stats', '--data-dir', dir, '--format', 'csv', '--today', '2026-11-30']);
  assert.equal(csv.code, 0, csv.stderr);
  const lines = csv.stdout.trim().split('\n');
  assert.match(lines[0] ?? '', /^group,from,to,communications,/);
  assert.match(lines[1] ?? '', /^all,/);
  assert.ok(lines.length > 3, 'then one row per year');
  for (const [args, field] of [[['--type', 'ZZ'], 'type'], [['--state', 'XXX'], 'state'], [['--group-by', 'week'], 'groupBy'], [['--format', 'xml'], '--format']] as const) {
    const bad = missive(['stats', '--data-dir', dir, ...args]);
    assert.equal(bad.code, 2, `${args.join(' ')}: ${bad.stderr}`);
    assert.match(bad.stderr, new RegExp(field.replace('-', '\\-')));
    assert.equal(bad.stdout, '');
  }
});
