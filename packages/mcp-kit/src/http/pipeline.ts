/**
 * A minimal middleware pipeline for the server Worker: each step is a named function
 * `(http, next) => Response` that answers, or passes on to the next step. Steps signal a refusal
 * by throwing {@link HttpError}; {@link renderError} is the one place that turns it into a
 * response, so every refusal has the same shape (a JSON-RPC error, which MCP clients display).
 *
 * Hono would give the same shape with routing we do not need: the server has one MCP route, and
 * the OAuth endpoints are routed by workers-oauth-provider itself.
 */

/** What every step sees. `request` may be replaced by a step (the body cap re-reads it). */
export interface HttpContext<Env> {
  request: Request;
  readonly url: URL;
  readonly env: Env;
  readonly ctx: ExecutionContext;
}

export type Next = () => Promise<Response>;
export type Middleware<Env> = (http: HttpContext<Env>, next: Next) => Promise<Response>;
export type WorkerFetch<Env> = (
  request: Request,
  env: Env,
  ctx: ExecutionContext,
) => Promise<Response>;

/**
 * A refusal with an HTTP status and a message for the client (never internal detail).
 * Anything else thrown by a step is a bug and becomes a bare 500.
 */
export class HttpError extends Error {
  override readonly name = "HttpError";
  constructor(
    readonly status: number,
    message: string,
    readonly headers: Readonly<Record<string, string>> = {},
  ) {
    super(message);
  }
}

/** The one error renderer: a JSON-RPC error body with the HTTP status, never cached. */
export function renderError(error: unknown): Response {
  const known = error instanceof HttpError;
  if (!known) console.error(JSON.stringify({ event: "http_error", error: String(error) }));
  return Response.json(
    {
      jsonrpc: "2.0",
      error: { code: -32000, message: known ? error.message : "Internal server error." },
      id: null,
    },
    {
      status: known ? error.status : 500,
      headers: { "Cache-Control": "no-store", ...(known ? error.headers : {}) },
    },
  );
}

/** Runs `steps` in order; the last one must answer without calling `next`. */
export function pipeline<Env>(steps: readonly Middleware<Env>[]): WorkerFetch<Env> {
  return async function handle(request, env, ctx) {
    const http: HttpContext<Env> = { request, url: new URL(request.url), env, ctx };
    const run = async (index: number): Promise<Response> => {
      const step = steps[index];
      if (!step) throw new Error("pipeline: the last step called next()");
      return step(http, () => run(index + 1));
    };
    try {
      return await run(0);
    } catch (error) {
      return renderError(error);
    }
  };
}
