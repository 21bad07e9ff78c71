import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe } from 'node:test';
import type { DatabaseConfig } from '../../src/config.js';
import { loadReferenceData } from '../../src/reference/load.js';
import { openStore } from '../../src/store/open.js';
import type { Store } from '../../src/store/ports.js';
import { createTestDatabase, stopOwnPostgres } from './postgres.js';

export type StoreKind = 'sqlite' | 'postgres';

/** A fresh database of the given kind: a temporary SQLite file, or a new database on the test server. */
export async function freshDatabase(kind: StoreKind): Promise<DatabaseConfig> {
  if (kind === 'sqlite') return { kind: 'sqlite', file: join(tempDir(), 'missive.db') };
  return { kind: 'postgres', url: await createTestDatabase() };
}

export async function freshStore(kind: StoreKind, now?: () => Date): Promise<Store> {
  return openStore(await freshDatabase(kind), loadReferenceData().reference, now ? { now } : {});
}

const dirs: string[] = [];
export function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'missive-test-'));
  dirs.push(dir);
  return dir;
}

after(async () => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  await stopOwnPostgres();
});

/** Declares the same suite once per store, so both adapters meet the same expectations. */
export function forEachStore(name: string, suite: (kind: StoreKind) => void): void {
  for (const kind of ['sqlite', 'postgres'] as const) describe(`${name} [${kind}]`, () => suite(kind));
}
