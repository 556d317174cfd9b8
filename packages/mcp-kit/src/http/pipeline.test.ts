// Host and Origin allow-lists used for DNS-rebinding protection, checked with the MCP SDK's validators.
import { validateHostHeader, validateOriginHeader } from "@modelcontextprotocol/server";
import { describe, expect, it } from "vitest";
import { allowedHostnames, allowedOriginHostnames, parseHostList } from "./pipeline";

const policy = {
  allowedHosts: parseHostList(" MCP.example.com ,"),
  allowedOrigins: ["app.example.org"],
};

const hostOk = (host: string) => {
  const hostname = host.replace(/:\d+$/, "");
  return validateHostHeader(host, allowedHostnames(hostname, policy)).ok;
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
      expect(hostOk(host), host).toBe(true);
    }
  });

  it("rejects lookalike subdomains and missing hosts", () => {
    for (const host of ["localhost.evil.com", "127.0.0.1.nip.io", "workers.dev.evil.com", ""]) {
      expect(hostOk(host), host).toBe(false);
    }
  });
});

describe("origin allow-list", () => {
  const originOk = (origin: string | null, serverHostname: string) =>
    validateOriginHeader(origin, allowedOriginHostnames(serverHostname, policy)).ok;

  it("lets non-browser requests without Origin through", () => {
    expect(originOk(null, "localhost")).toBe(true);
  });

  it("accepts loopback, configured and same-host origins only", () => {
    expect(originOk("http://localhost:6274", "localhost")).toBe(true);
    expect(originOk("https://app.example.org", "mcp.example.com")).toBe(true);
    expect(originOk("https://mcp.example.com", "mcp.example.com")).toBe(true);
    expect(originOk("https://evil.example", "localhost")).toBe(false);
    expect(originOk("null", "localhost")).toBe(false);
  });
});
