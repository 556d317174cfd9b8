// Scope: workers_builds_builds_diagnose answering "why did my last deploy fail?" and "which commit broke the build?".
import { ACME_ACCOUNT, USER_TOKEN } from "@repo/emulator/identities";
import {
  API_GATEWAY_FAILED_BUILD,
  API_GATEWAY_LAST_GOOD_BUILD,
  BILLING_WEBHOOKS_FAILED_BUILD,
} from "@repo/emulator/seed/workers-builds";
import { callOk, callTool, testApp } from "@repo/mcp-kit/testing";
import { describe, expect, it } from "vitest";
import app from "../src/index";

const stack = testApp(app);
const acme = { account_id: ACME_ACCOUNT.id };

describe("workers_builds_builds_diagnose", () => {
  it("explains why the last api-gateway deploy failed: build step, TypeScript errors", async () => {
    const client = await stack.connect(USER_TOKEN.value);
    const result = await callOk(client, "workers_builds_builds_diagnose", {
      ...acme,
      worker: "api-gateway",
    });
    expect(result.structured).toMatchObject({
      failed_step: "build",
      commands: { build: "npm run build", deploy: "npx wrangler deploy" },
    });
    const excerpt = result.structured.error_excerpt as string[];
    expect(excerpt.join("\n")).toContain("error TS2345");
    expect(result.structured.failed_lines).toContain("Failed: build command exited with code: 1");
    expect(result.structured.next_step).toMatch(/TypeScript/);
  });

  it("names the commit that broke the build and the last good one on the branch", async () => {
    const client = await stack.connect(USER_TOKEN.value);
    const result = await callOk(client, "workers_builds_builds_diagnose", {
      ...acme,
      worker: "api-gateway",
    });
    expect(result.structured.commit).toMatchObject({
      hash: API_GATEWAY_FAILED_BUILD.commitHash,
      message: API_GATEWAY_FAILED_BUILD.commitMessage,
      author: API_GATEWAY_FAILED_BUILD.author,
      branch: "main",
    });
    expect(result.structured.last_successful_build).toMatchObject({
      build_uuid: API_GATEWAY_LAST_GOOD_BUILD.uuid,
      branch: "main",
    });
    const summary = result.text.split("\n")[0]!;
    expect(summary).toContain("9c2d7e1");
    expect(summary).toContain("e4a91c0");
  });

  it("recognises a deploy refused by the API (code 10000) and points at the build token", async () => {
    const client = await stack.connect(USER_TOKEN.value);
    const result = await callOk(client, "workers_builds_builds_diagnose", {
      ...acme,
      build_uuid: BILLING_WEBHOOKS_FAILED_BUILD.uuid,
    });
    expect(result.structured).toMatchObject({ failed_step: "deploy", api_error_code: 10000 });
    expect((result.structured.error_excerpt as string[]).join("\n")).toContain("✘ [ERROR]");
    expect(result.structured.next_step).toContain("API token");
    expect(result.structured.last_successful_build).toBeNull();
  });

  it("says there is nothing to diagnose when the latest build succeeded", async () => {
    const client = await stack.connect(USER_TOKEN.value);
    const result = await callOk(client, "workers_builds_builds_diagnose", {
      ...acme,
      worker: "marketing-site",
    });
    expect(result.text).toContain("did not fail");
  });

  it("explains a Worker without Builds and an unknown Worker", async () => {
    const client = await stack.connect(USER_TOKEN.value);
    const none = await callTool(client, "workers_builds_builds_diagnose", {
      ...acme,
      worker: "cron-cleanup",
    });
    expect(none.isError).toBe(true);
    expect(none.text).toContain("Connect");
    const unknown = await callTool(client, "workers_builds_builds_diagnose", {
      ...acme,
      worker: "nope-worker",
    });
    expect(unknown.isError).toBe(true);
    expect(unknown.text).toContain("No Worker named");
  });
});
