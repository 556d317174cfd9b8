// waitUntilReady against a server that answers the URL while the process we started reports that
// it could not listen: what happens when another process takes the port between pick and bind.
import { createServer, type Server } from "node:http";
import { afterEach, describe, expect, it } from "vitest";
import type { ExitInfo, ProcessGroup } from "../src/process-group.ts";
import { WorkerStartError, waitUntilReady } from "../src/readiness.ts";

function fakeProcess(printed: () => string): ProcessGroup {
  return {
    pid: 1,
    exited: new Promise<ExitInfo>(() => {}),
    hasExited: () => false,
    output: printed,
    stop: async () => {},
  };
}

let server: Server | undefined;
afterEach(
  () => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())),
);

async function someoneElseAnswering(): Promise<string> {
  server = createServer((_request, response) => response.end("not the worker"));
  await new Promise<void>((resolve) => server?.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  if (!address || typeof address === "string") throw new Error("no port");
  return `http://127.0.0.1:${address.port}`;
}

describe("waitUntilReady", () => {
  it("fails at once when the process says its port is in use, although the URL answers", async () => {
    const url = await someoneElseAnswering();
    const failure = waitUntilReady({
      name: "worker",
      url,
      timeoutMs: 5_000,
      process: fakeProcess(() => '✘ [ERROR] Address already in use (socket "direct:1:default")'),
      readyMarker: `Ready on ${url}`,
    });
    await expect(failure).rejects.toBeInstanceOf(WorkerStartError);
    await expect(failure).rejects.toMatchObject({ reason: "port-taken" });
  });

  it("does not take another server's answer for its own before the process says it is ready", async () => {
    const url = await someoneElseAnswering();
    let printed = "starting...";
    setTimeout(() => {
      printed += `\n[wrangler:info] Ready on ${url}`;
    }, 400);
    await waitUntilReady({
      name: "worker",
      url,
      timeoutMs: 5_000,
      process: fakeProcess(() => printed),
      readyMarker: `Ready on ${url}`,
    });
    // It returned only once the marker was printed, not on the first answer (at once).
    expect(printed).toContain("Ready on");
  });
});
