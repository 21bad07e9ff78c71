import { inflateRawSync } from 'node:zlib';

/**
 * A synchronous look at a ZIP file's central directory: enough to tell a DOCX from a plain
 * archive and to read one small member (DOCX properties) without the streaming reader. Entries
 * themselves are read by readers/zip.ts, which enforces the limits.
 */
export interface DirectoryEntry {
  readonly name: string;
  readonly method: number;
  readonly compressedSize: number;
  readonly uncompressedSize: number;
  readonly localHeaderOffset: number;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
/** The end record sits in the last 22 bytes plus a comment of at most 65,535 bytes. */
const EOCD_SEARCH = 22 + 0xffff;
/** Names read for detection; a DOCX lists its parts well before this. */
const MAX_LISTED = 5_000;

function view(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** The entries named in the central directory, or null when it cannot be found or parsed (ZIP64 included). */
export function listZipDirectory(bytes: Uint8Array): DirectoryEntry[] | null {
  if (bytes.length < 22) return null;
  const data = view(bytes);
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - EOCD_SEARCH); i -= 1) {
    if (data.getUint32(i, true) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return null;
  const count = data.getUint16(eocd + 10, true);
  const offset = data.getUint32(eocd + 16, true);
  if (count === 0xffff || offset === 0xffffffff) return null;
  const entries: DirectoryEntry[] = [];
  let at = offset;
  const decoder = new TextDecoder('utf-8');
  for (let n = 0; n < Math.min(count, MAX_LISTED); n += 1) {
    if (at + 46 > bytes.length || data.getUint32(at, true) !== CENTRAL) return null;
    const nameLength = data.getUint16(at + 28, true);
    const extraLength = data.getUint16(at + 30, true);
    const commentLength = data.getUint16(at + 32, true);
    if (at + 46 + nameLength > bytes.length) return null;
    entries.push({
      name: decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength)),
      method: data.getUint16(at + 10, true),
      compressedSize: data.getUint32(at + 20, true),
      uncompressedSize: data.getUint32(at + 24, true),
      localHeaderOffset: data.getUint32(at + 42, true),
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/**
 * The bytes of one small member (stored or deflated), or null when it is missing, larger than
 * `maxBytes` once inflated, or damaged. The inflated size is capped by zlib itself, not taken
 * from the header.
 */
export function readSmallMember(bytes: Uint8Array, entry: DirectoryEntry, maxBytes: number): Uint8Array | null {
  const data = view(bytes);
  const at = entry.localHeaderOffset;
  if (at + 30 > bytes.length || data.getUint32(at, true) !== LOCAL) return null;
  const start = at + 30 + data.getUint16(at + 26, true) + data.getUint16(at + 28, true);
  const end = start + entry.compressedSize;
  if (end > bytes.length) return null;
  const raw = bytes.subarray(start, end);
  if (entry.method === 0) return raw.length <= maxBytes ? raw : null;
  if (entry.method !== 8) return null;
  try {
    return inflateRawSync(raw, { maxOutputLength: maxBytes });
  } catch {
    return null;
  }
}
