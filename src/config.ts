import { isAbsolute, resolve } from 'node:path';
import { MissiveError } from './domain/index.js';

export type DatabaseConfig = { readonly kind: 'sqlite'; readonly file: string } | { readonly kind: 'postgres'; readonly url: string };

export interface Config {
  /** Holds the default SQLite file `missive.db` and the file store `files/`. */
  readonly dataDir: string;
  readonly database: DatabaseConfig;
}

export interface ConfigInput {
  readonly dataDir?: string | undefined;
  readonly database?: string | undefined;
}

/** Flags win over the environment (MISSIVE_DATA_DIR, DATABASE_URL), which wins over defaults. */
export function resolveConfig(flags: ConfigInput, env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): Config {
  const dataDir = resolve(cwd, flags.dataDir ?? env.MISSIVE_DATA_DIR ?? 'data');
  const database = flags.database ?? env.DATABASE_URL;
  return { dataDir, database: database === undefined || database === '' ? { kind: 'sqlite', file: resolve(dataDir, 'missive.db') } : parseDatabase(database, cwd) };
}

/** A file path or `sqlite:`/`file:` URL is SQLite; a `postgres://` or `postgresql://` URL is PostgreSQL. */
export function parseDatabase(value: string, cwd: string): DatabaseConfig {
  if (/^postgres(ql)?:\/\//i.test(value)) {
    try {
      new URL(value);
    } catch {
      throw new MissiveError('CONFIGURATION', `--database: "${value}" is not a valid PostgreSQL URL`, { value, field: 'database' });
    }
    return { kind: 'postgres', url: value };
  }
  const prefixed = /^(sqlite|file):(.*)$/i.exec(value);
  if (!prefixed && /^[a-z][a-z0-9+.-]*:\/\//i.test(value)) {
    throw new MissiveError('CONFIGURATION', `--database: "${value}" is neither a file path, a sqlite: URL nor a postgres:// URL`, { value, field: 'database' });
  }
  const path = prefixed ? (prefixed[2] ?? '').replace(/^\/\/(?=\/)/, '').replace(/^\/\//, '') : value;
  if (path === '') throw new MissiveError('CONFIGURATION', `--database: "${value}" names no file`, { value, field: 'database' });
  return { kind: 'sqlite', file: isAbsolute(path) ? path : resolve(cwd, path) };
}

/** The URL without its password, for messages and logs. */
export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return url;
  }
}
