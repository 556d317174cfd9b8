// Scope: startWorker fails fast and explains why: broken Worker, busy fixed port, bad arguments.
import { createServer, type Server } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findFreePort, startWorker, WorkerStartError } from "../src/index.ts";
import { failingWorkerDir, helloWorkerDir } from "./helpers.ts";

describe("a Worker that throws while loading", () => {
  it("rejects with WorkerStartError quoting the Worker's own error", async () => {
    const error = await startWorker({ dir: failingWorkerDir, name: "failing" }).catch((e) => e);
    expect(error).toBeInstanceOf(WorkerStartError);
    expect(error.reason).toBe("exited");
    expect(error.message).toMatch(/^failing exited \(code \d+\) before answering/);
    expect(error.message).toContain("failing-worker refuses to load");
    expect(error.logs).toContain("failing-worker refuses to load");
  });
});

describe("a fixed port that is already taken", () => {
  let blocker: Server;
  let port: number;

  beforeAll(async () => {
    port = await findFreePort();
    blocker = createServer((socket) => socket.destroy());
    await new Promise<void>((resolve) => blocker.listen(port, "127.0.0.1", resolve));
  });

  afterAll(() => new Promise<void>((resolve) => blocker.close(() => resolve())));

  it("is reported at once rather than silently replaced by another port", async () => {
    await expect(startWorker({ dir: helloWorkerDir, name: "hello", port })).rejects.toThrow(
      `local-stack: cannot start hello: port ${port} is already in use`,
    );
  });
});

describe("invalid arguments", () => {
  it("rejects a relative dir", async () => {
    await expect(startWorker({ dir: "test/fixtures/hello-worker" })).rejects.toThrow(
      /dir must be absolute/,
    );
  });

  it("rejects a folder without a wrangler config", async () => {
    await expect(startWorker({ dir: import.meta.dirname })).rejects.toThrow(/no wrangler config/);
  });

  it("rejects a var name wrangler could not parse", async () => {
    await expect(startWorker({ dir: helloWorkerDir, vars: { "A:B": "x" } })).rejects.toThrow(
      /invalid var name/,
    );
  });
});
