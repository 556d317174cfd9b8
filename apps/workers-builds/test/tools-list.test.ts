// Scope: the MCP handshake and the tool catalogue (names, annotations, described inputs).
import { USER_TOKEN } from "@repo/emulator/identities";
import { describe, expect, it } from "vitest";
import { useStack } from "./harness";

const stack = useStack();

const READ = { readOnlyHint: true, destructiveHint: false };
const EXPECTED_TOOLS = {
  workers_builds_workers_list: READ,
  workers_builds_workers_get: READ,
  workers_builds_worker_code_get: READ,
  workers_builds_builds_list: READ,
  workers_builds_builds_get: READ,
  workers_builds_build_logs_get: READ,
  workers_builds_builds_diagnose: READ,
  workers_builds_triggers_list: READ,
  workers_builds_builds_trigger: { readOnlyHint: false, destructiveHint: false },
} as const;

describe("initialize", () => {
  it("announces the server name, version and instructions", async () => {
    const client = await stack.connect(USER_TOKEN.value);
    expect(client.getServerVersion()).toMatchObject({
      name: "cloudflare-workers-builds",
      version: "0.1.0",
    });
    expect(client.getInstructions()).toContain("workers_builds_builds_diagnose");
  });
});

describe("tools/list", () => {
  it("lists every Workers Builds tool with its behaviour hints and described inputs", async () => {
    const client = await stack.connect(USER_TOKEN.value);
    const { tools } = await client.listTools();
    for (const [name, hints] of Object.entries(EXPECTED_TOOLS)) {
      const tool = tools.find((candidate) => candidate.name === name);
      expect(tool, name).toBeDefined();
      expect(tool!.annotations).toMatchObject(hints);
      expect(tool!.description!.length).toBeGreaterThan(40);
      const properties =
        (tool!.inputSchema as { properties?: Record<string, { description?: string }> })
          .properties ?? {};
      for (const [field, schema] of Object.entries(properties)) {
        expect(schema.description, `${name}.${field}`).toBeTruthy();
      }
    }
  });
});
