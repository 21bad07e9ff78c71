import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { after, test } from 'node:test';
import { tempDir } from '../support/stores.js';

const BIN = new URL('../../../bin/missive.js', import.meta.url).pathname;
const children: ChildProcess[] = [];
after(() => { for (const c of children) c.kill('SIGTERM'); });

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const a = s.address();
      s.close(() => resolve(typeof a === 'object' && a ? a.port : 0));
    });
  });
}

async function waitFor(url: string, ms: number): Promise<Response> {
  const deadline = Date.now() + ms;
  for (;;) {
    try {
      return await fetch(url);
    } catch (e) {
      if (Date.now() > deadline) throw e;
      await new Promise((r) => setTimeout(r, 200));
    }
  }
}

test('`serve --demo-if-empty` (what `npm start` runs) loads the demo into an empty data directory and serves it', async () => {
  const port = await freePort();
  const child = spawn(process.execPath, [BIN, 'serve', '--demo-if-empty', '--demo-size', '120', '--port', String(port), '--data-dir', tempDir()], {
    env: { ...process.env, DATABASE_URL: '', MISSIVE_DATA_DIR: '' }, stdio: ['ignore', 'ignore', 'pipe'],
  });
  children.push(child);
  let log = '';
  child.stderr?.on('data', (d: Buffer) => { log += d.toString(); });
  const health = await waitFor(`http://127.0.0.1:${port}/healthz`, 60_000);
  assert.equal(health.status, 200, log);
  const body = (await health.json()) as { status: string; database: string; publicCommunications: number };
  assert.equal(body.status, 'ok');
  assert.equal(body.database, 'sqlite');
  assert.ok(body.publicCommunications > 100, `${body.publicCommunications} public demo communications`);
  const home = await (await fetch(`http://127.0.0.1:${port}/`)).text();
  assert.match(home, /<h1>Missive<\/h1>/);
  assert.ok((home.match(/href="\/communications\/[A-Z]+-[A-Z]{3}-\d+-\d{4}"/g) ?? []).length >= 10, 'the home page lists the newest demo communications');
  const page = await (await fetch(`http://127.0.0.1:${port}/communications`)).text();
  assert.match(page, /<h1>Communications<\/h1>/);
  assert.ok((page.match(/class="ref">(UA|AL|OL|JUA|JAL|JOL) /g) ?? []).length >= 40, 'the first page lists demo communications');
  assert.match(log, /demo corpus loaded/);
});
