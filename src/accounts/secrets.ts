import { createHash, randomBytes } from 'node:crypto';

/** Random secrets (session ids, API tokens, CSRF tokens) and the hashes stored in their place. */

export const newSecret = (bytes = 32): string => randomBytes(bytes).toString('base64url');

/** SHA-256 of a secret: what the database keeps, so a copy of it opens no session and runs no script. */
export const hashSecret = (secret: string): string => createHash('sha256').update(secret, 'utf8').digest('hex');

/** Personal API tokens start so, to be recognisable in logs and by secret scanners. */
export const TOKEN_PREFIX = 'mst_';
export const newApiToken = (): string => `${TOKEN_PREFIX}${newSecret()}`;
