import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, join, relative } from 'node:path';
import { MissiveError } from '../domain/index.js';

/** A file named on the command line or found in a folder named there. */
export interface SourceFile {
  readonly path: string;
  /** The name kept with the record: the path relative to the folder given, or the file's name. */
  readonly name: string;
  readonly size: number;
}

/** Expands files and folders (recursively, in a stable order); a missing path is an error naming it. */
export async function collectSources(paths: readonly string[]): Promise<SourceFile[]> {
  const out: SourceFile[] = [];
  for (const path of paths) {
    let info;
    try {
      info = await stat(path);
    } catch {
      throw new MissiveError('NOT_FOUND', `${path}: no such file or folder`, { value: path, field: 'path' });
    }
    if (info.isDirectory()) {
      for (const file of await walk(path)) out.push({ path: file.path, name: relative(path, file.path), size: file.size });
    } else if (info.isFile()) {
      out.push({ path, name: basename(path), size: info.size });
    }
  }
  return out;
}

async function walk(dir: string): Promise<{ path: string; size: number }[]> {
  const entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const files: { path: string; size: number }[] = [];
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) files.push(...(await walk(path)));
    else if (entry.isFile()) files.push({ path, size: (await stat(path)).size });
  }
  return files;
}

/** The SHA-256 of a file read as a stream, for files too large to hold in memory. */
export async function hashFile(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

export async function readSource(file: SourceFile): Promise<Buffer> {
  return readFile(file.path);
}
