import { createHash } from 'node:crypto';
import type { MissiveError } from '../domain/index.js';
import type { ReadPart } from './types.js';

export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** A part that could not be read; `bytes` is empty when it was refused before extraction. */
export function failedPart(name: string, error: MissiveError, bytes: Uint8Array = new Uint8Array(0)): ReadPart {
  return { name, sha256: sha256Hex(bytes), size: bytes.byteLength, bytes, result: { ok: false, error } };
}
