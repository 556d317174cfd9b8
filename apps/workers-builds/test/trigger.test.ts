// Scope: workers_builds_builds_trigger ("retry it") creating a build that appears in workers_builds_builds_list, and its refusals.
import { ACME_ACCOUNT, READONLY_TOKEN, USER_TOKEN } from "@repo/emulator/identities";
import { API_GATEWAY_FAILED_BUILD } from "@repo/emulator/seed/workers-builds";
import { callOk, callTool, testApp } from "@repo/mcp-kit/testing";
import { beforeEach, describe, expect, it } from "vitest";
import app from "../src/index";

const stack = testApp(app);
const acme = { account_id: ACME_ACCOUNT.id };

beforeEach(async () => {
  await stack.emulator.reset();
});

describe("workers_builds_builds_trigger", () => {
  it("retries the failed build on its branch and the new build leads the list", async () => {
    const client = await stack.connect(USER_TOKEN.value);
    const result = await callOk(client, "workers_builds_builds_trigger", {
      ...acme,
      build_uuid: API_GATEWAY_FAILED_BUILD.uuid,
    });
    const build = result.structured.build as { build_uuid: string; status: string; branch: string };
    expect(build).toMatchObject({ status: "queued", branch: "main", trigger: "manual" });
    const listed = await callOk(client, "workers_builds_builds_list", {
      ...acme,
      worker: "api-gateway",
    });
    const rows = listed.structured.builds as Array<{ build_uuid: string }>;
    expect(rows[0]!.build_uuid).toBe(build.build_uuid);
    expect(rows).toHaveLength(4);
  });

  it("starts a build of a Worker's default branch by name", async () => {
    const client = await stack.connect(USER_TOKEN.value);
    const result = await callOk(client, "workers_builds_builds_trigger", {
      ...acme,
      worker: "marketing-site",
    });
    expect(result.structured.build).toMatchObject({ branch: "main", status: "queued" });
    expect(result.text).toContain("on branch main");
  });

  it("refuses a Worker without Builds, explaining how to connect", async () => {
    const client = await stack.connect(USER_TOKEN.value);
    const result = await callTool(client, "workers_builds_builds_trigger", {
      ...acme,
      worker: "cron-cleanup",
    });
    expect(result.isError).toBe(true);
    expect(result.text).toContain("does not have Workers Builds connected");
  });

  it("rejects a malformed build UUID before calling the API", async () => {
    const client = await stack.connect(USER_TOKEN.value);
    const result = await callTool(client, "workers_builds_builds_trigger", {
      ...acme,
      build_uuid: "12345",
    });
    expect(result.isError).toBe(true);
    expect(result.text).toContain("is not a build UUID");
  });

  it("names the missing permission for a read-only token", async () => {
    const client = await stack.connect(READONLY_TOKEN.value);
    const result = await callTool(client, "workers_builds_builds_trigger", {
      ...acme,
      build_uuid: API_GATEWAY_FAILED_BUILD.uuid,
    });
    expect(result.isError).toBe(true);
    expect(result.text).toContain("Workers Builds Configuration Edit");
  });
});
