import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { test } from 'node:test';
import { Accounts } from '../../src/accounts/service.js';
import { loadReferenceData } from '../../src/reference/load.js';
import { openStore } from '../../src/store/open.js';
import { addLetter, state } from '../support/search-fixtures.js';
import { tempDir } from '../support/stores.js';
import { startSmtp } from './smtp.js';

const BIN = new URL('../../../bin/missive.js', import.meta.url).pathname;

/** Runs the CLI without blocking this process, whose loopback SMTP server must keep answering. */
function missive(args: string[], env: Record<string, string> = {}): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], { env: { ...process.env, DATABASE_URL: '', MISSIVE_DATA_DIR: '', MISSIVE_SMTP_URL: '', MISSIVE_MAIL_FROM: '', ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => { stdout += d.toString(); });
    child.stderr.on('data', (d: Buffer) => { stderr += d.toString(); });
    const timer = setTimeout(() => child.kill(), 60_000);
    child.on('close', (code) => { clearTimeout(timer); resolve({ code, stdout, stderr }); });
  });
}

test('missive remind: a dry run lists who would hear about what; a real run sends through MISSIVE_SMTP_URL once', async () => {
  const dir = tempDir();
  const { reference } = loadReferenceData();
  const store = await openStore({ kind: 'sqlite', file: join(dir, 'missive.db') }, reference);
  const accounts = new Accounts(store, reference);
  await accounts.add('test', { username: 'mission.prk', email: 'prk@mission.example', role: 'mission', stateCode: 'PRK' }, 'correct horse battery staple');
  await accounts.add('test', { username: 'registry', email: 'registry@ohchr.example', role: 'secretariat' }, 'correct horse battery staple');
  await addLetter(store, { to: state('PRK', "Democratic People's Republic of Korea"), sent: '2025-04-14', subject: 'A letter' });
  await addLetter(store, { to: state('EGY', 'Egypt'), sent: '2025-03-01', subject: 'A letter' });
  await store.close();
  const smtp = await startSmtp();
  try {
    const dry = await missive(['remind', '--dry-run', '--json', '--today', '2025-06-10', '--data-dir', dir]);
    assert.equal(dry.code, 0, dry.stderr);
    const report = JSON.parse(dry.stdout) as { dryRun: boolean; planned: number; sent: number; messages: { to: string; due: string[]; overdue: string[] }[] };
    assert.deepEqual([report.dryRun, report.planned, report.sent], [true, 2, 0]);
    assert.deepEqual(report.messages.map((m) => [m.to, m.due, m.overdue]), [
      ['prk@mission.example', ['AL PRK 1/2025'], []],
      ['registry@ohchr.example', ['AL PRK 1/2025'], ['AL EGY 1/2025']],
    ]);
    assert.match(dry.stderr, /reminders: 2 e-mails to send as of 2025-06-10/, 'counts on stderr');
    assert.equal(smtp.received.length, 0);

    const unset = await missive(['remind', '--today', '2025-06-10', '--data-dir', dir]);
    assert.equal(unset.code, 2);
    assert.match(unset.stderr, /MISSIVE_SMTP_URL: set the SMTP server/);

    const env = { MISSIVE_SMTP_URL: smtp.url, MISSIVE_MAIL_FROM: 'missive@ohchr.example' };
    const real = await missive(['remind', '--today', '2025-06-10', '--data-dir', dir], env);
    assert.equal(real.code, 0, real.stderr);
    assert.match(real.stdout, /^Sent 2 of 2 reminder e-mails as of 2025-06-10 \(3 reminders recorded, 0 sent before\)/);
    assert.deepEqual(smtp.received.map((m) => m.to).flat().sort(), ['prk@mission.example', 'registry@ohchr.example']);
    const again = await missive(['remind', '--today', '2025-06-10', '--data-dir', dir, '--json'], env);
    assert.equal(again.code, 0, again.stderr);
    const second = JSON.parse(again.stdout) as { planned: number; sent: number; skipped: number };
    assert.deepEqual([second.planned, second.sent, second.skipped], [0, 0, 3]);
    assert.equal(smtp.received.length, 2);
  } finally {
    await smtp.close();
  }
});
