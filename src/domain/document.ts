/** A stored file: its bytes live in the content-addressed store under their SHA-256, never modified. */
export interface StoredDocument {
  readonly sha256: string;
  readonly mime: string;
  readonly size: number;
  /** The name the file arrived with; the same bytes under several names keep the first. */
  readonly filename: string;
}

/** Why a file is attached to a record. */
export const FILE_ROLES = ['original', 'text', 'public-version', 'annex'] as const;
export type FileRole = (typeof FILE_ROLES)[number];

export interface AttachedFile extends StoredDocument {
  readonly role: FileRole;
}

export function isSha256(value: string): boolean {
  return /^[0-9a-f]{64}$/.test(value);
}
