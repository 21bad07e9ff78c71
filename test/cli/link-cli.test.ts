import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { test } from 'node:test';
import BetterSqlite3 from 'better-sqlite3';
import { tempDir } from '../support/stores.js';

const BIN = new URL('../../../bin/missive.js', import.meta.url).pathname;
const env = { ...process.env, DATABASE_URL: '', MISSIVE_DATA_DIR: '' };
const missive = (args: string[]) => spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', env, timeout: 120_000 });

test('missive link links a demo loaded unlinked; a person links and unlinks by reference, and a second run keeps that decision', () => {
  const data = join(tempDir(), 'data');
  assert.equal(missive(['demo', '--size', '60', '--no-link', '--data-dir', data]).status, 0);
  const first = missive(['link', '--json', '--data-dir', data]);
  assert.equal(first.status, 0, first.stderr);
  const report = JSON.parse(first.stdout) as { considered: number; links: number; decisions: { replyId: number; linked: { communicationId: number }[] }[] };
  assert.ok(report.links > 0);
  const decided = report.decisions.find((d) => d.linked.length > 0);
  assert.ok(decided);
  const db = new BetterSqlite3(join(data, 'missive.db'), { readonly: true });
  const row = db.prepare('select type, code, number, year from communications where id = ?').get(decided.linked[0]?.communicationId) as { type: string; code: string; number: number; year: number };
  db.close();
  const reference = `${row.type} ${row.code} ${row.number}/${row.year}`;

  const removed = missive(['link', '--reply', String(decided.replyId), '--to', reference, '--by', 'alice', '--remove', '--json', '--data-dir', data]);
  assert.equal(JSON.parse(removed.stdout).result, 'removed', removed.stderr);
  const again = JSON.parse(missive(['link', '--json', '--data-dir', data]).stdout) as { decisions: { replyId: number; linked: { communicationId: number }[] }[] };
  const redo = again.decisions.find((d) => d.replyId === decided.replyId);
  assert.ok(!redo || redo.linked.every((l) => l.communicationId !== decided.linked[0]?.communicationId), 'the removed link is not proposed again');

  const restored = missive(['link', '--reply', String(decided.replyId), '--to', reference, '--by', 'bob', '--json', '--data-dir', data]);
  assert.equal(JSON.parse(restored.stdout).result, 'created');
  const check = new BetterSqlite3(join(data, 'missive.db'), { readonly: true });
  const link = check.prepare('select origin, confirmed_by from reply_links where reply_id = ? and communication_id = ?').get(decided.replyId, decided.linked[0]?.communicationId) as { origin: string; confirmed_by: string };
  check.close();
  assert.deepEqual(link, { origin: 'manual', confirmed_by: 'bob' });

  const unknown = missive(['link', '--reply', String(decided.replyId), '--to', 'AL XYZ 999/2099', '--by', 'bob', '--data-dir', data]);
  assert.equal(unknown.status, 2);
  assert.match(unknown.stderr, /no communication with reference AL XYZ 999\/2099/);
});

test('missive extract --data-dir adds the top 3 candidates, with scores and reasons, and writes nothing', () => {
  const data = join(tempDir(), 'data');
  assert.equal(missive(['demo', '--size', '40', '--no-link', '--data-dir', data]).status, 0);
  const seedNote = new URL('../../../../shared/samples/seed-note-verbale.txt', import.meta.url).pathname;
  const db = () => new BetterSqlite3(join(data, 'missive.db'), { readonly: true });
  const before = db();
  const links = (before.prepare('select count(*) as n from reply_links').get() as { n: number }).n;
  const letter = before.prepare("select type, code, number, year from communications where code = 'PRK' and date_sent = '2024-03-22'").get() as { type: string; code: string; number: number; year: number };
  before.close();
  const r = missive(['extract', '--data-dir', data, seedNote]);
  assert.equal(r.status, 0, r.stderr);
  const line = JSON.parse(r.stdout) as { candidates: { reference: string; score: number; reasons: string[] }[] };
  assert.ok(line.candidates.length >= 1 && line.candidates.length <= 3);
  assert.equal(line.candidates[0]?.reference, `${letter.type} ${letter.code} ${letter.number}/${letter.year}`);
  assert.ok((line.candidates[0]?.score ?? 0) > 0.9);
  assert.ok(line.candidates[0]?.reasons.some((reason) => /22 March 2024/.test(reason)));
  const after = db();
  assert.equal((after.prepare('select count(*) as n from reply_links').get() as { n: number }).n, links);
  after.close();
});
