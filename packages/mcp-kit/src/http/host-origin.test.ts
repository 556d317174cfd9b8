// Host and Origin allow-lists used for DNS-rebinding protection.
import { describe, expect, it } from "vitest";
import { isAllowedHost, isAllowedOrigin, parseHostList } from "./host-origin";

const policy = {
  allowedHosts: parseHostList(" MCP.example.com ,"),
  allowedOrigins: ["app.example.org"],
};

describe("host allow-list", () => {
  it("accepts loopback with any port, workers.dev and configured hosts", () => {
    for (const host of [
      "localhost:8791",
      "127.0.0.1",
      "[::1]:8791",
      "x.y.workers.dev",
      "mcp.example.com",
    ]) {
      expect(isAllowedHost(host, policy)).toBe(true);
    }
  });

  it("rejects lookalike subdomains and missing hosts", () => {
    for (const host of [
      "localhost.evil.com",
      "127.0.0.1.nip.io",
      "workers.dev.evil.com",
      "",
      null,
    ]) {
      expect(isAllowedHost(host, policy)).toBe(false);
    }
  });
});

describe("origin allow-list", () => {
  it("lets non-browser requests without Origin through", () => {
    expect(isAllowedOrigin(null, "localhost", policy)).toBe(true);
  });

  it("accepts loopback, configured and same-host origins only", () => {
    expect(isAllowedOrigin("http://localhost:6274", "localhost:8791", policy)).toBe(true);
    expect(isAllowedOrigin("https://app.example.org", "mcp.example.com", policy)).toBe(true);
    expect(isAllowedOrigin("https://mcp.example.com", "mcp.example.com", policy)).toBe(true);
    expect(isAllowedOrigin("https://evil.example", "localhost:8791", policy)).toBe(false);
    expect(isAllowedOrigin("null", "localhost:8791", policy)).toBe(false);
  });
});
