// Workers Builds logs: cursor pages of [timestamp_ms, text] lines, the truncated flag and bad cursors.
import { beforeEach, describe, expect, it } from "vitest";
import { ACME_ACCOUNT, USER_TOKEN } from "../src/seed/identities";
import {
  API_GATEWAY_FAILED_BUILD,
  BILLING_WEBHOOKS_FAILED_BUILD,
  LOG_PAGE_LINES,
} from "../src/seed/workers-builds";
import { call, resetEmulator } from "./helpers";

beforeEach(resetEmulator);

const token = USER_TOKEN.value;
const logsOf = (uuid: string, cursor?: string) =>
  `/accounts/${ACME_ACCOUNT.id}/builds/builds/${uuid}/logs${cursor ? `?cursor=${cursor}` : ""}`;

describe("GET …/builds/builds/:build_uuid/logs", () => {
  it("pages a long log with cursors until truncated is false", async () => {
    const lines: [number, string][] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const result = await call("GET", logsOf(API_GATEWAY_FAILED_BUILD.uuid, cursor), { token });
      expect(result.status).toBe(200);
      lines.push(...result.body.result.lines);
      cursor = result.body.result.truncated ? result.body.result.cursor : undefined;
      pages += 1;
    } while (cursor);
    expect(pages).toBeGreaterThan(3);
    expect(lines).toHaveLength(API_GATEWAY_FAILED_BUILD.logs.length);
    expect(lines[0]).toEqual([...API_GATEWAY_FAILED_BUILD.logs[0]!]);
    expect(lines.at(-1)![1]).toBe("Failed: build command exited with code: 1");
  });

  it("returns one page of at most LOG_PAGE_LINES lines with a cursor", async () => {
    const result = await call("GET", logsOf(API_GATEWAY_FAILED_BUILD.uuid), { token });
    expect(result.body.result.lines).toHaveLength(LOG_PAGE_LINES);
    expect(result.body.result.truncated).toBe(true);
    expect(typeof result.body.result.cursor).toBe("string");
    expect(typeof result.body.result.lines[0][0]).toBe("number");
  });

  it("returns a short log in one page without a cursor", async () => {
    const result = await call("GET", logsOf(BILLING_WEBHOOKS_FAILED_BUILD.uuid), { token });
    expect(result.body.result.truncated).toBe(false);
    expect(result.body.result.cursor).toBeUndefined();
    expect(result.body.result.lines.map((line: [number, string]) => line[1])).toContain(
      "  Authentication error [code: 10000]",
    );
  });

  it("rejects a cursor it did not issue", async () => {
    const result = await call("GET", logsOf(BILLING_WEBHOOKS_FAILED_BUILD.uuid, "garbage!"), {
      token,
    });
    expect(result.status).toBe(400);
  });
});
