// Bearer extraction and RFC 6750 challenges.
import { describe, expect, it } from "vitest";
import { challengeResponse, extractBearer } from "./bearer";

const withAuth = (value?: string) =>
  new Request(
    "http://localhost/mcp",
    value === undefined ? {} : { headers: { authorization: value } },
  );

describe("extractBearer", () => {
  it("reads a Bearer token case-insensitively", () => {
    expect(extractBearer(withAuth("bearer abc.DEF-123"))).toEqual({
      kind: "token",
      token: "abc.DEF-123",
    });
  });

  it("tells a missing header from a malformed one", () => {
    expect(extractBearer(withAuth())).toEqual({ kind: "missing" });
    expect(extractBearer(withAuth("Basic eA=="))).toEqual({ kind: "malformed" });
    expect(extractBearer(withAuth("Bearer two words"))).toEqual({ kind: "malformed" });
  });
});

describe("challengeResponse", () => {
  it("omits the error code when no credential was sent", () => {
    const response = challengeResponse({ realm: "r", description: "send a token" });
    expect(response.status).toBe(401);
    expect(response.headers.get("www-authenticate")).toBe('Bearer realm="r"');
  });

  it("carries error, description and resource metadata for a bad token", () => {
    const response = challengeResponse({
      realm: "r",
      error: "invalid_token",
      description: 'bad "token"',
      resourceMetadata: "https://x/.well-known/oauth-protected-resource",
    });
    expect(response.headers.get("www-authenticate")).toBe(
      `Bearer realm="r", error="invalid_token", error_description="bad 'token'", resource_metadata="https://x/.well-known/oauth-protected-resource"`,
    );
  });
});
