// Scope: workers_builds_workers_list, workers_builds_workers_get (Builds connected or not) and workers_builds_worker_code_get, plus unknown Worker names.
import { ACME_ACCOUNT, USER_TOKEN } from "@repo/emulator/identities";
import { API_GATEWAY, CRON_CLEANUP, SCRIPTS } from "@repo/emulator/seed/workers-builds";
import { callOk, callTool, testApp } from "@repo/mcp-kit/testing";
import { describe, expect, it } from "vitest";
import app from "../src/index";

const stack = testApp(app);
const acme = { account_id: ACME_ACCOUNT.id };

describe("workers_builds_workers_list", () => {
  it("lists every Worker with its latest build and calls out failing ones", async () => {
    const client = await stack.connect(USER_TOKEN.value);
    const result = await callOk(client, "workers_builds_workers_list", acme);
    const workers = result.structured.workers as Array<{
      name: string;
      latest_build?: { outcome: string };
    }>;
    expect(workers.map((worker) => worker.name).sort()).toEqual(SCRIPTS.map((s) => s.name).sort());
    expect(workers.find((w) => w.name === "api-gateway")?.latest_build?.outcome).toBe("fail");
    expect(workers.find((w) => w.name === "cron-cleanup")?.latest_build).toBeUndefined();
    expect(result.text.split("\n")[0]).toContain("api-gateway");
  });
});

describe("workers_builds_workers_get", () => {
  it("shows a connected Worker's triggers and latest build", async () => {
    const client = await stack.connect(USER_TOKEN.value);
    const result = await callOk(client, "workers_builds_workers_get", {
      ...acme,
      worker: "api-gateway",
    });
    expect(result.structured).toMatchObject({
      name: "api-gateway",
      tag: API_GATEWAY.tag,
      builds_connected: true,
      triggers: [expect.objectContaining({ build_command: "npm run build", branches: ["main"] })],
      latest_build: expect.objectContaining({ outcome: "fail", branch: "main" }),
    });
  });

  it("says when Workers Builds is not connected and how to connect it", async () => {
    const client = await stack.connect(USER_TOKEN.value);
    const result = await callOk(client, "workers_builds_workers_get", {
      ...acme,
      worker: "cron-cleanup",
    });
    expect(result.structured).toMatchObject({ builds_connected: false, format: "service-worker" });
    expect(result.text).toContain("Settings > Build");
  });

  it("accepts a Worker tag as well as a name", async () => {
    const client = await stack.connect(USER_TOKEN.value);
    const result = await callOk(client, "workers_builds_workers_get", {
      ...acme,
      worker: CRON_CLEANUP.tag,
    });
    expect(result.structured.name).toBe("cron-cleanup");
  });

  it("suggests close names for an unknown Worker", async () => {
    const client = await stack.connect(USER_TOKEN.value);
    const result = await callTool(client, "workers_builds_workers_get", {
      ...acme,
      worker: "api-gatway",
    });
    expect(result.isError).toBe(true);
    expect(result.text).toContain('No Worker named "api-gatway"');
    expect(result.text).toContain('"api-gateway"');
  });
});

describe("workers_builds_worker_code_get", () => {
  it("returns a module Worker's code, flags bundled output and omits source maps", async () => {
    const client = await stack.connect(USER_TOKEN.value);
    const result = await callOk(client, "workers_builds_worker_code_get", {
      ...acme,
      worker: "api-gateway",
    });
    expect(result.structured.bundled).toBe(true);
    expect(result.text).toContain("bundled build output");
    const modules = result.structured.modules as Array<{
      name: string;
      content?: string;
      shown?: string;
    }>;
    expect(modules[0]).toMatchObject({
      name: "index.js",
      content: API_GATEWAY.modules[0]!.content,
    });
    expect(modules[1]).toMatchObject({ name: "index.js.map", shown: "no (source map)" });
    expect(modules[1]).not.toHaveProperty("content");
  });

  it("returns a service-worker script and bounds the code by max_chars", async () => {
    const client = await stack.connect(USER_TOKEN.value);
    const result = await callOk(client, "workers_builds_worker_code_get", {
      ...acme,
      worker: "cron-cleanup",
      max_chars: 200,
    });
    expect(result.structured.bundled).toBe(false);
    const [module] = result.structured.modules as Array<{ content: string; cut_chars?: number }>;
    expect(module!.content).toContain('addEventListener("scheduled"');
    expect(module!.content.length).toBeLessThanOrEqual(200);
  });
});
