// Scope: buildUrl, apiPath and fillPath — joining base URL and path, query encoding, refusing escapes.
import { describe, expect, it } from "vitest";
import { apiPath, buildUrl, fillPath } from "./client";

describe("buildUrl", () => {
  it("joins base URL and path whether or not the base ends with a slash", () => {
    const expected = "https://api.cloudflare.com/client/v4/accounts/abc/secrets_store/stores";
    expect(
      buildUrl("https://api.cloudflare.com/client/v4", "/accounts/abc/secrets_store/stores").href,
    ).toBe(expected);
    expect(
      buildUrl("https://api.cloudflare.com/client/v4/", "/accounts/abc/secrets_store/stores").href,
    ).toBe(expected);
    expect(
      buildUrl("https://api.cloudflare.com/client/v4/", "accounts/abc/secrets_store/stores").href,
    ).toBe(expected);
  });

  it("keeps a non-default origin and port, as used for the local emulator", () => {
    expect(buildUrl("http://127.0.0.1:8787/client/v4", "/user/tokens/verify").href).toBe(
      "http://127.0.0.1:8787/client/v4/user/tokens/verify",
    );
  });

  it("repeats the key for array values and leaves out undefined and null", () => {
    const url = buildUrl("https://api.cloudflare.com/client/v4", "/zones", {
      name: "example.com",
      page: 2,
      match: "all",
      "status[]": ["active", "pending"],
      id: [1, 2],
      archived: false,
      skipped: undefined,
      alsoSkipped: null,
    });
    expect(url.search).toBe(
      "?name=example.com&page=2&match=all&status%5B%5D=active&status%5B%5D=pending&id=1&id=2&archived=false",
    );
  });

  it("merges a query string written in the path with the query object", () => {
    const url = buildUrl("https://api.cloudflare.com/client/v4", "/zones?status=active", {
      page: 3,
    });
    expect(url.searchParams.getAll("status")).toEqual(["active"]);
    expect(url.searchParams.get("page")).toBe("3");
  });

  it("percent-encodes values so they cannot add parameters", () => {
    const url = buildUrl("https://api.cloudflare.com/client/v4", "/zones", { name: "a&b=c #d" });
    expect(url.searchParams.get("name")).toBe("a&b=c #d");
    expect([...url.searchParams.keys()]).toEqual(["name"]);
  });

  it.each([
    ["/accounts/../../user", "dot segments"],
    ["/accounts/%2e%2e/%2E%2E/user", "encoded dot segments"],
    ["/accounts/./x", "single dot"],
    ["https://evil.example/client/v4/user", "absolute URL"],
    ["/accounts\\..\\user", "backslash"],
  ])("refuses a path that could leave the base URL (%s: %s)", (path) => {
    expect(() => buildUrl("https://api.cloudflare.com/client/v4", path)).toThrow(TypeError);
  });
});

describe("apiPath", () => {
  it("encodes each interpolated value as a single path segment", () => {
    expect(apiPath`/accounts/${"abc"}/workers/scripts/${"my/worker?x=1"}/content`).toBe(
      "/accounts/abc/workers/scripts/my%2Fworker%3Fx%3D1/content",
    );
  });

  it("leaves '..' as a value that buildUrl then refuses", () => {
    const path = apiPath`/accounts/${".."}/tokens`;
    expect(() => buildUrl("https://api.cloudflare.com/client/v4", path)).toThrow(TypeError);
  });

  it("refuses an empty segment, which would silently change the route", () => {
    expect(() => apiPath`/accounts/${""}/secrets_store/stores`).toThrow(TypeError);
  });
});

describe("fillPath", () => {
  it("fills spec-style placeholders, one encoded segment each", () => {
    expect(
      fillPath("/accounts/{account_id}/stores/{store_id}", {
        account_id: "a1",
        store_id: "x/../y?",
      }),
    ).toBe("/accounts/a1/stores/x%2F..%2Fy%3F");
  });

  it("refuses a missing or empty value rather than collapsing the path", () => {
    expect(() => fillPath("/accounts/{account_id}/stores", {})).toThrow(/account_id/);
    expect(() => fillPath("/accounts/{account_id}", { account_id: "" })).toThrow(/empty/);
  });
});
