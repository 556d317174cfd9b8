import { env, RpcTarget } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { runInSandbox, type SandboxOutcome } from "../src/index.ts";

const run = (code: string, extra: Partial<Parameters<typeof runInSandbox>[0]> = {}) =>
  runInSandbox({ loader: env.LOADER, code, ...extra });

function value(outcome: SandboxOutcome): unknown {
  if (!outcome.ok) throw new Error(`expected success, got ${outcome.kind}: ${outcome.message}`);
  return JSON.parse(outcome.json);
}

class Host extends RpcTarget {
  calls: string[] = [];
  async double(n: number): Promise<number> {
    this.calls.push(`double(${n})`);
    return n * 2;
  }
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
      { timeoutMs: 2_000 },
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

  it("lets the code call the host object it is given", async () => {
    const host = new Host();
    const outcome = await run("async () => await host.double(input.n)", {
      host,
      input: { n: 21 },
    });
    expect(value(outcome)).toBe(42);
    expect(host.calls).toEqual(["double(21)"]);
  });

  it("runs `scope` before the function so it can define what the code sees", async () => {
    const outcome = await run("async () => greet('agent')", {
      scope: "const greet = (name) => 'hello ' + name + ' from ' + input.place;",
      input: { place: "the isolate" },
    });
    expect(value(outcome)).toBe("hello agent from the isolate");
  });

  it("explains a promise that never settles", async () => {
    const outcome = await run("async () => { await new Promise(() => {}); }", { timeoutMs: 300 });
    expect(outcome).toMatchObject({ ok: false, kind: "timeout" });
  });

  it("gives up waiting after timeoutMs while the code waits on the host", async () => {
    class SlowHost extends RpcTarget {
      wait(): Promise<void> {
        return new Promise((resolve) => setTimeout(resolve, 5_000));
      }
    }
    const outcome = await run("async () => { await host.wait(); return 'late'; }", {
      host: new SlowHost(),
      timeoutMs: 300,
    });
    expect(outcome).toMatchObject({ ok: false, kind: "timeout" });
    if (!outcome.ok) expect(outcome.message).toMatch(/within 0 s|within/);
  });

  it("captures console output, bounded", async () => {
    const outcome = await run(
      "async () => { console.log('a', { b: 1 }); console.warn('careful'); for (let i = 0; i < 500; i++) console.log('x'.repeat(50)); return 1; }",
      { maxLogChars: 300 },
    );
    expect(outcome.ok).toBe(true);
    expect(outcome.logs[0]).toBe('a {"b":1}');
    expect(outcome.logs[1]).toBe("warn: careful");
    expect(outcome.logs.at(-1)).toMatch(/more log lines dropped/);
    expect(outcome.logs.join("").length).toBeLessThan(500);
  });

  it("refuses a result larger than maxResultChars", async () => {
    const outcome = await run("async () => 'x'.repeat(5000)", { maxResultChars: 1000 });
    expect(outcome).toMatchObject({ ok: false, kind: "too_large" });
  });

  it("reuses a warm isolate for the same cacheKey and a new one for another key", async () => {
    const setup = "let runs = 0;";
    const code = "async () => ++runs";
    expect(value(await run(code, { setup, cacheKey: "reuse-a" }))).toBe(1);
    expect(value(await run(code, { setup, cacheKey: "reuse-a" }))).toBe(2);
    expect(value(await run(code, { setup, cacheKey: "reuse-b" }))).toBe(1);
    expect(value(await run(code, { setup }))).toBe(1);
  });

  it("keeps frozen setup data unchanged for later runs in a warm isolate", async () => {
    const setup =
      'import data from "data.txt";\nconst spec = sandbox.deepFreeze(JSON.parse(data));';
    const modules = () => ({
      "data.txt": { text: JSON.stringify({ paths: { "/a": { get: {} } } }) },
    });
    const code =
      "async () => { const before = Object.keys(spec.paths); try { spec.paths['/evil'] = 1; } catch (e) { return { before, error: e.name }; } return { before, error: null }; }";
    const first = value(await run(code, { setup, modules, cacheKey: "frozen" }));
    const second = value(await run(code, { setup, modules, cacheKey: "frozen" }));
    expect(first).toEqual({ before: ["/a"], error: "TypeError" });
    expect(second).toEqual(first);
  });

  it("does not let the code reset its own budget", async () => {
    const outcome = await run(
      "async () => { for (;;) { try { __sbx_state.ticks = 0; } catch {} } }",
      { timeoutMs: 2_000 },
    );
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(["budget", "timeout"]).toContain(outcome.kind);
  });
});
