/**
 * The one error type of this package. `code` says what went wrong; messages never include the
 * spec's contents or any credential, only the source name and sizes.
 * @module
 */

/** Why a spec could not be loaded or processed. */
export type OpenApiSpecErrorCode =
  | "fetch_failed"
  | "too_large"
  | "invalid_json"
  | "not_openapi"
  | "unsupported_version"
  | "invalid_processed_spec";

/** Thrown by the loaders and by `processSpec` / `parseProcessedSpec` for unusable input. */
export class OpenApiSpecError extends Error {
  override readonly name = "OpenApiSpecError";
  readonly code: OpenApiSpecErrorCode;

  constructor(code: OpenApiSpecErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
  }
}

/** True when `error` is an `OpenApiSpecError`, optionally with the given code. */
export function isOpenApiSpecError(
  error: unknown,
  code?: OpenApiSpecErrorCode,
): error is OpenApiSpecError {
  return error instanceof OpenApiSpecError && (code === undefined || error.code === code);
}
