// Scope: with no injected fetch, the client calls the global fetch the way workerd requires.
import { afterEach, expect, it, vi } from "vitest";
import { CloudflareClient } from "./client";
import { ok } from "./test-support";

afterEach(() => {
  vi.unstubAllGlobals();
});

it("calls the global fetch as a plain function (workerd rejects a foreign `this`)", async () => {
  const seen: unknown[] = [];
  // Mirrors workerd's rule: fetch throws "Illegal invocation" when `this` is another object.
  vi.stubGlobal("fetch", function strictFetch(this: unknown) {
    seen.push(this);
    if (this !== undefined && this !== globalThis) throw new TypeError("Illegal invocation");
    return Promise.resolve(ok({ status: "active" }));
  });
  const client = new CloudflareClient({
    token: "cfemu_user_token",
    userAgent: "cloudflare-mcp-test/0.0.0",
  });
  const response = await client.get<{ status: string }>("/user/tokens/verify");
  expect(response.result.status).toBe("active");
  expect(seen).toHaveLength(1);
});
