// `pnpm dev`: starts the emulator and every MCP server in apps/ (the contract's, then any other
// with a `dev.port` in its wrangler.jsonc), prints how to connect, and stops them all on Ctrl-C.
import { existsSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import type { ExitInfo } from "../process-group.ts";
import { repoRoot } from "../repo-root.ts";
import { listApps, startApp } from "../start-app.ts";
import { EMULATOR_HEALTH_PATH, emulatorDir, startEmulator } from "../start-emulator.ts";
import type { RunningWorker } from "../start-worker.ts";
import { type BannerInput, renderBanner } from "./banner.ts";
import { APP_SERVERS } from "./contract.ts";
import { discoverAppServers } from "./discover-apps.ts";
import { createServerOutput } from "./output.ts";
import { assertPortsAvailable, plannedServers, planStack } from "./stack-plan.ts";

const running: RunningWorker[] = [];
let shuttingDown = false;

const say = (text: string) => process.stdout.write(`[local-stack] ${text}\n`);

async function main(): Promise<void> {
  const existingApps = listApps();
  const discovery = discoverAppServers({
    appsDir: join(repoRoot(), "apps"),
    apps: existingApps,
    known: APP_SERVERS,
  });
  for (const { name, reason } of discovery.skipped) say(`not starting apps/${name}: ${reason}`);
  const plan = planStack({
    env: process.env,
    existingApps,
    discoveredApps: discovery.servers,
    repoRoot: repoRoot(),
  });
  await assertPortsAvailable(plan);
  if (plan.emulator && !existsSync(emulatorDir())) {
    throw new Error(
      `tools/emulator does not exist yet; set CLOUDFLARE_API_BASE_URL to use another API instead`,
    );
  }
  mkdirSync(plan.persistTo, { recursive: true });
  const verbose = process.env.LOCAL_STACK_VERBOSE === "1";
  const prefixWidth = Math.max(...plannedServers(plan).map((s) => s.definition.name.length));
  const outputFor = (name: string, readyPath: string) =>
    createServerOutput({
      name,
      prefixWidth,
      verbose,
      readyPath,
      write: (text) => process.stdout.write(text),
    });
  const onExit = (name: string) => (exit: ExitInfo) => {
    if (shuttingDown) return;
    const how = exit.signal ? `signal ${exit.signal}` : `code ${exit.code}`;
    process.stderr.write(`[local-stack] ${name} exited unexpectedly (${how}); stopping.\n`);
    void shutdown(1);
  };

  let apiBaseUrl = plan.externalApiBaseUrl;
  if (plan.emulator) {
    say(`starting the emulator on port ${plan.emulator.port}...`);
    const output = outputFor("emulator", EMULATOR_HEALTH_PATH);
    const emulator = await startEmulator({
      port: plan.emulator.port,
      persistTo: plan.persistTo,
      onLine: output.onLine,
      onExit: onExit("emulator"),
    });
    running.push(emulator);
    output.markReady();
    apiBaseUrl = emulator.apiBaseUrl;
  } else {
    say(`CLOUDFLARE_API_BASE_URL is set: servers call ${apiBaseUrl}; the emulator is not started.`);
  }
  if (!apiBaseUrl) throw new Error("no API base URL");

  // One at a time: runtimes that open the shared persist folder at the same moment can fail on
  // SQLite locks, and on a small machine parallel starts gain little.
  const apps: BannerInput["apps"] = [];
  for (const app of plan.apps) {
    const { name } = app.definition;
    say(`starting ${name} on port ${app.port}...`);
    const output = outputFor(name, "/");
    const server = await startApp(name, {
      apiBaseUrl,
      port: app.port,
      persistTo: plan.persistTo,
      onLine: output.onLine,
      onExit: onExit(name),
    });
    running.push(server);
    output.markReady();
    apps.push({ definition: app.definition, mcpUrl: server.mcpUrl });
  }

  process.stdout.write(
    renderBanner({
      emulatorApiUrl: plan.emulator ? apiBaseUrl : undefined,
      externalApiBaseUrl: plan.externalApiBaseUrl,
      apps,
      missingApps: plan.missingApps,
      persistTo: plan.persistTo,
    }),
  );
}

async function shutdown(code: number): Promise<never> {
  if (!shuttingDown) {
    shuttingDown = true;
    await Promise.allSettled(running.map((server) => server.stop()));
  }
  process.exit(code);
}

for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
  process.on(signal, () => {
    // A second Ctrl-C while stopping exits at once; the exit hook still kills every process group.
    if (shuttingDown) process.exit(130);
    say("stopping...");
    void shutdown(0);
  });
}

main().catch(async (error: unknown) => {
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`[local-stack] ${message}\n`);
  await shutdown(1);
});
