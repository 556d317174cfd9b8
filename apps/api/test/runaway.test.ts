// Runaway code through a real MCP client against a running server: every attack ends with a clear
// error within its limit + 2 s (the local sandbox process is stopped and replaced when it must
// be), while a second client's accounts_list calls all answer within 2 s, and the tool log records
// each failure with its kind.
import type { Client } from "@modelcontextprotocol/client";
import { beforeAll, describe, expect, it } from "vitest";
import { callOk, callTool, USER_TOKEN, useStack } from "./harness.ts";

// Short limits keep this file fast; the mechanisms are the same at the default 20 s.
const LIMIT_MS = 2_000;
const stack = useStack({ CODE_TIMEOUT_MS: String(LIMIT_MS) });

let attacker: Client;
let bystander: Client;
beforeAll(async () => {
  attacker = await stack.connect(USER_TOKEN);
  bystander = await stack.connect(USER_TOKEN);
  // The server loads the spec on its first search; limits are about the code, so load it first.
  await callOk(attacker, "search", { code: "async () => spec.operations.length" });
});

/** Runs `code` while the bystander calls accounts_list back to back; returns both sides' timings. */
async function attack(tool: "search" | "execute", code: string) {
  let running = true;
  const latencies: number[] = [];
  const probe = (async () => {
    while (running) {
      const started = Date.now();
      await callOk(bystander, "accounts_list", {});
      latencies.push(Date.now() - started);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  })();
  const started = Date.now();
  const outcome = await callTool(attacker, tool, { code });
  const elapsedMs = Date.now() - started;
  running = false;
  await probe;
  return { outcome, elapsedMs, latencies };
}

const ATTACKS: Array<{ name: string; tool: "search" | "execute"; code: string; expect: RegExp }> = [
  {
    name: "catastrophic regex backtracking",
    tool: "search",
    code: "async () => /^(a+)+$/.test('a'.repeat(34) + 'b')",
    expect: /kept the CPU busy/,
  },
  {
    name: "includes on a huge array-like",
    tool: "execute",
    code: "async () => Array.prototype.includes.call({ length: 2 ** 40 }, 1, 2 ** 40 - 4e9)",
    expect: /kept the CPU busy/,
  },
  {
    name: "sorting a huge array",
    tool: "search",
    code: "async () => Array.from({ length: 4e6 }, Math.random).sort().length",
    expect: /Stopped/,
  },
  {
    name: "filling a huge array",
    tool: "execute",
    code: "async () => new Array(2e8).fill(0.5).length",
    expect: /Stopped/,
  },
  {
    name: "a loop whose every iteration takes 50 ms",
    tool: "search",
    code: "async () => { for (;;) /^(a+)+$/.test('a'.repeat(21) + 'b'); }",
    expect: /Stopped/,
  },
  {
    name: "recursion that catches its own stack overflow",
    tool: "execute",
    code: "async () => { function f() { try { f(); } catch { f(); } } f(); }",
    expect: /Stopped/,
  },
  {
    name: "an exception storm",
    tool: "search",
    code: "async () => { for (;;) { try { throw new Error('storm'); } catch {} } }",
    expect: /Stopped/,
  },
  {
    name: "a memory bomb (1 GB typed array)",
    tool: "execute",
    code: "async () => new Float64Array(2 ** 27).fill(1).length",
    // Off the V8 heap: caught by the process's size, so under heavy load possibly as stuck CPU.
    expect: /Stopped/,
  },
  {
    name: "a memory bomb (a string split into 268 million pieces)",
    tool: "search",
    code: "async () => 'x'.repeat(2 ** 28).split('').length",
    expect: /more memory than the sandbox allows/,
  },
  {
    name: "a memory bomb (1e6-element arrays pushed in a loop)",
    tool: "execute",
    code: "async () => { const keep = []; for (;;) keep.push(new Array(1e6).fill(Math.random())); }",
    // Guarded code: on a busy machine the time limit (or V8 collecting garbage over and over, seen
    // as stuck CPU) may come before the heap limit.
    expect: /Stopped/,
  },
  {
    name: "a promise that never settles",
    tool: "search",
    code: "async () => { await new Promise(() => {}); }",
    expect: /never settle|did not finish/,
  },
];

describe("runaway code", () => {
  it.each(ATTACKS)("$name: a clear error in time, and the server keeps answering", async (a) => {
    const { outcome, elapsedMs, latencies } = await attack(a.tool, a.code);
    expect(outcome.isError).toBe(true);
    expect(outcome.text).toMatch(a.expect);
    expect(outcome.text).toMatch(/Next: /);
    expect(elapsedMs).toBeLessThan(LIMIT_MS + 2_000);
    expect(latencies.length).toBeGreaterThan(0);
    expect(Math.max(...latencies)).toBeLessThan(2_000);
  });

  it("keeps running code normally afterwards", async () => {
    const outcome = await callOk(attacker, "search", { code: "async () => spec.products.length" });
    expect(outcome.structured.result).toBeGreaterThan(0);
  });

  it("logs each failure as an error with its kind", () => {
    const logs = stack.app.logs();
    for (const kind of ["sandbox_cpu", "sandbox_memory", "sandbox_timeout"]) {
      expect(logs).toMatch(new RegExp(`"outcome":"error"[^\\n]*"errorKind":"${kind}"`));
    }
  });
});
