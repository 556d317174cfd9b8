import { z } from "@repo/mcp-kit";

/** Hosted MCP gateways time out at 30 s; the kit's tool budget is 25 s. Code gets a bit less. */
export const CODE_TIMEOUT_MS = 20_000;

export function codeInput(description: string) {
  return { code: z.string().min(1).max(100_000).describe(description) };
}
