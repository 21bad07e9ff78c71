import { readFileSync } from 'node:fs';
import { MissiveError, ReferenceData, SessionCalendar, type Country, type Mandate, type SessionRecord } from '../domain/index.js';

/** data/reference, found from this module's place in src/ or dist/src/. */
export const REFERENCE_DIR = new URL(import.meta.url.includes('/dist/') ? '../../../data/reference/' : '../../data/reference/', import.meta.url);

function readJson<T>(name: string, key: string): T[] {
  const url = new URL(name, REFERENCE_DIR);
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(url, 'utf8'));
  } catch (cause) {
    throw new MissiveError('CONFIGURATION', `reference data ${url.pathname} cannot be read: ${(cause as Error).message}`, { value: url.pathname, cause });
  }
  const list = (parsed as Record<string, unknown> | null)?.[key];
  if (!Array.isArray(list) || list.length === 0) {
    throw new MissiveError('CONFIGURATION', `reference data ${url.pathname} has no "${key}" list`, { value: url.pathname, field: key });
  }
  return list as T[];
}

let cached: { reference: ReferenceData; sessions: SessionCalendar } | null = null;

/** Countries, mandates and Council sessions, read once per process. */
export function loadReferenceData(): { reference: ReferenceData; sessions: SessionCalendar } {
  cached ??= {
    reference: new ReferenceData(readJson<Country>('countries.json', 'countries'), readJson<Mandate>('mandates.json', 'mandates')),
    sessions: new SessionCalendar(readJson<SessionRecord>('sessions.json', 'sessions')),
  };
  return cached;
}
