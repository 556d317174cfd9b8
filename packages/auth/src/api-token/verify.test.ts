// verifyApiToken against a fake API with real envelope shapes: user, account, inactive, invalid, down.
import { CloudflareClient } from "@repo/cloudflare-api";
import { describe, expect, it } from "vitest";
import { tokenCacheKey, VerificationCache } from "./cache";
import { verifyApiToken } from "./verify";

const ACME = { id: "023e105f4ecef8ad9ca31a8372d0c353", name: "Acme Corp" };
const envelope = (result: unknown, status = 200, errors: unknown[] = []) =>
  Response.json({ success: errors.length === 0, errors, messages: [], result }, { status });
const invalid = () => envelope(null, 401, [{ code: 1000, message: "Invalid API Token" }]);

function client(routes: Record<string, () => Response>) {
  return new CloudflareClient({
    token: "t0ken-value",
    baseUrl: "https://api.test/client/v4",
    userAgent: "test/0",
    retry: { maxRetries: 0 },
    fetch: (async (input: RequestInfo | URL) => {
      const path = new URL(input instanceof Request ? input.url : input).pathname.replace(
        "/client/v4",
        "",
      );
      return (
        routes[path] ?? (() => envelope(null, 404, [{ code: 7003, message: "Could not route" }]))
      )();
    }) as typeof fetch,
  });
}

describe("verifyApiToken", () => {
  it("resolves a user token with its accounts", async () => {
    const result = await verifyApiToken(
      client({
        "/user/tokens/verify": () => envelope({ id: "tok1", status: "active" }),
        "/accounts": () => envelope([ACME]),
        "/user": () => envelope({ id: "u1" }),
      }),
    );
    expect(result).toEqual({
      ok: true,
      principal: { kind: "api-token", tokenKind: "user", accounts: [ACME] },
    });
  });

  it("recognises an account-owned token through its account", async () => {
    const result = await verifyApiToken(
      client({
        "/user/tokens/verify": invalid,
        "/accounts": () => envelope([ACME]),
        [`/accounts/${ACME.id}/tokens/verify`]: () => envelope({ id: "tok2", status: "active" }),
      }),
    );
    expect(result).toMatchObject({
      ok: true,
      principal: { tokenKind: "account", accounts: [ACME] },
    });
  });

  it("rejects inactive, unknown and account-less tokens with distinct reasons", async () => {
    const expired = await verifyApiToken(
      client({ "/user/tokens/verify": () => envelope({ id: "t", status: "expired" }) }),
    );
    expect(expired).toMatchObject({ ok: false, reason: "inactive" });
    const unknown = await verifyApiToken(
      client({
        "/user/tokens/verify": invalid,
        "/accounts": () => envelope(null, 403, [{ code: 9109, message: "Invalid access token" }]),
      }),
    );
    expect(unknown).toMatchObject({ ok: false, reason: "invalid" });
    const none = await verifyApiToken(
      client({
        "/user/tokens/verify": () => envelope({ id: "t", status: "active" }),
        "/accounts": () => envelope([]),
      }),
    );
    expect(none).toMatchObject({ ok: false, reason: "no_accounts" });
  });

  it("reports an unreachable API without blaming the token, and never caches that", async () => {
    const down = await verifyApiToken(
      client({ "/user/tokens/verify": () => new Response("<html>502</html>", { status: 502 }) }),
    );
    expect(down).toMatchObject({ ok: false, reason: "unreachable" });
    const cache = new VerificationCache();
    cache.set("k", down);
    expect(cache.get("k")).toBeUndefined();
  });
});

describe("VerificationCache", () => {
  it("keys by a SHA-256 digest, never the token, and expires entries", async () => {
    let now = 0;
    const cache = new VerificationCache({ ttlMs: 100, now: () => now });
    const key = await tokenCacheKey("secret-token");
    expect(key).toMatch(/^[0-9a-f]{64}$/);
    expect(key).not.toContain("secret");
    cache.set(key, { ok: false, reason: "invalid", message: "x" });
    expect(cache.get(key)).toBeDefined();
    now = 20_000;
    expect(cache.get(key)).toBeUndefined();
  });
});
