// Scope: `pnpm dev` as a user runs it: on empty state with only the committed fixture data
// reachable it loads the api server's spec and docs by itself, every server answers through a
// real MCP client, and SIGTERM to the pnpm process leaves no process and no port behind.
import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import type { Client } from "@modelcontextprotocol/client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { APP_SERVERS, EMULATOR } from "../src/cli/contract.ts";
import { discoverAppServers } from "../src/cli/discover-apps.ts";
import { isAlive, liveGroups, readStackRecord, stackFile } from "../src/cli/pidfile.ts";
import { connectMcpClient, findFreePort, isPortFree, listApps, repoRoot } from "../src/index.ts";

const root = repoRoot();
const fixtures = join(root, "apps", "api", "test", "fixtures");
const READY_LINE = "Local MCP servers are running.";

let state: string;
let dev: ChildProcess;
let output = "";
let ports: Record<string, number>;
let exited: Promise<number | null>;

/** The MCP URL `pnpm dev` printed for `app`. */
function mcpUrlOf(app: string): string {
  const match = new RegExp(`^\\s+${app}\\s+(http://127\\.0\\.0\\.1:\\d+/mcp)$`, "m").exec(output);
  if (!match) throw new Error(`pnpm dev printed no URL for ${app}:\n${output}`);
  return match[1]!;
}

/** Every process below `pid` right now (wrangler, workerd, the local sandbox and its runtimes). */
function descendantsOf(pid: number): number[] {
  const children = new Map<number, number[]>();
  for (const line of execFileSync("ps", ["-A", "-o", "pid=,ppid="], { encoding: "utf8" }).split(
    "\n",
  )) {
    const [child, parent] = line.trim().split(/\s+/).map(Number);
    if (!child || parent === undefined) continue;
    children.set(parent, [...(children.get(parent) ?? []), child]);
  }
  const found: number[] = [];
  const queue = [pid];
  while (queue.length > 0) {
    for (const child of children.get(queue.shift()!) ?? []) {
      found.push(child);
      queue.push(child);
    }
  }
  return found;
}

/** Alive and not a zombie waiting to be reaped. */
function isRunning(pid: number): boolean {
  if (!isAlive(pid)) return false;
  try {
    return !/^Z/.test(
      execFileSync("ps", ["-o", "stat=", "-p", String(pid)], { encoding: "utf8" }).trim(),
    );
  } catch {
    return false;
  }
}

beforeAll(async () => {
  const discovered = discoverAppServers({
    appsDir: join(root, "apps"),
    apps: listApps(),
    known: APP_SERVERS,
  }).servers;
  const portEnv: Record<string, string> = {};
  for (const server of [EMULATOR, ...APP_SERVERS, ...discovered]) {
    portEnv[server.portVariable] = String(await findFreePort());
  }
  state = mkdtempSync(join(tmpdir(), "local-stack-dev-"));
  dev = spawn("pnpm", ["dev"], {
    cwd: root,
    env: {
      ...process.env,
      ...portEnv,
      LOCAL_STACK_STATE: state,
      CLOUDFLARE_OPENAPI_SPEC: join(fixtures, "openapi.json"),
      CLOUDFLARE_DOCS_CORPUS: join(fixtures, "docs.jsonl"),
      CLOUDFLARE_API_BASE_URL: "",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  exited = new Promise((resolve) => dev.once("exit", (code) => resolve(code)));
  dev.stdout?.on("data", (chunk: Buffer) => {
    output += chunk.toString();
  });
  dev.stderr?.on("data", (chunk: Buffer) => {
    output += chunk.toString();
  });
  const deadline = Date.now() + 240_000;
  while (!output.includes(READY_LINE)) {
    if (dev.exitCode !== null) throw new Error(`pnpm dev exited early:\n${output}`);
    if (Date.now() > deadline) throw new Error(`pnpm dev is not ready after 240 s:\n${output}`);
    await sleep(250);
  }
  ports = readStackRecord(stackFile(state))?.ports ?? {};
}, 260_000);

afterAll(async () => {
  if (dev && dev.exitCode === null) {
    dev.kill("SIGTERM");
    await Promise.race([exited, sleep(20_000)]);
  }
  if (state) rmSync(state, { recursive: true, force: true });
}, 30_000);

describe("pnpm dev on empty state with fixture data", () => {
  it("loads the spec and the docs index before it starts the servers", () => {
    expect(output).toMatch(/spec: loaded \d+ operations from .*openapi\.json/);
    expect(output).toMatch(/docs: loaded \d+ pages, \d+ passages from .*docs\.jsonl/);
    expect(output).not.toContain("Not loaded");
  });

  it("answers api search (spec.find) and docs through an MCP client", async () => {
    let client: Client | undefined;
    try {
      client = await connectMcpClient(mcpUrlOf("api"), { token: "cfemu_user_token" });
      const search = await client.callTool({
        name: "search",
        arguments: {
          code: 'async () => (await spec.find("create a dns record", { limit: 5 })).map(c => c.method + " " + c.path)',
        },
      });
      expect(search.isError).toBeFalsy();
      expect(JSON.stringify(search.structuredContent)).toContain(
        "POST /zones/{zone_id}/dns_records",
      );
      const docs = await client.callTool({
        name: "docs",
        arguments: { query: "bind a KV namespace to a Worker" },
      });
      expect(docs.isError).toBeFalsy();
      expect(JSON.stringify(docs.structuredContent)).toContain("developers.cloudflare.com/kv/");
    } finally {
      await client?.close();
    }
  });

  it("stops every process it started within 10 s of SIGTERM to pnpm and frees every port", async () => {
    const record = readStackRecord(stackFile(state));
    expect(record?.groups.length).toBeGreaterThan(0);
    expect(Object.keys(ports)).toEqual(expect.arrayContaining(["emulator", "api"]));
    const stack = descendantsOf(dev.pid!);
    expect(stack.length).toBeGreaterThan(5);
    dev.kill("SIGTERM");
    await sleep(10_000);
    expect(stack.filter(isRunning)).toEqual([]);
    expect(isAlive(record!.pid)).toBe(false);
    expect(liveGroups(record!)).toEqual([]);
    const busy = [];
    for (const [name, port] of Object.entries(ports)) {
      if (!(await isPortFree(port))) busy.push(`${name} ${port}`);
    }
    expect(busy).toEqual([]);
    expect(readStackRecord(stackFile(state))).toBeUndefined();
  }, 30_000);
});
