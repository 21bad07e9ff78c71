import yauzl, { type Entry, type ZipFile } from 'yauzl';
import { MissiveError } from '../../domain/index.js';
import { formatBytes, overLimit, reason, unreadable, type ReadContext, type Reader } from '../context.js';
import { failedPart } from '../parts.js';
import type { ReadPart } from '../types.js';

/**
 * ZIP archives, read with yauzl one entry at a time. Every entry is inflated as a stream and its
 * bytes are counted as they come, whatever the headers say: an entry is stopped as soon as it
 * passes the expansion ratio, and the whole reading as soon as it passes the total of
 * decompressed bytes or of entries (both shared by nested archives), so a ZIP bomb costs at most
 * the limit, never its full size. Names that would climb out of a folder (`../`, `/etc/passwd`,
 * `C:\`) are refused for that entry alone.
 */

/** Below this size an entry is never called a bomb, whatever its ratio (a page of spaces compresses 1000:1). */
const RATIO_FLOOR = 1024 * 1024;

/** Entry names are UTF-8 when flagged or when they decode as such (macOS omits the flag), else CP437. */
const CP437_HIGH =
  'ÇüéâäàåçêëèïîìÄÅÉæÆôöòûùÿÖÜ¢£¥₧ƒáíóúñÑªº¿⌐¬½¼¡«»░▒▓│┤╡╢╖╕╣║╗╝╜╛┐└┴┬├─┼╞╟╚╔╩╦╠═╬╧╨╤╥╙╘╒╓╫╪┘┌█▄▌▐▀αßΓπΣσµτΦΘΩδ∞φε∩≡±≥≤⌠⌡÷≈°∙·√ⁿ²■\u00a0';

function decodeName(raw: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(raw);
  } catch {
    return [...raw].map((byte) => (byte < 0x80 ? String.fromCharCode(byte) : (CP437_HIGH[byte - 0x80] ?? '?'))).join('');
  }
}

/** Why a name is unsafe to use as a path, or null when it is safe. */
export function unsafeName(name: string): string | null {
  const path = name.replace(/\\/g, '/');
  if (path.includes('\0')) return 'contains a NUL character';
  if (path.startsWith('/')) return 'is an absolute path';
  if (/^[a-zA-Z]:/.test(path)) return 'starts with a drive letter';
  if (path.split('/').includes('..')) return 'climbs out of the archive with "../"';
  return null;
}

/** The whole reading's budget is spent: the error is kept on the budget so that outer levels stop too. */
function exhaust(context: ReadContext, what: string): MissiveError {
  const error = overLimit(context.name, what);
  context.budget.exhausted = error;
  return error;
}

/** An error about one entry (the others go on) or about the archive (the reading stops). */
class ArchiveStop extends Error {
  constructor(readonly error: MissiveError) {
    super(error.message);
  }
}

function open(bytes: Uint8Array): Promise<ZipFile> {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(buffer, { lazyEntries: true, decodeStrings: false, validateEntrySizes: true }, (error, zip) => {
      if (error || !zip) reject(error ?? new Error('no archive'));
      else resolve(zip);
    });
  });
}

function nextEntry(zip: ZipFile): Promise<Entry | null> {
  return new Promise((resolve, reject) => {
    const cleanup = (): void => {
      zip.removeListener('entry', onEntry);
      zip.removeListener('end', onEnd);
      zip.removeListener('error', onError);
    };
    const onEntry = (entry: Entry): void => {
      cleanup();
      resolve(entry);
    };
    const onEnd = (): void => {
      cleanup();
      resolve(null);
    };
    const onError = (error: Error): void => {
      cleanup();
      reject(error);
    };
    zip.on('entry', onEntry);
    zip.on('end', onEnd);
    zip.on('error', onError);
    zip.readEntry();
  });
}

/**
 * The entry's bytes, counted while they stream: past the ratio the entry is refused; past the
 * budget the archive is. With `keep` false the bytes are only counted (DOCX check) and dropped.
 */
function inflate(zip: ZipFile, entry: Entry, path: string, context: ReadContext, keep: boolean): Promise<Uint8Array> {
  const { maxArchiveRatio, maxArchiveBytes } = context.limits;
  const entryCap = Math.max(RATIO_FLOOR, entry.compressedSize * maxArchiveRatio);
  return new Promise((resolve, reject) => {
    zip.openReadStream(entry, (error, stream) => {
      if (error || !stream) {
        reject(error ?? new Error('no stream'));
        return;
      }
      const chunks: Buffer[] = [];
      let total = 0;
      const stop = (failure: Error): void => {
        stream.destroy();
        reject(failure);
      };
      stream.on('data', (chunk: Buffer) => {
        total += chunk.length;
        if (context.budget.bytes + total > maxArchiveBytes) {
          stop(new ArchiveStop(exhaust(context, `expands to more than ${formatBytes(maxArchiveBytes)} (the limit for archives, nested ones included) at ${path}; it was not extracted further.`)));
        } else if (total > entryCap) {
          stop(overLimit(path, `expands to more than ${maxArchiveRatio} times its compressed size (${formatBytes(entry.compressedSize)}); it looks like a ZIP bomb and was not extracted.`));
        } else if (keep) {
          chunks.push(chunk);
        }
      });
      stream.on('error', (failure: Error) => reject(failure));
      stream.on('end', () => {
        context.budget.bytes += total;
        resolve(keep ? Buffer.concat(chunks, total) : new Uint8Array(0));
      });
    });
  });
}

type EntryOutcome = { readonly name: string; readonly bytes: Uint8Array } | { readonly name: string; readonly error: MissiveError };

/**
 * Every file entry of the archive in order, read or refused. Throws for the archive as a whole
 * (damaged directory, limits of the whole reading); `warnings` gets a note when the archive
 * breaks off after some entries were read, which are kept.
 */
async function walk(bytes: Uint8Array, context: ReadContext, keep: boolean, visit: (outcome: EntryOutcome) => Promise<void>, warnings: string[]): Promise<void> {
  let zip: ZipFile;
  try {
    zip = await open(bytes);
  } catch (error) {
    throw unreadable(context, `is a damaged ZIP archive (${reason(error)}).`, error);
  }
  // yauzl may emit 'error' between our reads; without a listener that would crash the process.
  zip.on('error', () => undefined);
  const { maxArchiveEntries } = context.limits;
  try {
    if (context.budget.entries + zip.entryCount > maxArchiveEntries) {
      throw exhaust(context, `holds ${zip.entryCount} entries; Missive reads at most ${maxArchiveEntries} entries per file (nested archives included).`);
    }
    let read = 0;
    for (;;) {
      let entry: Entry | null;
      try {
        entry = await nextEntry(zip);
      } catch (error) {
        if (read === 0) throw unreadable(context, `is a damaged ZIP archive (${reason(error)}).`, error);
        warnings.push(`The archive is damaged after its first ${read} entries (${reason(error)}); those were read.`);
        return;
      }
      if (!entry) return;
      context.budget.entries += 1;
      read += 1;
      if (context.budget.entries > maxArchiveEntries) {
        throw exhaust(context, `holds more than ${maxArchiveEntries} entries (nested archives included); reading stopped.`);
      }
      // With decodeStrings off yauzl hands over the raw bytes (and skips its own name checks, which
      // would fail the whole archive on one bad name); @types/yauzl 2.10 still says string.
      const name = decodeName(entry.fileName as unknown as Buffer);
      if (name.endsWith('/') || name.startsWith('__MACOSX/')) continue;
      const path = `${context.name}/${name}`;
      const unsafe = unsafeName(name);
      if (unsafe) {
        await visit({ name, error: new MissiveError('UNREADABLE_FILE', `${path} was not extracted: its name ${unsafe}.`, { value: path }) });
        continue;
      }
      if ((entry.generalPurposeBitFlag & 0x1) !== 0) {
        await visit({ name, error: new MissiveError('UNREADABLE_FILE', `${path} is encrypted: it needs a password to open.`, { value: path }) });
        continue;
      }
      let outcome: EntryOutcome;
      try {
        outcome = { name, bytes: await inflate(zip, entry, path, context, keep) };
      } catch (error) {
        if (error instanceof ArchiveStop) throw error.error;
        const failure = error instanceof MissiveError ? error : new MissiveError('UNREADABLE_FILE', `${path} is damaged (${reason(error)}).`, { value: path, cause: error });
        outcome = { name, error: failure };
      }
      await visit(outcome);
    }
  } finally {
    zip.close();
  }
}

/**
 * Checks a ZIP-based document (DOCX) against the limits by inflating and counting every entry
 * without keeping it, before a library that inflates everything in memory opens it.
 */
export async function checkArchiveLimits(bytes: Uint8Array, context: ReadContext): Promise<void> {
  await walk(bytes, context, false, async (outcome) => {
    // The document is one file to its reader: its own name goes first, the part's in the words.
    if ('error' in outcome) throw new MissiveError(outcome.error.code, `${context.name} cannot be opened: ${outcome.error.message}`, { value: context.name });
  }, []);
}

export const readZip: Reader = async (bytes, context) => {
  if (context.depth >= context.limits.maxDepth) {
    throw overLimit(context.name, `is an archive nested ${context.depth} levels deep; Missive opens archives and attachments ${context.limits.maxDepth} levels deep at most.`);
  }
  const parts: ReadPart[] = [];
  const warnings: string[] = [];
  await walk(bytes, context, true, async (outcome) => {
    parts.push('error' in outcome ? failedPart(outcome.name, outcome.error) : await context.readPart(outcome.name, outcome.bytes));
  }, warnings);
  if (parts.length === 0) warnings.push('The archive holds no files.');
  return { pages: [], parts, warnings };
};
