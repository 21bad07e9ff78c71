import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { isMissiveError } from '../domain/index.js';
import type { Store } from '../store/ports.js';
import type { IntakeQueue } from './intake.js';

/**
 * The watched folder (a mail-drop directory works the same: e-mails saved as .eml files): every
 * file put in it is submitted to the intake queue as a reply awaiting review, then moved to
 * `.done/`; a file that cannot be read goes to `.failed/` beside a `.error.txt` saying why. A
 * file whose bytes are already a reply's (a crash after submitting, before moving) is only moved,
 * so a re-run never submits twice.
 */

export const FOLDER_ACTOR = { username: 'intake-folder', role: 'secretariat', stateCode: null } as const;

export interface DrainReport {
  readonly submitted: number;
  readonly known: number;
  readonly failed: number;
}

export interface FolderLog {
  info(fields: object, message: string): void;
  warn(fields: object, message: string): void;
}

async function moveTo(dir: string, sub: string, name: string): Promise<string> {
  await mkdir(join(dir, sub), { recursive: true });
  const target = join(dir, sub, `${new Date().toISOString().replace(/[:.]/g, '-')}-${name}`);
  await rename(join(dir, name), target);
  return target;
}

/** Submits every file waiting in `dir` (one pass). */
export async function drainIntakeFolder(store: Store, queue: IntakeQueue, dir: string, log?: FolderLog): Promise<DrainReport> {
  let [submitted, known, failed] = [0, 0, 0];
  for (const name of (await readdir(dir)).sort()) {
    if (name.startsWith('.')) continue;
    const path = join(dir, name);
    if (!(await stat(path)).isFile()) continue;
    const bytes = await readFile(path);
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    if ((await store.documents.owners(sha256)).replyIds.length > 0) {
      known++;
      await moveTo(dir, '.done', name);
      continue;
    }
    try {
      const reply = await queue.submit(FOLDER_ACTOR, { name, bytes, confidentialityRequested: false });
      submitted++;
      await moveTo(dir, '.done', name);
      log?.info({ file: name, reply: reply.id }, 'intake folder: reply submitted for review');
    } catch (e) {
      if (!isMissiveError(e)) throw e;
      failed++;
      const target = await moveTo(dir, '.failed', name);
      await writeFile(`${target}.error.txt`, `${e.code}: ${e.message}\n`);
      log?.warn({ file: name, code: e.code, reason: e.message }, 'intake folder: file not taken in');
    }
  }
  return { submitted, known, failed };
}

/** Drains the folder now and every `intervalMs`, one pass at a time; returns the stop function. */
export function watchIntakeFolder(store: Store, queue: IntakeQueue, dir: string, log: FolderLog & { error(fields: object, message: string): void }, intervalMs = 30_000): () => Promise<void> {
  let running: Promise<unknown> | null = null;
  let stopped = false;
  const pass = () => {
    if (stopped || running) return;
    running = drainIntakeFolder(store, queue, dir, log)
      .catch((error: unknown) => log.error({ err: error, dir }, 'intake folder: pass failed; will retry'))
      .finally(() => { running = null; });
  };
  pass();
  const timer = setInterval(pass, intervalMs);
  return async () => {
    stopped = true;
    clearInterval(timer);
    await running;
  };
}
