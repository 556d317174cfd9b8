// Scope: startWorker runs real `wrangler dev` processes for a fixture Worker: serving, vars, logs,
// several at once sharing state, and stopping.
import { existsSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isPortFree, type RunningWorker, startWorker } from "../src/index.ts";
import { helloWorkerDir, processesUsingPort } from "./helpers.ts";

const API_URL = "http://127.0.0.1:8787/client/v4";

let sharedState: string;
/** Persists to `sharedState`, with vars. */
let withVars: RunningWorker;
/** Persists to a temporary folder of its own. */
let plain: RunningWorker;

beforeAll(async () => {
  sharedState = await mkdtemp(join(tmpdir(), "local-stack-shared-"));
  [withVars, plain] = await Promise.all([
    startWorker({
      dir: helloWorkerDir,
      name: "hello",
      persistTo: sharedState,
      vars: { CLOUDFLARE_API_BASE_URL: API_URL, GREETING: "hello from a --var", ODD: "a:b=c d" },
    }),
    startWorker({ dir: helloWorkerDir }),
  ]);
});

afterAll(async () => {
  await Promise.all([withVars?.stop(), plain?.stop()]);
  await rm(sharedState, { recursive: true, force: true });
});

describe("a started worker", () => {
  it("serves on a loopback URL that matches its port", async () => {
    expect(withVars.url).toBe(`http://127.0.0.1:${withVars.port}`);
    expect(withVars.name).toBe("hello");
    const response = await fetch(withVars.url);
    expect(response.status).toBe(200);
    expect(await response.text()).toBe("hello from a --var\n");
  });

  it("receives vars whose values contain colons, such as URLs", async () => {
    const api = await fetch(`${withVars.url}/var?name=CLOUDFLARE_API_BASE_URL`);
    expect(await api.json()).toEqual({ name: "CLOUDFLARE_API_BASE_URL", value: API_URL });
    const odd = await fetch(`${withVars.url}/var?name=ODD`);
    expect(await odd.json()).toEqual({ name: "ODD", value: "a:b=c d" });
  });

  it("keeps its wrangler.jsonc vars when none are passed", async () => {
    expect(await (await fetch(plain.url)).text()).toBe("hello from wrangler.jsonc\n");
  });

  it("captures what the Worker logs, without colour codes", async () => {
    await fetch(`${withVars.url}/log?text=captured-123`);
    let logs = "";
    for (let i = 0; i < 50 && !logs.includes("fixture-log-marker captured-123"); i++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      logs = withVars.logs();
    }
    expect(logs).toContain("fixture-log-marker captured-123");
    expect(logs).not.toContain("\u001b[");
  });
});

describe("several workers at once", () => {
  it("run on distinct ports", () => {
    expect(withVars.port).not.toBe(plain.port);
  });

  it("share KV state, written before or after start, through one persist folder", async () => {
    await fetch(`${withVars.url}/kv?key=active-account`, { method: "PUT", body: "acme" });
    const second = await startWorker({ dir: helloWorkerDir, persistTo: sharedState });
    try {
      const read = await fetch(`${second.url}/kv?key=active-account`);
      expect(await read.json()).toEqual({ key: "active-account", value: "acme" });
      await fetch(`${second.url}/kv?key=active-account`, { method: "PUT", body: "globex" });
      const back = await fetch(`${withVars.url}/kv?key=active-account`);
      expect(await back.json()).toEqual({ key: "active-account", value: "globex" });
    } finally {
      await second.stop();
    }
    expect(existsSync(sharedState)).toBe(true);
  });
});

describe("stopping a worker", () => {
  it("frees the port, leaves no process behind and removes its temporary state", async () => {
    const persistDirs = processesUsingPort(plain.port)
      .map((line) => /--persist-to (\S+)/.exec(line)?.[1])
      .filter((dir): dir is string => dir !== undefined);
    expect(persistDirs.length).toBeGreaterThan(0);

    await Promise.all([plain.stop(), plain.stop()]);

    expect(await isPortFree(plain.port)).toBe(true);
    expect(processesUsingPort(plain.port)).toEqual([]);
    expect(persistDirs.some((dir) => existsSync(dir))).toBe(false);
    await expect(fetch(plain.url)).rejects.toThrow();
  });

  it("is a no-op the second time", async () => {
    await expect(plain.stop()).resolves.toBeUndefined();
  });
});
