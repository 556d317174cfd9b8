// Scope: workers_builds_builds_list, workers_builds_builds_get and workers_builds_triggers_list, with the no-Builds Worker and malformed UUIDs.
import { ACME_ACCOUNT, USER_TOKEN } from "@repo/emulator/identities";
import {
  API_GATEWAY_FAILED_BUILD,
  API_GATEWAY_FEATURE_BUILD,
  API_GATEWAY_LAST_GOOD_BUILD,
  API_GATEWAY_TRIGGER,
} from "@repo/emulator/seed/workers-builds";
import { callOk, callTool, testApp } from "@repo/mcp-kit/testing";
import { describe, expect, it } from "vitest";
import app from "../src/index";

const stack = testApp(app);
const acme = { account_id: ACME_ACCOUNT.id };

describe("workers_builds_builds_list", () => {
  it("lists a Worker's builds newest first as compact rows", async () => {
    const client = await stack.connect(USER_TOKEN.value);
    const result = await callOk(client, "workers_builds_builds_list", {
      ...acme,
      worker: "api-gateway",
    });
    const builds = result.structured.builds as Array<Record<string, unknown>>;
    expect(builds.map((build) => build.build_uuid)).toEqual([
      API_GATEWAY_FAILED_BUILD.uuid,
      API_GATEWAY_FEATURE_BUILD.uuid,
      API_GATEWAY_LAST_GOOD_BUILD.uuid,
    ]);
    expect(builds[0]).toMatchObject({
      status: "stopped",
      outcome: "fail",
      branch: "main",
      commit: "e4a91c0 Upgrade hono to v5 and @hono/zod-validator to 1.0",
      author: API_GATEWAY_FAILED_BUILD.author,
      trigger: "push",
    });
    expect(builds[0]!.duration_s).toBeGreaterThan(0);
    expect(result.text.split("\n")[0]).toContain("3 of 3 builds of api-gateway");
  });

  it("pages with per_page", async () => {
    const client = await stack.connect(USER_TOKEN.value);
    const result = await callOk(client, "workers_builds_builds_list", {
      ...acme,
      worker: "api-gateway",
      per_page: 2,
    });
    expect(result.structured.builds).toHaveLength(2);
    expect(result.text).toContain("More: call again with page 2.");
  });

  it("explains how to connect Builds for a Worker without it", async () => {
    const client = await stack.connect(USER_TOKEN.value);
    const result = await callTool(client, "workers_builds_builds_list", {
      ...acme,
      worker: "cron-cleanup",
    });
    expect(result.isError).toBe(true);
    expect(result.text).toContain("does not have Workers Builds connected");
    expect(result.text).toContain("Connect");
  });

  it("names close Workers for an unknown one", async () => {
    const client = await stack.connect(USER_TOKEN.value);
    const result = await callTool(client, "workers_builds_builds_list", {
      ...acme,
      worker: "marketing",
    });
    expect(result.isError).toBe(true);
    expect(result.text).toContain("marketing-site");
  });
});

describe("workers_builds_builds_get", () => {
  it("returns one build with its build and deploy commands", async () => {
    const client = await stack.connect(USER_TOKEN.value);
    const result = await callOk(client, "workers_builds_builds_get", {
      ...acme,
      build_uuid: API_GATEWAY_FAILED_BUILD.uuid,
    });
    expect(result.structured).toMatchObject({
      build_uuid: API_GATEWAY_FAILED_BUILD.uuid,
      outcome: "fail",
      commit_hash: API_GATEWAY_FAILED_BUILD.commitHash,
      build_command: "npm run build",
      deploy_command: "npx wrangler deploy",
      repository: "acme-corp/api-gateway",
      trigger_uuid: API_GATEWAY_TRIGGER.uuid,
    });
  });

  it("rejects a malformed build UUID before calling the API", async () => {
    const client = await stack.connect(USER_TOKEN.value);
    const result = await callTool(client, "workers_builds_builds_get", {
      ...acme,
      build_uuid: "build-42",
    });
    expect(result.isError).toBe(true);
    expect(result.text).toContain('"build-42" is not a build UUID');
    expect(result.text).toContain("workers_builds_builds_list");
  });

  it("explains an unknown build UUID", async () => {
    const client = await stack.connect(USER_TOKEN.value);
    const result = await callTool(client, "workers_builds_builds_get", {
      ...acme,
      build_uuid: "00000000-0000-4000-8000-000000000000",
    });
    expect(result.isError).toBe(true);
    expect(result.text).toContain("12000");
  });
});

describe("workers_builds_triggers_list", () => {
  it("lists the trigger with branches, commands and repository", async () => {
    const client = await stack.connect(USER_TOKEN.value);
    const result = await callOk(client, "workers_builds_triggers_list", {
      ...acme,
      worker: "api-gateway",
    });
    expect(result.structured.triggers).toEqual([
      expect.objectContaining({
        trigger_uuid: API_GATEWAY_TRIGGER.uuid,
        branches: ["main"],
        build_command: "npm run build",
        deploy_command: "npx wrangler deploy",
        repository: "acme-corp/api-gateway",
      }),
    ]);
  });

  it("returns no triggers and the connect note for a Worker without Builds", async () => {
    const client = await stack.connect(USER_TOKEN.value);
    const result = await callOk(client, "workers_builds_triggers_list", {
      ...acme,
      worker: "cron-cleanup",
    });
    expect(result.structured.triggers).toEqual([]);
    expect(result.text).toContain("No Workers Builds connected");
  });
});
