// Routing failures: unknown paths (7003), wrong methods (7001), paths outside /client/v4.
import { describe, expect, it } from "vitest";
import { ACME_ACCOUNT, USER_TOKEN } from "../src/seed/identities";
import { call, onlyError } from "./helpers";

describe("routing", () => {
  it("answers 404 code 7003 naming the path for an unknown route", async () => {
    const result = await call("GET", "/zones/abc/dns_records", { token: USER_TOKEN.value });
    expect(result.status).toBe(404);
    expect(onlyError(result)).toEqual({
      code: 7003,
      message:
        "Could not route to /zones/abc/dns_records, perhaps your object identifier is invalid?",
    });
  });

  it("routes before authenticating, so unknown routes answer 7003 even without a token", async () => {
    const result = await call("GET", "/no/such/route");
    expect(result.status).toBe(404);
    expect(onlyError(result).code).toBe(7003);
  });

  it("answers 405 code 7001 for a known path with the wrong method", async () => {
    const result = await call("PUT", `/accounts/${ACME_ACCOUNT.id}/secrets_store/stores`, {
      token: USER_TOKEN.value,
      body: { name: "x" },
    });
    expect(result.status).toBe(405);
    expect(onlyError(result)).toEqual({
      code: 7001,
      message: "Method PUT not available for that URI.",
    });
  });

  it("ignores a trailing slash", async () => {
    const result = await call("GET", "/accounts/", { token: USER_TOKEN.value });
    expect(result.status).toBe(200);
  });

  it("answers 7003 for paths outside /client/v4 and the control routes", async () => {
    const result = await call("GET", "/__nothing_here");
    expect(result.status).toBe(404);
    expect(onlyError(result).code).toBe(7003);
  });

  it("serves JSON with a JSON content type", async () => {
    const { exports } = await import("cloudflare:workers");
    const response = await exports.default.fetch(
      new Request("http://127.0.0.1:8787/client/v4/accounts", {
        headers: { host: "127.0.0.1:8787" },
      }),
    );
    expect(response.headers.get("content-type")).toContain("application/json");
    await response.body?.cancel();
  });
});
