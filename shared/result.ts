// The envelope every operation answers with, across every host and process boundary.
import { z } from 'zod';

export const ErrorCode = z.enum(['INVALID_INPUT', 'NOT_FOUND', 'CONFLICT', 'INTERNAL']);
export type ErrorCode = z.infer<typeof ErrorCode>;

export const OperationError = z.object({ code: ErrorCode, message: z.string() });
export type OperationError = z.infer<typeof OperationError>;

export type Result<T> = { ok: true; value: T } | { ok: false; error: OperationError };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = (code: ErrorCode, message: string): Result<never> => ({
  ok: false,
  error: { code, message },
});

/** An error the core raises on purpose; hosts turn it into a failed Result with its code. */
export class NotebookError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'NotebookError';
  }
}
