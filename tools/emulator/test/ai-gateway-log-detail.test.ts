// AI Gateway log detail and the bare request/response body routes, plus the Read permission.
import { describe, expect, it } from "vitest";
import { generateAiGatewayLogs } from "../src/seed/ai-gateway";
import { ACME_ACCOUNT, READONLY_TOKEN, USER_TOKEN } from "../src/seed/identities";
import { call, onlyError } from "./helpers";

const token = USER_TOKEN.value;
const ALL = generateAiGatewayLogs();
const failed = ALL.find((log) => log.status_code === 429)!;
const summary = ALL.find((log) => log.model === "@cf/facebook/bart-large-cnn" && log.success)!;
const logPath = (gateway: string, id: string) =>
  `/accounts/${ACME_ACCOUNT.id}/ai-gateway/gateways/${gateway}/logs/${id}`;

describe("GET …/logs/:id", () => {
  it("returns the detail with heads and body sizes", async () => {
    const result = await call("GET", logPath(failed.gateway_id, failed.id), { token });
    expect(result.status).toBe(200);
    expect(result.body.result).toMatchObject({
      id: failed.id,
      status_code: 429,
      success: false,
      tokens_in: null,
      request_head_complete: true,
      request_size: JSON.stringify(failed.request_body).length,
      response_size: JSON.stringify(failed.response_body).length,
    });
  });

  it("answers 404 7002 for an unknown log id", async () => {
    const result = await call("GET", logPath("support-bot", "01NOTALOGID"), { token });
    expect(result.status).toBe(404);
    expect(onlyError(result).code).toBe(7002);
  });

  it("answers 404 for a log asked under the wrong gateway", async () => {
    const other = failed.gateway_id === "support-bot" ? "internal-tools" : "support-bot";
    const result = await call("GET", logPath(other, failed.id), { token });
    expect(result.status).toBe(404);
  });
});

describe("GET …/logs/:id/request and /response", () => {
  it("returns the stored bodies as bare JSON, without the envelope", async () => {
    const request = await call("GET", `${logPath(summary.gateway_id, summary.id)}/request`, {
      token: READONLY_TOKEN.value,
    });
    expect(request.status).toBe(200);
    expect(request.body).toEqual(summary.request_body);
    const response = await call("GET", `${logPath(summary.gateway_id, summary.id)}/response`, {
      token,
    });
    expect(response.body).toEqual(summary.response_body);
  });

  it("requires a token", async () => {
    const result = await call("GET", `${logPath(summary.gateway_id, summary.id)}/request`);
    expect(result.status).toBe(400);
  });
});
