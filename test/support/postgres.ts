import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { startPostgres, type RunningPostgres } from './postgres-server.js';

/**
 * The test runner starts one server for the whole run and passes its URL in
 * MISSIVE_TEST_POSTGRES_URL; a test file run on its own starts a server of its own.
 */
let own: Promise<RunningPostgres> | null = null;

async function adminUrl(): Promise<string> {
  const shared = process.env.MISSIVE_TEST_POSTGRES_URL;
  if (shared) return shared;
  own ??= startPostgres();
  return (await own).adminUrl;
}

/** A fresh, empty database on the test server; its URL. */
export async function createTestDatabase(): Promise<string> {
  const admin = await adminUrl();
  const name = `t_${randomBytes(6).toString('hex')}`;
  const client = new pg.Client({ connectionString: admin });
  await client.connect();
  try {
    await client.query(`CREATE DATABASE ${name}`);
  } finally {
    await client.end();
  }
  const url = new URL(admin);
  url.pathname = `/${name}`;
  return url.toString();
}

/** Stops the server this process started, if any. */
export async function stopOwnPostgres(): Promise<void> {
  if (own) await (await own).stop();
  own = null;
}
