// The local sandbox from the host's side: runs, host calls, shared modules, and every way a run
// can exhaust its sandbox process (stuck CPU, memory), each reported with its kind while the
// supervisor replaces the process and later runs succeed.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { startTestSandbox, type TestSandbox, value } from "./harness.ts";

let t: TestSandbox;
beforeAll(async () => {
  t = await startTestSandbox({ processes: 2, maxRssMb: 600 });
});
afterAll(async () => {
  await t?.sandbox.stop();
});

describe("local sandbox", () => {
  it("runs code and relays host calls, bytes included", async () => {
    const seen: unknown[] = [];
    const host = {
      echo: (body: Uint8Array) => {
        seen.push(body);
        return { length: body.length, first: body[0] };
      },
    };
    const outcome = await t.run("async () => host.call('echo', [new Uint8Array([7, 8, 9])])", {
      host,
    });
    expect(value(outcome)).toEqual({ length: 3, first: 7 });
    expect(seen[0]).toBeInstanceOf(Uint8Array);
  });

  it("connects while the input settles, and runs nothing when it rejects", async () => {
    const calls: string[] = [];
    const host = { note: (text: string) => void calls.push(text) };
    const code = "async () => { await host.call('note', ['ran']); return input; }";
    const later = new Promise((resolve) => setTimeout(() => resolve("account-1"), 50));
    expect(value(await t.run(code, { host, input: later }))).toBe("account-1");
    const refused = t.run(code, { host, input: Promise.reject(new Error("no such account")) });
    await expect(refused).rejects.toThrow("no such account");
    expect(calls).toEqual(["ran"]);
    const { runs } = await t.sandbox.stats();
    expect(value(await t.run("async () => 2"))).toBe(2);
    // The refused run never reached the supervisor as a run.
    expect((await t.sandbox.stats()).runs).toBe(runs + 1);
  });

  it("sends a shared module once per sandbox process", async () => {
    let reads = 0;
    const scope = {
      module: `import data from "big.txt"; export function scope() { return { data }; }`,
      names: ["data"],
      modules: {
        "big.txt": {
          shared: {
            id: "big-v1",
            kind: "text" as const,
            source: () => {
              reads++;
              return "y".repeat(1_500_000);
            },
          },
        },
      },
    };
    for (let i = 0; i < 6; i++) {
      expect(value(await t.run("async () => data.length", { scope }))).toBe(1_500_000);
    }
    // At most once per process of the pool (two).
    expect(reads).toBeLessThanOrEqual(2);
  });

  it("gives concurrent runs of the same code each their own budget", async () => {
    const code = "async () => { let n = 0; for (let i = 0; i < 2e6; i++) n++; return n; }";
    const outcomes = await Promise.all([t.run(code), t.run(code), t.run(code)]);
    expect(outcomes.map(value)).toEqual([2e6, 2e6, 2e6]);
  });

  it("stops catastrophic regex backtracking as `cpu`, restarts the process, and keeps serving", async () => {
    const started = Date.now();
    const outcome = await t.run("async () => /^(a+)+$/.test('a'.repeat(34) + 'b')", {
      limits: { timeoutMs: 1_500 },
    });
    expect(outcome).toMatchObject({ ok: false, kind: "cpu" });
    expect(Date.now() - started).toBeLessThan(1_500 + 2_000);
    expect(value(await t.run("async () => 'still serving'"))).toBe("still serving");
    // The stop is counted once the killed process has exited, which may come after the next run.
    await vi.waitFor(async () => {
      expect((await t.sandbox.stats()).stops.cpu).toBeGreaterThanOrEqual(1);
    });
  });

  it("stops a memory bomb as `memory` and keeps serving", async () => {
    const outcome = await t.run(
      "async () => { const keep = []; for (;;) keep.push(new Array(1e6).fill(Math.random())); }",
      { limits: { timeoutMs: 20_000 } },
    );
    expect(outcome).toMatchObject({ ok: false, kind: "memory" });
    expect(value(await t.run("async () => 1 + 1"))).toBe(2);
  });

  it("runs a call elsewhere when its process is killed before it reached the host", async () => {
    const stats = await t.sandbox.stats();
    const victimPid = stats.backends.find((backend) => backend.state === "ready")?.pid;
    expect(victimPid).toBeDefined();
    const slow = t.run(
      "async () => { await new Promise((r) => setTimeout(r, 800)); return 'moved'; }",
    );
    await new Promise((resolve) => setTimeout(resolve, 200));
    for (const backend of (await t.sandbox.stats()).backends) {
      if (backend.pid && backend.active > 0) process.kill(backend.pid, "SIGKILL");
    }
    expect(value(await slow)).toBe("moved");
  });
});
