// Workers Builds read routes: builds and triggers by Worker tag, one build, latest builds per Worker, permissions.
import { beforeEach, describe, expect, it } from "vitest";
import { ACME_ACCOUNT, READONLY_TOKEN, USER_TOKEN } from "../src/seed/identities";
import {
  API_GATEWAY,
  API_GATEWAY_FAILED_BUILD,
  API_GATEWAY_LAST_GOOD_BUILD,
  API_GATEWAY_TRIGGER,
  CRON_CLEANUP,
  MARKETING_SITE,
  MARKETING_SITE_BUILD,
} from "../src/seed/workers-builds";
import { call, onlyError, resetEmulator } from "./helpers";

beforeEach(resetEmulator);

const token = USER_TOKEN.value;
const acme = `/accounts/${ACME_ACCOUNT.id}/builds`;

describe("GET …/builds/workers/:external_script_id/builds", () => {
  it("lists a Worker's builds newest first with trigger metadata and paging", async () => {
    const result = await call("GET", `${acme}/workers/${API_GATEWAY.tag}/builds`, { token });
    expect(result.status).toBe(200);
    expect(result.body.result.map((b: { build_uuid: string }) => b.build_uuid)[0]).toBe(
      API_GATEWAY_FAILED_BUILD.uuid,
    );
    expect(result.body.result).toHaveLength(3);
    expect(result.body.result[0]).toMatchObject({
      status: "stopped",
      build_outcome: "fail",
      build_trigger_metadata: {
        branch: "main",
        commit_hash: API_GATEWAY_FAILED_BUILD.commitHash,
        build_command: "npm run build",
        deploy_command: "npx wrangler deploy",
        build_trigger_source: "push",
      },
      trigger: { trigger_uuid: API_GATEWAY_TRIGGER.uuid, external_script_id: API_GATEWAY.tag },
    });
    expect(result.body.result_info).toMatchObject({ page: 1, per_page: 50, total_count: 3 });
  });

  it("pages with page and per_page", async () => {
    const path = `${acme}/workers/${API_GATEWAY.tag}/builds?page=2&per_page=2`;
    const result = await call("GET", path, { token });
    expect(result.body.result.map((b: { build_uuid: string }) => b.build_uuid)).toEqual([
      API_GATEWAY_LAST_GOOD_BUILD.uuid,
    ]);
    expect(result.body.result_info).toMatchObject({ page: 2, per_page: 2, total_pages: 2 });
  });

  it("lists no builds for a Worker without Builds connected", async () => {
    const result = await call("GET", `${acme}/workers/${CRON_CLEANUP.tag}/builds`, { token });
    expect(result.body.result).toEqual([]);
  });

  it("is readable with a read-only token", async () => {
    const path = `${acme}/workers/${API_GATEWAY.tag}/builds`;
    const result = await call("GET", path, { token: READONLY_TOKEN.value });
    expect(result.status).toBe(200);
  });
});

describe("GET …/builds/workers/:external_script_id/triggers", () => {
  it("lists the trigger with its commands and repository", async () => {
    const result = await call("GET", `${acme}/workers/${API_GATEWAY.tag}/triggers`, { token });
    expect(result.body.result).toEqual([
      expect.objectContaining({
        trigger_uuid: API_GATEWAY_TRIGGER.uuid,
        trigger_name: "Deploy default branch",
        branch_includes: ["main"],
        build_command: "npm run build",
        deploy_command: "npx wrangler deploy",
        repo_connection: expect.objectContaining({
          repo_name: "api-gateway",
          provider_type: "github",
        }),
      }),
    ]);
  });

  it("lists no trigger for a Worker without Builds", async () => {
    const result = await call("GET", `${acme}/workers/${CRON_CLEANUP.tag}/triggers`, { token });
    expect(result.body.result).toEqual([]);
  });
});

describe("GET …/builds/builds/:build_uuid", () => {
  it("returns one build with its timings", async () => {
    const result = await call("GET", `${acme}/builds/${MARKETING_SITE_BUILD.uuid}`, { token });
    expect(result.body.result).toMatchObject({
      build_uuid: MARKETING_SITE_BUILD.uuid,
      build_outcome: "success",
      created_on: MARKETING_SITE_BUILD.createdOn,
    });
    expect(result.body.result.stopped_on).toMatch(/^2026-11-19T10:2/);
  });

  it("answers 404 12000 for an unknown build", async () => {
    const result = await call("GET", `${acme}/builds/00000000-0000-4000-8000-000000000000`, {
      token,
    });
    expect(result.status).toBe(404);
    expect(onlyError(result)).toEqual({ code: 12000, message: "Not found" });
  });

  it("answers 400 for a malformed build UUID", async () => {
    const result = await call("GET", `${acme}/builds/not-a-uuid`, { token });
    expect(result.status).toBe(400);
  });
});

describe("GET …/builds/builds/latest", () => {
  it("maps each Worker tag to its latest build and skips Workers without builds", async () => {
    const ids = [API_GATEWAY.tag, MARKETING_SITE.tag, CRON_CLEANUP.tag].join(",");
    const result = await call("GET", `${acme}/builds/latest?external_script_ids=${ids}`, { token });
    expect(Object.keys(result.body.result.builds).sort()).toEqual(
      [API_GATEWAY.tag, MARKETING_SITE.tag].sort(),
    );
    expect(result.body.result.builds[API_GATEWAY.tag].build_uuid).toBe(
      API_GATEWAY_FAILED_BUILD.uuid,
    );
  });

  it("requires external_script_ids", async () => {
    const result = await call("GET", `${acme}/builds/latest`, { token });
    expect(result.status).toBe(400);
  });
});
