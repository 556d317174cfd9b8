// Scope: what a deploy may send: ids from the deployment, no placeholder, no local development value.
import { describe, expect, it } from "vitest";
import { type EnvBlock, planDeploy, type WranglerConfig } from "../src/plan.ts";

const SHARED_ID = "0123456789abcdef0123456789abcdef";

function config(staging: EnvBlock): WranglerConfig {
  return {
    name: "cloudflare-mcp-demo-dev",
    vars: { CLOUDFLARE_API_BASE_URL: "http://127.0.0.1:8787/client/v4" },
    kv_namespaces: [{ binding: "MCP_STATE", id: "mcp-state-local" }],
    env: { staging },
  };
}

const good: EnvBlock = {
  name: "cloudflare-mcp-demo-staging",
  vars: { CLOUDFLARE_API_BASE_URL: "https://api.cloudflare.com/client/v4" },
  kv_namespaces: [{ binding: "MCP_STATE" }, { binding: "OAUTH_KV" }],
};

const plan = (block: EnvBlock, options: { dryRun?: boolean; shared?: string } = {}) =>
  planDeploy({
    app: "demo",
    config: config(block),
    env: "staging",
    deployment: options.shared ? { kv_namespaces: { MCP_STATE: options.shared } } : undefined,
    deploymentsFile: "deployments.jsonc",
    dryRun: options.dryRun ?? false,
  });

const problems = (outcome: ReturnType<typeof plan>) => (outcome.ok ? [] : outcome.problems);

describe("planDeploy", () => {
  it("takes the shared namespace's id from the deployment and leaves the rest to provisioning", () => {
    const outcome = plan(good, { shared: SHARED_ID });
    if (!outcome.ok) throw new Error(outcome.problems.join("\n"));
    const staging = outcome.plan.config.env?.staging;
    expect(staging?.kv_namespaces).toEqual([
      { binding: "MCP_STATE", id: SHARED_ID },
      { binding: "OAUTH_KV" },
    ]);
    expect(outcome.plan.workerName).toBe("cloudflare-mcp-demo-staging");
    expect(outcome.plan.config.vars).toBeUndefined();
    expect(outcome.plan.notes.join("\n")).toContain("OAUTH_KV: wrangler provisions it");
  });

  it("refuses a real deploy while the shared namespace has no id, and says how to make one", () => {
    expect(problems(plan(good)).join("\n")).toMatch(
      /MCP_STATE has no id: .*wrangler kv namespace create cloudflare-mcp-state-staging.*deployments\.jsonc as staging\.kv_namespaces\.MCP_STATE/,
    );
  });

  it("lets a dry run through without the shared id, noting that a deploy would refuse", () => {
    const outcome = plan(good, { dryRun: true });
    expect(outcome.ok).toBe(true);
    if (outcome.ok) expect(outcome.plan.notes.join("\n")).toContain("a real deploy refuses");
  });

  it("refuses placeholder ids, in wrangler.jsonc or in the deployment", () => {
    const local = { ...good, kv_namespaces: [{ binding: "OAUTH_KV", id: "oauth-kv-local" }] };
    expect(problems(plan(local)).join("\n")).toContain('placeholder id "oauth-kv-local"');
    expect(problems(plan(good, { shared: "<32 hex characters>" })).join("\n")).toContain(
      "placeholder id",
    );
    const d1 = {
      ...good,
      d1_databases: [{ binding: "DOCS", database_name: "docs", database_id: "docs-local" }],
    };
    expect(problems(plan(d1, { shared: SHARED_ID })).join("\n")).toContain(
      'placeholder database_id "docs-local"',
    );
  });

  it("refuses local development names and values", () => {
    expect(
      problems(plan({ ...good, name: "cloudflare-mcp-demo-dev" }, { shared: SHARED_ID })),
    ).toEqual(['env.staging.name "cloudflare-mcp-demo-dev" is a local development name.']);
    const { name: _name, ...unnamed } = good;
    expect(problems(plan(unnamed, { shared: SHARED_ID })).join("\n")).toContain('has no "name"');
    const loopback = {
      ...good,
      vars: { CLOUDFLARE_API_BASE_URL: "http://127.0.0.1:8787/client/v4" },
    };
    expect(problems(plan(loopback, { shared: SHARED_ID })).join("\n")).toContain(
      "var CLOUDFLARE_API_BASE_URL points at this machine",
    );
  });

  it("refuses an environment the config does not have, naming the ones it has", () => {
    const outcome = planDeploy({
      app: "demo",
      config: config(good),
      env: "prod",
      deployment: undefined,
      deploymentsFile: "deployments.jsonc",
      dryRun: true,
    });
    expect(problems(outcome)).toEqual([
      'apps/demo/wrangler.jsonc has no "env.prod" block; deployable environments: staging.',
    ]);
  });
});
