/**
 * Keeping secret values out of what a tool returns, for the tools that accept values.
 *
 * The kit's per-call redaction replaces a secret wherever its text appears, which is right for
 * long random values but not for short or common-word ones: a value "workers" would blank the
 * `workers` scope in every result. So these tools do not list `value` in `secretFields`; they
 * shape results through {@link echoRedactor} (metadata kept, echoes redacted) and pass API errors
 * through {@link redactedErrors}. Values long enough not to occur by chance are also handed to
 * the kit with `call.redact`, as a second net over results, errors and logs.
 */
import { CloudflareApiError } from "@repo/cloudflare-api";
import { type ToolCall, ToolError } from "@repo/mcp-kit";
import { type EchoRedactor, echoRedactor } from "./echo-redaction";

/** From this length a value is also scrubbed by the kit wherever its text appears. */
const KIT_REDACTION_MIN_LENGTH = 16;

/** The redactor for this call's values; long values also go to the kit's redaction. */
export function guardValues(call: ToolCall, values: readonly string[]): EchoRedactor {
  for (const value of values) {
    if (value.length >= KIT_REDACTION_MIN_LENGTH) call.redact(value);
  }
  return echoRedactor(values);
}

/** Runs `work`; an error it throws leaves with every echo of a value redacted. */
export async function redactedErrors<T>(
  redactor: EchoRedactor,
  work: () => Promise<T>,
): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw redactError(redactor, error);
  }
}

function redactError(redactor: EchoRedactor, error: unknown): unknown {
  if (error instanceof CloudflareApiError) {
    return new CloudflareApiError({
      status: error.status,
      errors: error.errors.map((detail) => ({ ...detail, message: redactor.text(detail.message) })),
      messages: error.messages.map((message) => ({
        ...message,
        message: redactor.text(message.message),
      })),
      method: error.method,
      path: error.path,
      internalMessage: redactor.text(error.internalMessage),
      envelope: !error.message.startsWith("Cloudflare API returned a body that is not"),
      ...(error.rayId !== undefined ? { rayId: error.rayId } : {}),
      ...(error.retryAfterSeconds !== undefined
        ? { retryAfterSeconds: error.retryAfterSeconds }
        : {}),
      attempts: error.attempts,
    });
  }
  if (error instanceof ToolError) {
    return new ToolError(redactor.text(error.message), {
      ...(error.hint !== undefined ? { hint: redactor.text(error.hint) } : {}),
      ...(error.code !== undefined ? { code: error.code } : {}),
    });
  }
  return error;
}
