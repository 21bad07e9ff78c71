/**
 * Every error Missive shows to a person carries a stable code, the offending value and,
 * where known, the field or file it came from, so callers can act on it and users can read it.
 */
export type ErrorCode =
  | 'INVALID_REFERENCE'
  | 'INVALID_DATE'
  | 'UNKNOWN_COUNTRY'
  | 'UNKNOWN_MANDATE'
  | 'UNKNOWN_SESSION'
  | 'INVALID_VALUE'
  | 'NOT_FOUND'
  | 'CONFLICT'
  /** Not signed in, or wrong credentials. */
  | 'UNAUTHORIZED'
  /** Signed in, but this person may not do this. */
  | 'FORBIDDEN'
  /** Too many attempts: wait before trying again. */
  | 'RATE_LIMITED'
  | 'DATABASE_UNREADABLE'
  | 'DATABASE_UNREACHABLE'
  | 'CONFIGURATION'
  /** A file that cannot be read as what it claims or seems to be (truncated, encrypted, corrupt…). */
  | 'UNREADABLE_FILE'
  /** A file of a format Missive does not read. */
  | 'UNSUPPORTED_FORMAT'
  /** A file or archive past a safety limit (size, entries, expansion ratio, nesting). */
  | 'LIMIT_EXCEEDED';

export class MissiveError extends Error {
  readonly code: ErrorCode;
  readonly value: unknown;
  readonly field: string | undefined;

  constructor(code: ErrorCode, message: string, options: { value?: unknown; field?: string; cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'MissiveError';
    this.code = code;
    this.value = options.value;
    this.field = options.field;
  }
}

export function isMissiveError(error: unknown, code?: ErrorCode): error is MissiveError {
  return error instanceof MissiveError && (code === undefined || error.code === code);
}
