import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { test } from 'node:test';
import { loadReferenceData } from '../../src/reference/load.js';
import { openStore } from '../../src/store/open.js';
import { tempDir } from '../support/stores.js';

const CHILD = new URL('../support/allocate-once.js', import.meta.url).pathname;

function allocateInProcess(file: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CHILD, file, 'CHN', '2025']);
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => { out += d.toString(); });
    child.stderr.on('data', (d: Buffer) => { err += d.toString(); });
    child.on('exit', (code) => (code === 0 ? resolve(Number(out)) : reject(new Error(`allocation process failed: ${err}`))));
  });
}

test('8 processes allocating for one (code, year) in one SQLite file get 8 distinct consecutive numbers', async () => {
  const file = join(tempDir(), 'missive.db');
  const store = await openStore({ kind: 'sqlite', file }, loadReferenceData().reference);
  await store.close();
  const numbers = await Promise.all(Array.from({ length: 8 }, () => allocateInProcess(file)));
  assert.deepEqual(numbers.sort((a, b) => a - b), [1, 2, 3, 4, 5, 6, 7, 8]);
});
