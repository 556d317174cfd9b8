/**
 * Test harness: each file runs its own emulator and the api server under `wrangler dev`, with a
 * copy of the seeded state (spec and docs subset, see global-setup.ts), and talks to the server
 * through a real MCP client over Streamable HTTP.
 */
import { cp, mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type Stack, useAppStack } from "@repo/local-stack/vitest";
import { inject } from "vitest";

export { callOk, callTool, type Stack, type ToolOutcome } from "@repo/local-stack/vitest";

/** @param vars extra variables for the server, e.g. a short CODE_TIMEOUT_MS. */
export function useStack(vars?: Record<string, string>): Stack {
  return useAppStack("api", {
    ...(vars ? { vars } : {}),
    async prepareState() {
      const copy = await mkdtemp(join(tmpdir(), "api-state-"));
      await cp(inject("apiStateTemplate"), copy, { recursive: true });
      return copy;
    },
  });
}

export const USER_TOKEN = "cfemu_user_token";
export const ACCOUNT_TOKEN = "cfemu_account_token";
export const READONLY_TOKEN = "cfemu_readonly_token";
export const ACME = "023e105f4ecef8ad9ca31a8372d0c353";
export const GLOBEX = "9a7806061c88ada191ed06f989cc3dac";
