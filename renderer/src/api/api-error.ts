// The one error type the client throws: the host's error code plus a message a person can act on.
import type { ErrorCode } from '../../../shared/result';

/** Codes from the contract, plus the two failures only a transport can have. */
export type ClientErrorCode = ErrorCode | 'UNAUTHORIZED' | 'UNREACHABLE';

export class ApiError extends Error {
  constructor(
    readonly code: ClientErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/** A readable message for anything thrown, so a notice never says "[object Object]". */
export function messageOf(error: unknown): string {
  if (error instanceof Error) return error.message;
  return typeof error === 'string' ? error : 'Something went wrong.';
}
