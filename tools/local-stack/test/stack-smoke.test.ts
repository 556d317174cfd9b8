// Scope: startEmulator and startApp against the real tools/emulator and apps/secrets-store.
import { existsSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  connectMcpClient,
  type RunningApp,
  type RunningEmulator,
  repoRoot,
  startApp,
  startEmulator,
} from "../src/index.ts";

const present =
  existsSync(join(repoRoot(), "tools", "emulator", "wrangler.jsonc")) &&
  existsSync(join(repoRoot(), "apps", "secrets-store", "wrangler.jsonc"));

describe.skipIf(!present)("the emulator with the secrets-store server", () => {
  let emulator: RunningEmulator;
  let server: RunningApp;

  beforeAll(async () => {
    emulator = await startEmulator();
    server = await startApp("secrets-store", { apiBaseUrl: emulator.apiBaseUrl });
  });

  afterAll(async () => {
    await Promise.all([server?.stop(), emulator?.stop()]);
  });

  it("exposes the emulator's API URL and a working reset route", async () => {
    expect(emulator.apiBaseUrl).toBe(`${emulator.url}/client/v4`);
    await expect(emulator.reset()).resolves.toBeUndefined();
  });

  it("serves MCP tools that reach the emulator with the dev token", async () => {
    expect(server.mcpUrl).toBe(`${server.url}/mcp`);
    const client = await connectMcpClient(server.mcpUrl, { token: "cfemu_user_token" });
    try {
      const result = await client.callTool({ name: "accounts_list", arguments: {} });
      expect(result.isError).toBeFalsy();
      expect(JSON.stringify(result.content)).toContain("023e105f4ecef8ad9ca31a8372d0c353");
    } finally {
      await client.close();
    }
  });
});
