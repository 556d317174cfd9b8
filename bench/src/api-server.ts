// api server benchmark, as agents use it: the emulator and the api server started the way
// `pnpm dev` starts them (local-stack: one workerd runtime each through Miniflare, plus the
// supervised local sandbox), the shared spec seeded,
// and MCP clients over Streamable HTTP sending NEW code on every call. Prints and writes:
// tools/list size in tokens; search latency for code that only calls spec.find and for code that
// walks spec.paths (same-code figures labelled as such); execute overhead over a direct API call
// with where the time goes; spec.find recall@5; and a soak (2,000 searches + 1,000 executes from
// 5 clients) with the memory of every process of the server sampled every 100 calls.
// `pnpm --filter @repo/bench api`; CLOUDFLARE_OPENAPI_SPEC overrides the spec file.

import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import type { Client } from "@modelcontextprotocol/client";
import { connectMcpClient, startApp, startEmulator } from "@repo/local-stack";
import { executeCode, findCode, noopCode, walkCode } from "./api/code.ts";
import { renderMarkdown } from "./api/report.ts";
import { sandboxRoundTrip } from "./api/sandbox-round-trip.ts";
import { soak } from "./api/soak.ts";
import { countTokens } from "./api/tokens.ts";
import { recallAndMrr } from "./lib/ranking.ts";
import { machineFacts, REPO_ROOT, writeResults } from "./lib/results.ts";
import { processTree, totalMb } from "./lib/rss.ts";
import { percentile, round } from "./lib/stats.ts";

const TOKEN = "cfemu_user_token";
const RUNS = Number(process.env.BENCH_RUNS ?? 60);
const SOAK = {
  clients: 5,
  searches: Number(process.env.BENCH_SOAK_SEARCHES ?? 2_000),
  executes: Number(process.env.BENCH_SOAK_EXECUTES ?? 1_000),
  sampleEvery: 100,
};
export const TARGETS = {
  codemodeTokensCl100k: 1_000,
  findNewP50Ms: 25,
  walkNewP50Ms: 80,
  executeOverheadP50Ms: 12,
  soakMaxRssMb: 800,
  recallAt5: 0.9,
};
const specPath =
  process.env.CLOUDFLARE_OPENAPI_SPEC ??
  join(REPO_ROOT, "..", "shared/data/cloudflare-openapi-2024-08.json");

const summary = (values: number[]) => ({
  p50: round(percentile(values, 50), 1),
  p95: round(percentile(values, 95), 1),
  runs: values.length,
});

async function timedRuns(runs: number, work: (i: number) => Promise<unknown>): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await work(i);
    times.push(performance.now() - started);
  }
  return times;
}

async function callJson(client: Client, name: string, args: Record<string, unknown>) {
  const result = await client.callTool({ name, arguments: args });
  if (result.isError) throw new Error(`${name} failed: ${JSON.stringify(result.content)}`);
  return result.structuredContent as Record<string, unknown>;
}

const loadAtStart = loadavg()[0] ?? 0;
const state = mkdtempSync(join(tmpdir(), "bench-api-"));
console.log(`Seeding ${specPath} ...`);
execFileSync("pnpm", ["--filter", "api", "spec:seed", "--persist-to", state], {
  cwd: REPO_ROOT,
  env: { ...process.env, CLOUDFLARE_OPENAPI_SPEC: specPath },
  stdio: "inherit",
});
// Started with the options `pnpm dev` gives them (tools/local-stack/src/cli/dev.ts): rebuild on
// change, and a log line per request.
const asPnpmDev = { watch: true, logRequests: true } as const;
const emulator = await startEmulator(asPnpmDev);
const serverLines: string[] = [];
const app = await startApp("api", {
  ...asPnpmDev,
  apiBaseUrl: emulator.apiBaseUrl,
  persistTo: state,
  onLine: (line) => serverLines.push(line),
});
const sandbox = app.sandbox;
if (!sandbox) throw new Error("the api server started without its local sandbox");
/**
 * Memory of the api server as the issue counts it: its runtime (workerd; under `wrangler dev` also
 * the dev proxy's) and the sandbox (supervisor and processes). The Node process that drives the
 * runtime (local-stack's serve-worker, or wrangler and its esbuild watcher) is development
 * tooling, reported beside it.
 */
const serverMemory = () => {
  const served = processTree([app.pid]);
  const runtimes = served.filter((process) => process.name === "workerd");
  const tooling = served.filter((process) => process.name !== "workerd");
  const sandboxProcesses = processTree([sandbox.pid]);
  return {
    runtimesMb: totalMb(runtimes),
    sandboxMb: totalMb(sandboxProcesses),
    serverMb: totalMb([...runtimes, ...sandboxProcesses]),
    toolingMb: totalMb(tooling),
  };
};
const serverRssMb = () => serverMemory().serverMb;
const clients: Client[] = [];
const connect = async (query = "") => {
  const client = await connectMcpClient(`${app.mcpUrl}${query}`, { token: TOKEN });
  clients.push(client);
  return client;
};

try {
  const { queries } = JSON.parse(
    readFileSync(join(REPO_ROOT, "packages/openapi/fixtures/ranking-queries.json"), "utf8"),
  ) as { queries: Array<{ query: string; expected: string }> };
  const queryTexts = queries.map((query) => query.query);
  const client = await connect();
  const memoryAtStart = serverMemory();

  console.log("First search (the server loads the spec) ...");
  const first = await timedRuns(1, () =>
    callJson(client, "search", { code: "async () => spec.operations.length" }),
  );

  console.log(`Measuring latency (${RUNS} calls each, new code every call) ...`);
  let n = 0;
  const latency = {
    tools_list: summary(await timedRuns(RUNS, () => client.listTools())),
    direct_api: summary(
      await timedRuns(RUNS, async () => {
        const response = await fetch(`${emulator.apiBaseUrl}/accounts`, {
          headers: { authorization: `Bearer ${TOKEN}` },
        });
        return response.json();
      }),
    ),
    plain_tool: summary(await timedRuns(RUNS, () => callJson(client, "accounts_list", {}))),
    execute_noop: summary(
      await timedRuns(RUNS, () => callJson(client, "execute", { code: noopCode(n++) })),
    ),
    execute_one_request: summary(
      await timedRuns(RUNS, () => callJson(client, "execute", { code: executeCode(2 * n++) })),
    ),
    sandbox_round_trip: summary(await timedRuns(RUNS, (i) => sandboxRoundTrip(sandbox.vars, i))),
    search_find_new: summary(
      await timedRuns(RUNS, () => callJson(client, "search", { code: findCode(queryTexts, n++) })),
    ),
    search_walk_new: summary(
      await timedRuns(RUNS, () => callJson(client, "search", { code: walkCode(n++) })),
    ),
    search_find_same_code: summary(
      await timedRuns(RUNS, () => callJson(client, "search", { code: findCode(queryTexts, 0) })),
    ),
  };
  const p50 = (key: keyof typeof latency) => latency[key].p50;
  const breakdown = {
    mcp_round_trip: p50("tools_list"),
    tool_and_auth: round(p50("plain_tool") - p50("tools_list"), 1),
    sandbox: round(p50("execute_noop") - p50("plain_tool"), 1),
    sandbox_round_trip_from_node: p50("sandbox_round_trip"),
    api_request_via_gate: round(p50("execute_one_request") - p50("execute_noop"), 1),
    direct_api_request: p50("direct_api"),
  };
  const overhead = round(p50("execute_one_request") - p50("direct_api"), 1);
  const overheadTarget =
    p50("tools_list") > 8 ? round(p50("tools_list") + 4, 1) : TARGETS.executeOverheadP50Ms;

  console.log("Measuring spec.find quality ...");
  const ranked = await callJson(client, "search", {
    code: `async () => Promise.all(${JSON.stringify(queryTexts)}.map(async q => (await spec.find(q, { limit: 5 })).map(c => c.method + " " + c.path)))`,
  });
  const lists = ranked.result as string[][];
  const quality = recallAndMrr(
    queries.map((query, position) => {
      const index = (lists[position] ?? []).indexOf(query.expected);
      return index === -1 ? undefined : index + 1;
    }),
    5,
  );

  console.log("Measuring tools/list ...");
  const tokens = await countTokens(client, await connect("?codemode=false"));

  console.log(
    `Soak: ${SOAK.searches} searches + ${SOAK.executes} executes from ${SOAK.clients} clients ...`,
  );
  const soakClients = await Promise.all(Array.from({ length: SOAK.clients }, () => connect()));
  const partSamples: MemorySample[] = [];
  const soakResult = await soak({
    clients: soakClients,
    searches: SOAK.searches,
    executes: SOAK.executes,
    queries: queryTexts,
    rssMb: serverRssMb,
    sampleEvery: SOAK.sampleEvery,
    onSample: (sample) => {
      const parts = serverMemory();
      partSamples.push({ calls: sample.calls, ...parts });
      console.log(
        `  ${sample.calls} calls, ${sample.seconds} s: ${sample.rssMb} MB (runtimes ${parts.runtimesMb}, sandbox ${parts.sandboxMb}; the Node process driving the runtime ${parts.toolingMb} more)`,
      );
    },
  });
  const totals = soakResult.samples.map((sample) => ({ calls: sample.calls, mb: sample.rssMb }));
  const partOf = (key: "runtimesMb" | "sandboxMb") =>
    partSamples.map((sample) => ({ calls: sample.calls, mb: sample[key] }));
  const supervisor = await sandbox.stats();
  const loadAtEnd = loadavg()[0] ?? 0;

  const results = {
    measuredAt: new Date().toISOString(),
    machine: machineFacts(),
    loadAverage: { start: round(loadAtStart, 2), end: round(loadAtEnd, 2) },
    // Only the start says whether other work was running: the soak's own 5 clients, runtime and
    // sandbox keep both cores busy, so the end figure is always above 1 on a 2-core machine.
    provisional: loadAtStart > 1,
    spec: specPath.split("/").pop(),
    tokens,
    firstSearchMs: round(first[0] ?? 0, 0),
    latency,
    execute: { overhead_vs_direct_p50: overhead, overhead_target_p50: overheadTarget, breakdown },
    ranking: {
      queries: queries.length,
      recallAt5: round(quality.recall, 3),
      mrr: round(quality.mrr, 3),
    },
    soak: {
      ...SOAK,
      calls: soakResult.calls,
      errors: soakResult.errors.length,
      firstErrors: soakResult.errors.slice(0, 5),
      seconds: round(soakResult.seconds, 1),
      rssAtStartMb: memoryAtStart.serverMb,
      memoryAtEnd: serverMemory(),
      rssEndMb: soakResult.samples.at(-1)?.rssMb ?? 0,
      rssMaxMb: Math.max(...soakResult.samples.map((sample) => sample.rssMb)),
      growthLast1000CallsMb: growthOverLast1000(totals),
      // The sandbox's share rises and falls as its processes are recycled, so the change between
      // two samples says little about it: its peaks, and the runtimes' own growth, say more.
      runtimesGrowthLast1000CallsMb: growthOverLast1000(partOf("runtimesMb")),
      peakMb: { previous1000Calls: peakOf(totals, -2), last1000Calls: peakOf(totals, -1) },
      samples: soakResult.samples,
      sandboxProcessesStopped: supervisor.stops,
    },
    targets: TARGETS,
  };
  console.log(
    JSON.stringify({ ...results, soak: { ...results.soak, samples: undefined } }, null, 2),
  );
  for (const file of writeResults("api-server", results, renderMarkdown(results))) {
    console.log(`wrote ${file}`);
  }
} catch (error) {
  console.error(`Server output (last 30 lines):\n${serverLines.slice(-30).join("\n")}`);
  throw error;
} finally {
  await Promise.allSettled(clients.map((client) => client.close()));
  await Promise.allSettled([app.stop(), emulator.stop()]);
  rmSync(state, { recursive: true, force: true });
}

interface MemorySample {
  calls: number;
  runtimesMb: number;
  sandboxMb: number;
}

interface Point {
  calls: number;
  mb: number;
}

/** MB per 1,000 calls between the first and the last sample of the last 1,000 calls. */
function growthOverLast1000(points: Point[]): number {
  const last = points.at(-1);
  const first = points.find((point) => last && point.calls >= last.calls - 1_000);
  if (!last || !first || last.calls === first.calls) return 0;
  return round(((last.mb - first.mb) / (last.calls - first.calls)) * 1000, 1);
}

/** The highest sample in a window of 1,000 calls counted from the end (-1: the last 1,000). */
function peakOf(points: Point[], window: -1 | -2): number {
  const end = (points.at(-1)?.calls ?? 0) + (window + 1) * 1_000;
  const inWindow = points.filter((point) => point.calls > end - 1_000 && point.calls <= end);
  return inWindow.length > 0 ? Math.max(...inWindow.map((point) => point.mb)) : 0;
}
