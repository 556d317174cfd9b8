// Per-request CPU of a product server: the secrets-store server as `pnpm dev` runs it (Miniflare,
// emulator beside it), one MCP client calling in sequence; CPU is the app's workerd process time
// (/proc utime + stime) over the calls, divided by the calls. The emulator's own process is not
// counted. Cases: `tools/list` (the kit and the SDK only) and `secrets_store_secrets_list` (plus
// one Cloudflare API request). Load-dependent: figures measured while others work are provisional.
// `pnpm --filter @repo/bench call-cpu [--calls N]`.

import { loadavg } from "node:os";
import { parseArgs } from "node:util";
import type { Client } from "@modelcontextprotocol/client";
import { connectMcpClient, startApp, startEmulator } from "@repo/local-stack";
import { machineFacts, writeResults } from "./lib/results.ts";
import { cpuMs, processTree } from "./lib/rss.ts";
import { percentile, round } from "./lib/stats.ts";

const TOKEN = "cfemu_user_token";
/** The emulator's seeded Acme account and its store. */
const LIST_ARGS = {
  account_id: "023e105f4ecef8ad9ca31a8372d0c353",
  store_id: "5c7a9e1b3d5f47a9b1c3d5e7f9a1b3c5",
};

const { values } = parseArgs({ options: { calls: { type: "string", default: "500" } } });
const CALLS = Number(values.calls);
const loadAtStart = loadavg()[0] ?? 0;

async function measure(runtimes: number[], call: () => Promise<unknown>) {
  for (let i = 0; i < 50; i++) await call();
  const latencies: number[] = [];
  const before = cpuMs(runtimes);
  for (let i = 0; i < CALLS; i++) {
    const started = performance.now();
    await call();
    latencies.push(performance.now() - started);
  }
  return {
    cpuMsPerCall: round((cpuMs(runtimes) - before) / CALLS, 2),
    latencyP50Ms: round(percentile(latencies, 50), 2),
    calls: CALLS,
  };
}

const emulator = await startEmulator();
const app = await startApp("secrets-store", { apiBaseUrl: emulator.apiBaseUrl });
let client: Client | undefined;
try {
  const runtimes = processTree([app.pid])
    .filter((process) => process.name === "workerd")
    .map((process) => process.pid);
  client = await connectMcpClient(app.mcpUrl, { token: TOKEN });
  const connected = client;
  const toolsList = await measure(runtimes, () => connected.listTools());
  const secretsList = await measure(runtimes, async () => {
    const result = await connected.callTool({
      name: "secrets_store_secrets_list",
      arguments: LIST_ARGS,
    });
    if (result.isError) throw new Error(JSON.stringify(result.content));
  });
  const provisional = loadAtStart >= 1;
  const label = provisional ? ` (provisional: load ${loadAtStart.toFixed(1)} at start)` : "";
  console.log(
    `tools/list: ${toolsList.cpuMsPerCall} ms CPU per call, p50 ${toolsList.latencyP50Ms} ms${label}`,
  );
  console.log(
    `secrets_store_secrets_list: ${secretsList.cpuMsPerCall} ms CPU per call, p50 ${secretsList.latencyP50Ms} ms${label}`,
  );
  const markdown = [
    "# Call CPU: per-request CPU of the secrets-store server",
    "",
    "`pnpm --filter @repo/bench call-cpu`: the app's workerd process CPU (utime + stime) over",
    `${CALLS} sequential calls from one MCP client, after 50 warm-up calls; the emulator is not counted.`,
    provisional
      ? `Provisional: load average ${loadAtStart.toFixed(1)} at start.`
      : "Measured idle.",
    "",
    "| call | CPU ms per call | latency p50 ms |",
    "| --- | --- | --- |",
    `| tools/list | ${toolsList.cpuMsPerCall} | ${toolsList.latencyP50Ms} |`,
    `| secrets_store_secrets_list | ${secretsList.cpuMsPerCall} | ${secretsList.latencyP50Ms} |`,
  ].join("\n");
  writeResults(
    "call-cpu",
    {
      measuredAt: new Date().toISOString(),
      machine: machineFacts(),
      loadAtStart,
      provisional,
      toolsList,
      secretsList,
    },
    markdown,
  );
} finally {
  await client?.close();
  await app.stop();
  await emulator.stop();
}
