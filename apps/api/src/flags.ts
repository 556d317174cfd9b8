/**
 * Connection options of the api server, read from the MCP URL (`/mcp?codemode=false&readonly`)
 * by the kit's strict parser: read-only fails closed, unknown options are refused.
 */
import {
  type ConnectionOptions,
  type ConnectionOptionsResult,
  type ConnectionOptionsSchema,
  parseConnectionOptions,
  READ_ONLY_OPTION,
} from "@repo/mcp-kit";

export const API_CONNECTION_OPTIONS = {
  readonly: READ_ONLY_OPTION,
  codemode: {
    kind: "switch",
    default: true,
    description: "the server offers search + execute (true) or one tool per API operation (false)",
  },
} as const satisfies ConnectionOptionsSchema;

export type ApiConnectionOptions = ConnectionOptions<typeof API_CONNECTION_OPTIONS>;

export function readConnectionOptions(
  request: Request,
): ConnectionOptionsResult<typeof API_CONNECTION_OPTIONS> {
  return parseConnectionOptions(request, API_CONNECTION_OPTIONS);
}

/**
 * The options of a request that `fetch` already validated (register runs after it). A request
 * that somehow carries invalid options gets the most restricted connection.
 */
export function connectionOptions(request: Request): ApiConnectionOptions {
  const result = readConnectionOptions(request);
  return result.ok ? result.options : { readonly: true, codemode: true };
}
