/**
 * Test harness: each test file runs its own emulator and the my-product server under
 * `wrangler dev` and talks to the server through a real MCP client over Streamable HTTP.
 */
import { type Stack, useAppStack } from "@repo/local-stack/vitest";

export { callOk, callTool, type Stack, type ToolOutcome } from "@repo/local-stack/vitest";

/** Starts the stack before the file's tests and stops it after them. */
export function useStack(): Stack {
  return useAppStack("my-product");
}
