// Contract: every Workers script and Workers Builds route the servers use answers what the
// official specs (product-specs: worker-script, builds, triggers, workers) document.
import { exports } from "cloudflare:workers";
import { beforeAll, expect, it } from "vitest";
import { workersBuildsProduct } from "../src/products/workers-builds";
import { ACME_ACCOUNT, GLOBEX_ACCOUNT, USER_TOKEN } from "../src/seed/identities";
import {
  API_GATEWAY,
  API_GATEWAY_FAILED_BUILD,
  API_GATEWAY_TRIGGER,
  CRON_CLEANUP,
  MARKETING_SITE,
  SEARCH_INDEXER,
} from "../src/seed/workers-builds";
import {
  callConforming,
  describeContract,
  expectResponseConforms,
  operationFor,
  RouteCoverage,
} from "./contract-helpers";
import { API, type CallResult, resetEmulator } from "./helpers";

const token = USER_TOKEN.value;
const account = `/accounts/${ACME_ACCOUNT.id}`;
const coverage = new RouteCoverage(workersBuildsProduct);
const missingUuid = "00000000-0000-4000-8000-000000000000";

/** PUT of a module Worker as multipart form data, checked against the spec's 200/4XX schemas. */
async function upload(name: string, metadata: unknown): Promise<CallResult> {
  const form = new FormData();
  form.append("metadata", JSON.stringify(metadata));
  form.append(
    "index.js",
    new File(["export default { fetch() { return new Response('ok'); } };"], "index.js", {
      type: "application/javascript+module",
    }),
  );
  const path = `${account}/workers/scripts/${name}`;
  const response = await exports.default.fetch(
    new Request(`${API}${path}`, {
      method: "PUT",
      headers: { host: "127.0.0.1:8787", authorization: `Bearer ${token}` },
      body: form,
    }),
  );
  const text = await response.text();
  const result = { status: response.status, text, body: JSON.parse(text) };
  coverage.note("PUT", path);
  expectResponseConforms(operationFor("PUT", path), result);
  return result;
}

describeContract("Workers and Workers Builds responses follow the official spec", () => {
  beforeAll(resetEmulator);

  it("scripts: list, download (module and service worker), missing", async () => {
    await callConforming(coverage, "GET", `${account}/workers/scripts`, { token });
    await callConforming(coverage, "GET", `/accounts/${GLOBEX_ACCOUNT.id}/workers/scripts`, {
      token,
    });
    await callConforming(coverage, "GET", `${account}/workers/scripts/${API_GATEWAY.name}`, {
      token,
    });
    await callConforming(coverage, "GET", `${account}/workers/scripts/${CRON_CLEANUP.name}`, {
      token,
    });
    const missing = await callConforming(coverage, "GET", `${account}/workers/scripts/ghost`, {
      token,
    });
    expect(missing.status).toBe(404);
  });

  it("scripts: upload and delete", async () => {
    const uploaded = await upload("contract-check", {
      main_module: "index.js",
      compatibility_date: "2026-09-01",
    });
    expect(uploaded.status).toBe(200);
    const bad = await upload("contract-check", { compatibility_date: "2026-09-01" });
    expect(bad.status).toBe(400);
    const removed = await callConforming(
      coverage,
      "DELETE",
      `${account}/workers/scripts/contract-check`,
      { token },
    );
    expect(removed.status).toBe(200);
  });

  it("builds and triggers of a Worker, with and without Builds", async () => {
    for (const script of [API_GATEWAY, MARKETING_SITE, SEARCH_INDEXER, CRON_CLEANUP]) {
      await callConforming(
        coverage,
        "GET",
        `${account}/builds/workers/${script.tag}/builds?page=1&per_page=2`,
        { token },
      );
      await callConforming(coverage, "GET", `${account}/builds/workers/${script.tag}/triggers`, {
        token,
      });
    }
  });

  it("latest builds, one build, its log pages, errors", async () => {
    const tags = [API_GATEWAY.tag, SEARCH_INDEXER.tag, CRON_CLEANUP.tag].join(",");
    await callConforming(
      coverage,
      "GET",
      `${account}/builds/builds/latest?external_script_ids=${tags}`,
      {
        token,
      },
    );
    await callConforming(
      coverage,
      "GET",
      `${account}/builds/builds/${API_GATEWAY_FAILED_BUILD.uuid}`,
      {
        token,
      },
    );
    const missing = await callConforming(
      coverage,
      "GET",
      `${account}/builds/builds/${missingUuid}`,
      {
        token,
      },
    );
    expect(missing.status).toBe(404);
    let cursor: string | undefined;
    let pages = 0;
    do {
      const page = await callConforming(
        coverage,
        "GET",
        `${account}/builds/builds/${API_GATEWAY_FAILED_BUILD.uuid}/logs${cursor ? `?cursor=${cursor}` : ""}`,
        { token },
      );
      cursor = page.body.result.cursor;
      pages++;
    } while (cursor);
    expect(pages).toBeGreaterThan(1);
  });

  it("manual builds on a trigger: by branch, by commit, and a missing trigger", async () => {
    const byBranch = await callConforming(
      coverage,
      "POST",
      `${account}/builds/triggers/${API_GATEWAY_TRIGGER.uuid}/builds`,
      { token, body: { branch: "main" } },
    );
    expect(byBranch.status).toBe(200);
    await callConforming(
      coverage,
      "POST",
      `${account}/builds/triggers/${API_GATEWAY_TRIGGER.uuid}/builds`,
      {
        token,
        body: { commit_hash: API_GATEWAY_FAILED_BUILD.commitHash },
      },
    );
    const missing = await callConforming(
      coverage,
      "POST",
      `${account}/builds/triggers/${missingUuid}/builds`,
      {
        token,
        body: { branch: "main" },
        undocumented: {
          status: 404,
          erratum: "builds-trigger-missing-404",
          component: "builds_ErrorResponse",
        },
      },
    );
    expect(missing.status).toBe(404);
  });

  it("covers every Workers and Workers Builds route", () => {
    expect(coverage.missing()).toEqual([]);
  });
});
