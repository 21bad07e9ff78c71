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
  | 'DATABASE_UNREADABLE'
  | 'DATABASE_UNREACHABLE'
  | 'CONFIGURATION';

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
