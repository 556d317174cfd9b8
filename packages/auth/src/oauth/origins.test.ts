// Scope: per-origin provider bookkeeping: bounded, most recently used kept; which origins may serve OAuth.
import { describe, expect, it } from "vitest";
import { originProblem, RecentlyUsed } from "./origins";

describe("RecentlyUsed", () => {
  it("builds a value once per key and reuses it", () => {
    const cache = new RecentlyUsed<number>(4);
    let built = 0;
    const make = () => ++built;
    expect(cache.get("a", make)).toBe(1);
    expect(cache.get("a", make)).toBe(1);
    expect(built).toBe(1);
  });

  it("never holds more than its bound, however many keys arrive", () => {
    const cache = new RecentlyUsed<string>(16);
    for (let i = 0; i < 15_000; i++) cache.get(`https://h${i}.workers.dev`, () => `p${i}`);
    expect(cache.size).toBe(16);
  });

  it("drops the least recently used key first", () => {
    const cache = new RecentlyUsed<string>(2);
    cache.get("a", () => "a1");
    cache.get("b", () => "b1");
    cache.get("a", () => "a2"); // a is now the most recent
    cache.get("c", () => "c1"); // drops b
    expect(cache.get("a", () => "a3")).toBe("a1");
    expect(cache.get("b", () => "b2")).toBe("b2");
  });
});

describe("originProblem", () => {
  it("accepts https anywhere and http on loopback", () => {
    for (const url of [
      "https://x.workers.dev/mcp",
      "https://mcp.example.com/authorize",
      "http://localhost:8791/mcp",
      "http://127.0.0.1:8791/token",
      "http://127.0.0.2/",
      "http://[::1]:8791/mcp",
    ]) {
      expect(originProblem(new URL(url)), url).toBeUndefined();
    }
  });

  it("refuses plain http on any other host, saying what to connect to", () => {
    expect(originProblem(new URL("http://x.workers.dev/mcp"))).toBe(
      "OAuth on x.workers.dev needs https (plain http is allowed only on localhost, 127.0.0.1 and [::1]). Connect to https://x.workers.dev/mcp.",
    );
    expect(originProblem(new URL("http://10.0.0.5:8080/"))).toContain("needs https");
  });
});
