// Scope: workers_builds_build_logs_get across cursor pages, line ranges, timestamps with dates, and bad input.
import { ACME_ACCOUNT, USER_TOKEN } from "@repo/emulator/identities";
import { API_GATEWAY_FAILED_BUILD, LOG_PAGE_LINES } from "@repo/emulator/seed/workers-builds";
import { callOk, callTool, testApp } from "@repo/mcp-kit/testing";
import { describe, expect, it } from "vitest";
import app from "../src/index";

const stack = testApp(app);
const acme = { account_id: ACME_ACCOUNT.id };
const total = API_GATEWAY_FAILED_BUILD.logs.length;

describe("workers_builds_build_logs_get", () => {
  it("shows the logs of the latest build of api-gateway, read across every page", async () => {
    expect(total).toBeGreaterThan(3 * LOG_PAGE_LINES);
    const client = await stack.connect(USER_TOKEN.value);
    const result = await callOk(client, "workers_builds_build_logs_get", {
      ...acme,
      worker: "api-gateway",
    });
    expect(result.structured).toMatchObject({
      build_uuid: API_GATEWAY_FAILED_BUILD.uuid,
      total_lines: total,
      complete: true,
      requested: [total - 149, total],
      shown: [[total - 149, total]],
      dropped: [],
    });
    const lines = result.structured.lines as string[];
    expect(lines).toHaveLength(150);
    expect(lines.at(-1)).toMatch(/^#\d+ 2026-11-20T\d\d:\d\d:\d\d\.\d{3}Z Failed: build command/);
    expect(result.text.split("\n")[0]).toMatch(/4 log pages read/);
  });

  it("returns a requested range from the start of the log", async () => {
    const client = await stack.connect(USER_TOKEN.value);
    const result = await callOk(client, "workers_builds_build_logs_get", {
      ...acme,
      build_uuid: API_GATEWAY_FAILED_BUILD.uuid,
      from_line: 1,
      line_count: 3,
    });
    expect(result.structured.lines).toEqual([
      expect.stringMatching(/^#1 2026-11-20T14:02:05\.000Z Initializing build environment\.\.\.$/),
      expect.stringMatching(/^#2 .* Success: Finished initializing build environment$/),
      expect.stringMatching(/^#3 .* Cloning repository acme-corp\/api-gateway\.\.\.$/),
    ]);
  });

  it("rejects a malformed build UUID", async () => {
    const client = await stack.connect(USER_TOKEN.value);
    const result = await callTool(client, "workers_builds_build_logs_get", {
      ...acme,
      build_uuid: "xyz",
    });
    expect(result.isError).toBe(true);
    expect(result.text).toContain("is not a build UUID");
  });

  it("explains a Worker without Builds", async () => {
    const client = await stack.connect(USER_TOKEN.value);
    const result = await callTool(client, "workers_builds_build_logs_get", {
      ...acme,
      worker: "cron-cleanup",
    });
    expect(result.isError).toBe(true);
    expect(result.text).toContain("does not have Workers Builds connected");
  });
});
