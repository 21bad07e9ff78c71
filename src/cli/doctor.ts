import { accessSync, constants, existsSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Command } from 'commander';
import { resolveConfig } from '../config.js';
import { isMissiveError, todayUtc } from '../domain/index.js';
import { loadReferenceData } from '../reference/load.js';
import { openStore } from '../store/open.js';
import { withStoreOptions, type StoreOptions } from './context.js';
import { DEFAULT_SEED_NOTE } from './demo.js';

export interface Check {
  readonly name: string;
  readonly status: 'ok' | 'warn' | 'fail';
  readonly detail: string;
  /** What to do about a warning or failure. */
  readonly fix?: string;
}

const ok = (name: string, detail: string): Check => ({ name, status: 'ok', detail });

function checkNode(): Check {
  const [major = 0, minor = 0] = process.versions.node.split('.').map(Number);
  return major === 20 && minor >= 19 || major >= 22
    ? ok('node', `Node.js ${process.versions.node}`)
    : { name: 'node', status: 'fail', detail: `Node.js ${process.versions.node}`, fix: 'install Node.js 20.19 or later in the 20 line' };
}

function checkSqliteDriver(): Check {
  try {
    const require = createRequire(import.meta.url);
    const version = (require('better-sqlite3/package.json') as { version: string }).version;
    require('better-sqlite3');
    return version.startsWith('12.')
      ? ok('sqlite driver', `better-sqlite3 ${version}`)
      : { name: 'sqlite driver', status: 'fail', detail: `better-sqlite3 ${version}`, fix: 'version 12 is required on Node 20 (13 crashes): run `npm ci`' };
  } catch (e) {
    return { name: 'sqlite driver', status: 'fail', detail: (e as Error).message, fix: 'its native module is not built: run `npm rebuild better-sqlite3` (needs python3, make, g++)' };
  }
}

function checkReferenceData(): Check {
  try {
    const { reference } = loadReferenceData();
    return ok('reference data', `${reference.countries.length} countries, ${reference.mandates.length} mandates`);
  } catch (e) {
    return { name: 'reference data', status: 'fail', detail: (e as Error).message, fix: 'restore data/reference from the repository' };
  }
}

function checkDataDir(dir: string): Check {
  try {
    mkdirSync(dir, { recursive: true });
    accessSync(dir, constants.W_OK);
    return ok('data directory', `${dir} is writable`);
  } catch (e) {
    return { name: 'data directory', status: 'fail', detail: (e as Error).message, fix: `make ${dir} writable or pass --data-dir` };
  }
}

async function checkDatabase(options: StoreOptions): Promise<Check[]> {
  try {
    const config = resolveConfig(options);
    const store = await openStore(config.database, loadReferenceData().reference, { migrate: false });
    try {
      const status = await store.migrationStatus();
      const checks: Check[] = [ok('database', `${store.kind} at ${store.location}`)];
      if (status.pending.length > 0) {
        checks.push({ name: 'migrations', status: 'warn', detail: `${status.pending.length} pending: ${status.pending.join(', ')}`, fix: 'run `missive migrate` (or start the server, which migrates)' });
        return checks;
      }
      checks.push(ok('migrations', `${status.applied.length} applied, none pending`));
      const count = await store.communications.count({ viewer: { role: 'admin' }, today: todayUtc() });
      checks.push(count > 0 ? ok('records', `${count} communications`) : { name: 'records', status: 'warn', detail: 'no communications yet', fix: 'run `missive demo` for demo data' });
      // Queued records are left out of public searches and read slowly by statistics until indexed.
      const queued = await store.search.pending();
      checks.push(queued === 0 ? ok('index', 'search and statistics indexes are current')
        : { name: 'index', status: 'warn', detail: `${queued} records wait for the indexer (not yet in public searches)`, fix: 'start the server (its indexer catches up) or run `missive index`' });
      return checks;
    } finally {
      await store.close();
    }
  } catch (e) {
    const detail = isMissiveError(e) ? e.message : (e as Error).message;
    return [{ name: 'database', status: 'fail', detail, fix: 'check --database / DATABASE_URL: an SQLite file path, or a reachable postgres:// URL' }];
  }
}

export async function runChecks(options: StoreOptions): Promise<Check[]> {
  const config = resolveConfig(options);
  const checks = [checkNode(), checkSqliteDriver(), checkReferenceData()];
  if (config.database.kind === 'sqlite') checks.push(checkDataDir(config.dataDir));
  checks.push(...(await checkDatabase(options)));
  checks.push(existsSync(DEFAULT_SEED_NOTE)
    ? ok('seed note', DEFAULT_SEED_NOTE)
    : { name: 'seed note', status: 'warn', detail: `${DEFAULT_SEED_NOTE} not found`, fix: 'the demo then stores the seed reply without its file; pass --seed-note to `missive demo`' });
  return checks;
}

export function registerDoctor(program: Command): void {
  withStoreOptions(program.command('doctor').description('check the environment and the database, and say how to fix what is wrong'))
    .option('--json', 'print the checks as JSON')
    .action(async (options: StoreOptions & { json?: boolean }) => {
      const checks = await runChecks(options);
      if (options.json) process.stdout.write(`${JSON.stringify({ ok: checks.every((c) => c.status !== 'fail'), checks })}\n`);
      else for (const c of checks) process.stdout.write(`${c.status === 'ok' ? 'ok  ' : c.status === 'warn' ? 'warn' : 'FAIL'}  ${c.name}: ${c.detail}${c.fix ? `\n      → ${c.fix}` : ''}\n`);
      if (checks.some((c) => c.status === 'fail')) process.exitCode = 2;
    });
}
