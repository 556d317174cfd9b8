// runInSandbox with this process's Worker Loader (the deployed executor): results, guards, limits,
// host functions, scope modules and failure kinds. The local sandbox process is covered in node-test/.
import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import {
  loaderExecutor,
  runInSandbox,
  type SandboxOutcome,
  type SandboxRunOptions,
} from "../src/index.ts";

const executor = loaderExecutor(env.LOADER);
const run = (code: string, extra: Partial<SandboxRunOptions> = {}) =>
  runInSandbox({ executor, code, ...extra });

function value(outcome: SandboxOutcome): unknown {
  if (!outcome.ok) throw new Error(`expected success, got ${outcome.kind}: ${outcome.message}`);
  return JSON.parse(outcome.json);
}

describe("runInSandbox", () => {
  it("returns what an async arrow function returns, as JSON", async () => {
    expect(value(await run("async () => ({ sum: [1, 2, 3].reduce((a, b) => a + b, 0) })"))).toEqual(
      {
        sum: 6,
      },
    );
  });

  it("accepts a bare function body", async () => {
    expect(value(await run("const x = 20;\nreturn x + 22;"))).toBe(42);
  });

  it("reports a syntax error without starting an isolate", async () => {
    const outcome = await run("async () => { return ; ; ) }");
    expect(outcome).toMatchObject({ ok: false, kind: "code" });
    if (!outcome.ok) expect(outcome.message).toMatch(/not valid JavaScript/);
  });

  it("stops while(true){} and keeps serving other runs", async () => {
    const outcome = await run("async () => { while (true) {} }");
    expect(outcome).toMatchObject({ ok: false, kind: "budget" });
    expect(value(await run("async () => 'still here'"))).toBe("still here");
  });

  it("stops a loop even when the code swallows the guard's error", async () => {
    const outcome = await run(
      "async () => { let n = 0; while (true) { try { for (;;) { n++; } } catch { n++; } } }",
    );
    expect(outcome).toMatchObject({ ok: false, kind: "budget" });
  });

  it("stops a loop whose body is a single statement without braces", async () => {
    expect(await run("async () => { let i = 0; for (;;) i++; }")).toMatchObject({
      ok: false,
      kind: "budget",
    });
  });

  it("stops unbounded recursion", async () => {
    const outcome = await run("async () => { const f = (n) => f(n + 1) + 1; return f(0); }");
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) {
      expect(["recursion", "budget"]).toContain(outcome.kind);
      expect(outcome.message).toMatch(/recursion|runaway/);
    }
  });

  it("stops recursion that catches its own stack overflow, at the time limit", async () => {
    const outcome = await run(
      "async () => { function f() { try { f(); } catch { f(); } } f(); return 'unreachable'; }",
      { limits: { timeoutMs: 2_000 } },
    );
    expect(outcome).toMatchObject({ ok: false, kind: "timeout" });
    if (!outcome.ok) expect(outcome.message).toMatch(/time limit/);
  });

  it("has no network: fetch fails", async () => {
    const outcome = await run(
      "async () => { await fetch('https://example.com/'); return 'fetched'; }",
    );
    expect(outcome).toMatchObject({ ok: false, kind: "exception" });
    if (!outcome.ok) expect(outcome.message).toMatch(/not permitted|internet|fetch/i);
  });

  it("lets the code call the host functions it is given, and nothing else", async () => {
    const calls: number[] = [];
    const host = {
      double: (n: number) => {
        calls.push(n);
        return n * 2;
      },
    };
    const outcome = await run("async () => await host.call('double', [input.n])", {
      host,
      input: { n: 21 },
    });
    expect(value(outcome)).toBe(42);
    expect(calls).toEqual([21]);
    const other = await run("async () => await host.call('toString', [])", { host });
    expect(other).toMatchObject({ ok: false, kind: "exception" });
    if (!other.ok) expect(other.message).toMatch(/host has no function "toString"/);
  });

  it("takes the input as a promise, and runs nothing when it rejects", async () => {
    const calls: string[] = [];
    const host = { note: (text: string) => void calls.push(text) };
    const later = run("async () => { await host.call('note', ['ran']); return input.n; }", {
      host,
      input: new Promise((resolve) => setTimeout(() => resolve({ n: 7 }), 20)),
    });
    expect(value(await later)).toBe(7);
    const refused = run("async () => { await host.call('note', ['ran']); return 1; }", {
      host,
      input: Promise.reject(new Error("no such account")),
    });
    await expect(refused).rejects.toThrow("no such account");
    // Invalid code does not hide the caller's own failure either.
    await expect(run("}{", { input: Promise.reject(new Error("first")) })).rejects.toThrow("first");
    expect(calls).toEqual(["ran"]);
  });

  it("passes a host function's error to the code as a rejection", async () => {
    const host = {
      fail: () => {
        throw new Error("refused by the host");
      },
    };
    const outcome = await run(
      "async () => { try { await host.call('fail', []); } catch (e) { return e.message; } }",
      { host },
    );
    expect(value(outcome)).toBe("refused by the host");
  });

  it("binds the names a scope module returns, with its own modules", async () => {
    const outcome = await run("async () => greet('agent')", {
      scope: {
        module: `import place from "place.txt";
export function scope(host, input) { return { greet: (name) => "hello " + name + " from " + place + input.suffix }; }`,
        names: ["greet"],
        modules: { "place.txt": { text: "the isolate" } },
      },
      input: { suffix: "!" },
    });
    expect(value(outcome)).toBe("hello agent from the isolate!");
  });

  it("reads a shared module's source only when it builds an isolate", async () => {
    let reads = 0;
    const shared = {
      shared: {
        id: "data-v1",
        kind: "text" as const,
        source: () => {
          reads++;
          return "shared data";
        },
      },
    };
    const scope = {
      module: `import data from "data.txt"; export function scope() { return { data }; }`,
      names: ["data"],
      modules: { "data.txt": shared },
    };
    expect(value(await run("async () => data", { scope }))).toBe("shared data");
    expect(reads).toBe(1);
    expect((await run("async () => { return ; ; ) }", { scope })).ok).toBe(false);
    expect(reads).toBe(1);
  });

  it("explains a promise that never settles", async () => {
    const outcome = await run("async () => { await new Promise(() => {}); }", {
      limits: { timeoutMs: 300 },
    });
    expect(outcome).toMatchObject({ ok: false, kind: "timeout" });
  });

  it("gives up waiting after its time limit while the code waits on the host", async () => {
    const host = { wait: () => new Promise<void>((resolve) => setTimeout(resolve, 5_000)) };
    const outcome = await run("async () => { await host.call('wait', []); return 'late'; }", {
      host,
      limits: { timeoutMs: 300 },
    });
    expect(outcome).toMatchObject({ ok: false, kind: "timeout" });
    if (!outcome.ok) expect(outcome.message).toMatch(/within 0.3 s/);
  });

  it("captures console output, bounded", async () => {
    const outcome = await run(
      "async () => { console.log('a', { b: 1 }); console.warn('careful'); for (let i = 0; i < 500; i++) console.log('x'.repeat(50)); return 1; }",
      { limits: { maxLogChars: 300 } },
    );
    expect(outcome.ok).toBe(true);
    expect(outcome.logs[0]).toBe('a {"b":1}');
    expect(outcome.logs[1]).toBe("warn: careful");
    expect(outcome.logs.at(-1)).toMatch(/more log lines dropped/);
    expect(outcome.logs.join("").length).toBeLessThan(500);
  });

  it("refuses a result larger than maxResultChars", async () => {
    const outcome = await run("async () => 'x'.repeat(5000)", { limits: { maxResultChars: 1000 } });
    expect(outcome).toMatchObject({ ok: false, kind: "too_large" });
  });

  it("gives every run a fresh isolate: nothing one run leaves behind reaches the next", async () => {
    const code =
      "async () => { const before = globalThis.left ?? null; globalThis.left = 'x'; return before; }";
    expect(value(await run(code))).toBeNull();
    expect(value(await run(code))).toBeNull();
  });

  it("stops a loop whose every iteration spends long inside a built-in", async () => {
    const outcome = await run(
      "async () => { const text = 'a'.repeat(3e6); for (;;) { text.split('').reverse(); } }",
      { limits: { timeoutMs: 1_500 } },
    );
    expect(outcome).toMatchObject({ ok: false, kind: "timeout" });
  });

  it("does not let the code reset its own budget", async () => {
    const outcome = await run(
      "async () => { for (;;) { try { __sbx_state.ticks = 0; } catch {} } }",
      { limits: { timeoutMs: 2_000 } },
    );
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(["budget", "timeout"]).toContain(outcome.kind);
  });
});
