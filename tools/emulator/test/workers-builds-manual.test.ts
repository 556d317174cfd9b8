// Workers Builds manual builds: POST …/triggers/:trigger_uuid/builds by branch or commit, validation and permissions.
import { beforeEach, describe, expect, it } from "vitest";
import { ACME_ACCOUNT, READONLY_TOKEN, USER_TOKEN } from "../src/seed/identities";
import {
  API_GATEWAY,
  API_GATEWAY_FAILED_BUILD,
  API_GATEWAY_TRIGGER,
} from "../src/seed/workers-builds";
import { call, onlyError, resetEmulator } from "./helpers";

beforeEach(resetEmulator);

const token = USER_TOKEN.value;
const acme = `/accounts/${ACME_ACCOUNT.id}/builds`;
const start = `${acme}/triggers/${API_GATEWAY_TRIGGER.uuid}/builds`;

describe("POST …/builds/triggers/:trigger_uuid/builds", () => {
  it("queues a build of the branch head that then leads the Worker's build list", async () => {
    const created = await call("POST", start, { token, body: { branch: "main" } });
    expect(created.status).toBe(200);
    expect(created.body.result).toMatchObject({
      status: "queued",
      build_outcome: null,
      build_trigger_metadata: {
        branch: "main",
        commit_hash: API_GATEWAY_FAILED_BUILD.commitHash,
        build_trigger_source: "manual",
      },
    });
    const listed = await call("GET", `${acme}/workers/${API_GATEWAY.tag}/builds`, { token });
    expect(listed.body.result[0].build_uuid).toBe(created.body.result.build_uuid);
    expect(listed.body.result).toHaveLength(4);
    const logs = await call("GET", `${acme}/builds/${created.body.result.build_uuid}/logs`, {
      token,
    });
    expect(logs.body.result.lines).toHaveLength(1);
  });

  it("builds a given commit hash", async () => {
    const created = await call("POST", start, { token, body: { commit_hash: "9c2d7e1" } });
    expect(created.body.result.build_trigger_metadata).toMatchObject({
      commit_hash: "9c2d7e1",
      branch: "main",
      commit_message: "Add request id to access logs",
    });
  });

  it("requires a branch or a commit hash", async () => {
    const created = await call("POST", start, { token, body: {} });
    expect(created.status).toBe(400);
    expect(onlyError(created).message).toContain("branch or commit_hash");
  });

  it("answers 404 for an unknown trigger", async () => {
    const path = `${acme}/triggers/00000000-0000-4000-8000-000000000000/builds`;
    const created = await call("POST", path, { token, body: { branch: "main" } });
    expect(created.status).toBe(404);
  });

  it("needs Workers Builds Configuration Edit", async () => {
    const created = await call("POST", start, {
      token: READONLY_TOKEN.value,
      body: { branch: "main" },
    });
    expect(created.status).toBe(403);
    expect(onlyError(created).code).toBe(10000);
  });
});
