/**
 * The error a tool handler throws when it wants the model to see a specific message and next step.
 * The kit turns it (and any `CloudflareApiError`) into an `isError: true` result; anything else
 * becomes a generic internal error so stack traces never reach the client.
 */
export class ToolError extends Error {
  /** What the model should do next. */
  readonly hint: string | undefined;
  /** Cloudflare error code, when the failure came from the API. */
  readonly code: number | undefined;
  /** What kind of failure this is, for the tool log (`errorKind`), e.g. "sandbox_timeout". */
  readonly kind: string | undefined;

  constructor(
    message: string,
    options: { hint?: string; code?: number; kind?: string; cause?: unknown } = {},
  ) {
    super(message, { cause: options.cause });
    this.name = "ToolError";
    this.hint = options.hint;
    this.code = options.code;
    this.kind = options.kind;
  }
}
