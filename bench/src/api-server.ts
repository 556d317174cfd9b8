// api server benchmark: runs the emulator and the api server (wrangler dev) with the shared spec
// seeded, then prints tools/list size in tokens (cl100k_base and o200k_base) for Code Mode and
// ?codemode=false, search latency warm and cold, execute overhead over a direct API call, and
// the ranked helper's recall@5 asked through the server's own spec.find.
// `pnpm --filter @repo/bench api`; CLOUDFLARE_OPENAPI_SPEC overrides the spec file.

import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Client } from "@modelcontextprotocol/client";
import { connectMcpClient, startApp, startEmulator } from "@repo/local-stack";
import { getEncoding } from "js-tiktoken";
import { recallAndMrr } from "./lib/ranking.ts";
import { machineFacts, REPO_ROOT, writeResults } from "./lib/results.ts";
import { percentile, round } from "./lib/stats.ts";

const TOKEN = "cfemu_user_token";
const RUNS = { warm: 40, cold: 12, execute: 40 };
const TARGETS = {
  codemodeTokensCl100k: 1_000,
  warmSearchP50Ms: 20,
  executeOverheadP50Ms: 20,
  recallAt5: 0.9,
};
const CODE_MODE_TOOLS = ["search", "execute", "docs"];
const specPath =
  process.env.CLOUDFLARE_OPENAPI_SPEC ??
  join(REPO_ROOT, "..", "shared/data/cloudflare-openapi-2024-08.json");

const encodings = {
  cl100k_base: getEncoding("cl100k_base"),
  o200k_base: getEncoding("o200k_base"),
};
const tokens = (value: unknown) => {
  const text = JSON.stringify(value);
  return {
    chars: text.length,
    cl100k_base: encodings.cl100k_base.encode(text).length,
    o200k_base: encodings.o200k_base.encode(text).length,
  };
};

async function timed<T>(work: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const started = performance.now();
  const value = await work();
  return { ms: performance.now() - started, value };
}

const summary = (values: number[]) => ({
  p50: round(percentile(values, 50), 1),
  p95: round(percentile(values, 95), 1),
  runs: values.length,
});

async function callJson(client: Client, name: string, args: Record<string, unknown>) {
  const result = await client.callTool({ name, arguments: args });
  if (result.isError) throw new Error(`${name} failed: ${JSON.stringify(result.content)}`);
  return result.structuredContent as Record<string, unknown>;
}

const state = mkdtempSync(join(tmpdir(), "bench-api-"));
console.log(`Seeding ${specPath} ...`);
execFileSync("pnpm", ["--filter", "api", "spec:seed", "--persist-to", state], {
  cwd: REPO_ROOT,
  env: { ...process.env, CLOUDFLARE_OPENAPI_SPEC: specPath },
  stdio: "inherit",
});
const emulator = await startEmulator();
const serverLines: string[] = [];
const app = await startApp("api", {
  apiBaseUrl: emulator.apiBaseUrl,
  persistTo: state,
  onLine: (line) => serverLines.push(line),
});
const clients: Client[] = [];
const connect = async (query = "") => {
  const client = await connectMcpClient(`${app.mcpUrl}${query}`, { token: TOKEN });
  clients.push(client);
  return client;
};

try {
  const codeMode = await connect();
  console.log("Measuring search ...");
  // search: cold = code never seen (a new isolate loads the spec); warm = the same code again.
  const warmCode = 'async () => (await spec.find("list workers", { limit: 5 })).map(c => c.path)';
  await callJson(codeMode, "search", { code: warmCode });
  const warm: number[] = [];
  for (let i = 0; i < RUNS.warm; i++)
    warm.push((await timed(() => callJson(codeMode, "search", { code: warmCode }))).ms);
  const cold: number[] = [];
  for (let i = 0; i < RUNS.cold; i++) {
    const code = `async () => Object.keys(spec.paths).filter(p => p.includes("workers")).length + ${i}`;
    cold.push((await timed(() => callJson(codeMode, "search", { code }))).ms);
  }

  console.log("Measuring execute ...");
  // execute vs the same API call made directly, and vs a plain MCP tool making that call.
  const direct: number[] = [];
  const executeRuns: number[] = [];
  const plainTool: number[] = [];
  const executeCode = 'async () => (await cloudflare.request({ path: "/accounts" })).result.length';
  await callJson(codeMode, "execute", { code: executeCode });
  for (let i = 0; i < RUNS.execute; i++) {
    direct.push(
      (
        await timed(async () => {
          const response = await fetch(`${emulator.apiBaseUrl}/accounts`, {
            headers: { authorization: `Bearer ${TOKEN}` },
          });
          return response.json();
        })
      ).ms,
    );
    executeRuns.push((await timed(() => callJson(codeMode, "execute", { code: executeCode }))).ms);
    plainTool.push((await timed(() => callJson(codeMode, "accounts_list", {}))).ms);
  }

  // Ranked helper quality, asked through the server's spec.find in one search call.
  const { queries } = JSON.parse(
    readFileSync(join(REPO_ROOT, "packages/openapi/fixtures/ranking-queries.json"), "utf8"),
  ) as { queries: Array<{ query: string; expected: string }> };
  const ranked = await callJson(codeMode, "search", {
    code: `async () => Promise.all(${JSON.stringify(queries.map((q) => q.query))}.map(async q => (await spec.find(q, { limit: 5 })).map(c => c.method + " " + c.path)))`,
  });
  const lists = ranked.result as string[][];
  const ranks = queries.map((query, position) => {
    const index = (lists[position] ?? []).indexOf(query.expected);
    return index === -1 ? undefined : index + 1;
  });
  const quality = recallAndMrr(ranks, 5);

  // tools/list size, last: tokenizing megabytes of JSON takes a while and idle keep-alive
  // connections to wrangler dev do not survive it.
  console.log("Measuring tools/list ...");
  const codeModeTools = (await codeMode.listTools()).tools;
  const listed = await timed(async () => (await connect("?codemode=false")).listTools());
  const endpointTools = listed.value.tools;
  const toolTokens = {
    codemode_search_execute_docs: tokens(
      codeModeTools.filter((tool) => CODE_MODE_TOOLS.includes(tool.name)),
    ),
    codemode_whole_list: tokens(codeModeTools),
    codemode_false_whole_list: tokens(endpointTools),
    codemode_false_tools: endpointTools.length,
    codemode_false_list_ms: round(listed.ms, 0),
  };

  const directP50 = percentile(direct, 50);
  const results = {
    measuredAt: new Date().toISOString(),
    machine: machineFacts(),
    spec: specPath.split("/").pop(),
    tokens: toolTokens,
    search: { warm: summary(warm), cold: summary(cold) },
    execute: {
      direct_api: summary(direct),
      execute_one_request: summary(executeRuns),
      plain_tool_one_request: summary(plainTool),
      overhead_vs_direct_p50: round(percentile(executeRuns, 50) - directP50, 1),
      overhead_vs_plain_tool_p50: round(percentile(executeRuns, 50) - percentile(plainTool, 50), 1),
    },
    ranking: {
      queries: queries.length,
      recallAt5: round(quality.recall, 3),
      mrr: round(quality.mrr, 3),
    },
    targets: TARGETS,
  };
  console.log(JSON.stringify(results, null, 2));

  const t = toolTokens;
  const markdown = `# api server benchmark

Measured ${results.measuredAt} on ${results.machine.cpus} × ${results.machine.cpuModel}, Node ${results.machine.node}, spec ${results.spec}, against the local emulator (wrangler dev). Latencies are client-side round trips of MCP tool calls over Streamable HTTP.

| Figure | Value | Target |
| --- | --- | --- |
| tools/list, search + execute + docs (cl100k / o200k tokens) | ${t.codemode_search_execute_docs.cl100k_base} / ${t.codemode_search_execute_docs.o200k_base} | ≤ ${TARGETS.codemodeTokensCl100k} (cl100k) |
| tools/list, whole Code Mode list incl. account tools (cl100k / o200k) | ${t.codemode_whole_list.cl100k_base} / ${t.codemode_whole_list.o200k_base} | |
| tools/list, ?codemode=false (${t.codemode_false_tools} tools; cl100k / o200k) | ${t.codemode_false_whole_list.cl100k_base} / ${t.codemode_false_whole_list.o200k_base} | |
| ?codemode=false tools/list round trip (ms) | ${t.codemode_false_list_ms} | |
| search warm p50 / p95 (ms, same code again: warm isolate) | ${results.search.warm.p50} / ${results.search.warm.p95} | p50 < ${TARGETS.warmSearchP50Ms} |
| search cold p50 / p95 (ms, new code: new isolate loads the spec) | ${results.search.cold.p50} / ${results.search.cold.p95} | |
| direct API call p50 (ms) | ${results.execute.direct_api.p50} | |
| execute with one API request p50 (ms) | ${results.execute.execute_one_request.p50} | |
| plain MCP tool with one API request p50 (ms) | ${results.execute.plain_tool_one_request.p50} | |
| execute overhead over a direct API call, p50 (ms) | ${results.execute.overhead_vs_direct_p50} | < ${TARGETS.executeOverheadP50Ms} |
| execute overhead over a plain tool (the sandbox alone), p50 (ms) | ${results.execute.overhead_vs_plain_tool_p50} | |
| spec.find recall@5 / MRR (${results.ranking.queries} queries) | ${results.ranking.recallAt5} / ${results.ranking.mrr} | recall@5 ≥ ${TARGETS.recallAt5} |
`;
  for (const file of writeResults("api-server", results, markdown)) console.log(`wrote ${file}`);
} catch (error) {
  console.error(`Server output (last 30 lines):\n${serverLines.slice(-30).join("\n")}`);
  throw error;
} finally {
  await Promise.allSettled(clients.map((client) => client.close()));
  await Promise.allSettled([app.stop(), emulator.stop()]);
  rmSync(state, { recursive: true, force: true });
}
