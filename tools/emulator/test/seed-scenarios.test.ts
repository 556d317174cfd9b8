// Seeded scenarios the servers' tests rely on: provider-shaped AI Gateway logs, a gateway with
// logging off and no rate limit, and a Worker whose failed build log is long and ends in errors.
import { describe, expect, it } from "vitest";
import { ASSISTANTS_GATEWAY, BATCH_GATEWAY } from "../src/seed/ai-gateway";
import { PROVIDER_SAMPLES } from "../src/seed/ai-gateway-providers";
import { ACME_ACCOUNT, USER_TOKEN } from "../src/seed/identities";
import {
  LOG_PAGE_LINES,
  SEARCH_INDEXER,
  SEARCH_INDEXER_FAILED_BUILD,
} from "../src/seed/workers-builds";
import { call } from "./helpers";

const token = USER_TOKEN.value;
const gateways = `/accounts/${ACME_ACCOUNT.id}/ai-gateway/gateways`;

describe("AI Gateway provider samples", () => {
  it("serves one log per provider format on the assistants gateway, each body as sent", async () => {
    const list = await call("GET", `${gateways}/assistants/logs?per_page=50`, { token });
    expect(list.body.result_info.total_count).toBe(PROVIDER_SAMPLES.length);
    const providers = new Set(list.body.result.map((log: { provider: string }) => log.provider));
    expect([...providers].sort()).toEqual([
      "anthropic",
      "aws-bedrock",
      "cohere",
      "google-ai-studio",
      "google-vertex-ai",
      "groq",
      "mistral",
      "openai",
      "workers-ai",
    ]);
    const universal = list.body.result.find((log: { step: number }) => log.step === 1);
    expect(universal).toMatchObject({ provider: "openai", request_type: "universal" });
    const request = await call("GET", `${gateways}/assistants/logs/${universal.id}/request`, {
      token,
    });
    expect(request.body.messages.at(-1).content).toContain("slow on Tuesday");
  });

  it("writes no rate limit as the live API does: 0 per 0 s, fixed", async () => {
    const result = await call("GET", `${gateways}/assistants`, { token });
    expect(result.body.result).toMatchObject({
      rate_limiting_interval: 0,
      rate_limiting_limit: 0,
      rate_limiting_technique: "fixed",
    });
    expect(ASSISTANTS_GATEWAY.config.collect_logs).toBe(true);
  });

  it("has a gateway with logging off and an empty log list", async () => {
    const gateway = await call("GET", `${gateways}/${BATCH_GATEWAY.config.id}`, { token });
    expect(gateway.body.result.collect_logs).toBe(false);
    const logs = await call("GET", `${gateways}/batch-jobs/logs`, { token });
    expect(logs.body.result).toEqual([]);
    expect(logs.body.result_info.total_count).toBe(0);
  });
});

describe("search-indexer build", () => {
  it("has a failed build whose log runs past 400 lines and ends in deploy-command errors", async () => {
    const base = `/accounts/${ACME_ACCOUNT.id}/builds/builds/${SEARCH_INDEXER_FAILED_BUILD.uuid}`;
    const lines: [number, string][] = [];
    let cursor: string | undefined;
    do {
      const page = await call("GET", `${base}/logs${cursor ? `?cursor=${cursor}` : ""}`, {
        token,
      });
      lines.push(...page.body.result.lines);
      cursor = page.body.result.cursor;
    } while (cursor);
    expect(lines.length).toBeGreaterThan(400);
    expect(lines.length).toBe(SEARCH_INDEXER_FAILED_BUILD.logs.length);
    expect(lines.length).toBe(439);
    expect(Math.ceil(lines.length / LOG_PAGE_LINES)).toBeGreaterThanOrEqual(5);
    expect(lines.at(-1)![1]).toBe("Failed: deploy command exited with code: 2");
    expect(lines.some(([, text]) => text.includes("error TS2339"))).toBe(true);
    const latest = await call(
      "GET",
      `/accounts/${ACME_ACCOUNT.id}/builds/builds/latest?external_script_ids=${SEARCH_INDEXER.tag}`,
      { token },
    );
    expect(latest.body.result.builds[SEARCH_INDEXER.tag].build_outcome).toBe("fail");
  });
});
