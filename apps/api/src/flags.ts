/**
 * Connection options of the api server, read from the MCP URL (`/mcp?codemode=false&readonly`)
 * by the kit's strict parser: read-only fails closed, unknown options are refused.
 */
import { type ConnectionOptionsSchema, READ_ONLY_OPTION } from "@repo/mcp-kit";

export const API_CONNECTION_OPTIONS = {
  readonly: READ_ONLY_OPTION,
  codemode: {
    kind: "switch",
    default: true,
    description: "the server offers search + execute (true) or one tool per API operation (false)",
  },
} as const satisfies ConnectionOptionsSchema;
