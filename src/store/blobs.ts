import { createHash, randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { isSha256, MissiveError, type StoredDocument } from '../domain/index.js';

/**
 * Original files, stored once under their SHA-256 and never modified: `files/ab/cd/<sha256>`.
 * Writes go to a temporary name and are renamed into place, so a crash never leaves a
 * partial file under a real hash; storing the same bytes again is a no-op.
 */
export class BlobStore {
  /** Directories known to exist, so a bulk load does not ask the disk again for each file. */
  private readonly directories = new Set<string>();
  constructor(readonly root: string) {}

  pathOf(sha256: string): string {
    if (!isSha256(sha256)) throw new MissiveError('INVALID_VALUE', `"${sha256}" is not a SHA-256 hex digest`, { value: sha256, field: 'sha256' });
    return join(this.root, sha256.slice(0, 2), sha256.slice(2, 4), sha256);
  }

  async put(bytes: Uint8Array, filename: string, mime: string): Promise<StoredDocument> {
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    const path = this.pathOf(sha256);
    if (!existsSync(path)) {
      const directory = join(path, '..');
      if (!this.directories.has(directory)) {
        await mkdir(directory, { recursive: true });
        this.directories.add(directory);
      }
      const temporary = `${path}.${randomBytes(6).toString('hex')}.partial`;
      await writeFile(temporary, bytes, { flag: 'wx' });
      await rename(temporary, path);
    }
    return { sha256, mime, size: bytes.byteLength, filename };
  }

  async get(sha256: string): Promise<Buffer> {
    try {
      return await readFile(this.pathOf(sha256));
    } catch (cause) {
      throw new MissiveError('NOT_FOUND', `no stored file with SHA-256 ${sha256}`, { value: sha256, cause });
    }
  }

  has(sha256: string): boolean {
    return existsSync(this.pathOf(sha256));
  }
}
