/**
 * The Workers Builds MCP server: Workers, their builds and build logs, failure diagnosis and
 * retries. Assembly lives in `@repo/mcp-kit`; this file names the server and registers its tool
 * groups.
 */
import { d1DocsSearch } from "@repo/docs-search";
import { createMcpApp, type KitEnv, registerDocsTool } from "@repo/mcp-kit";
import packageJson from "../package.json";
import { ERROR_HINTS } from "./hints";
import { registerBuildTools } from "./tools/builds.tools";
import { registerDiagnoseTool } from "./tools/diagnose.tools";
import { registerLogTools } from "./tools/logs.tools";
import { registerTriggerTool } from "./tools/trigger.tools";
import { registerWorkerTools } from "./tools/workers.tools";

const INSTRUCTIONS = `Inspect Cloudflare Workers and their Workers Builds (Git-connected CI builds and deploys).
- Refer to Workers by name (e.g. api-gateway); tools resolve names to the tags the API needs. workers_builds_workers_list shows names and each Worker's latest build.
- "Why did my deploy/build fail?": call workers_builds_builds_diagnose with the Worker name. It gives the failing step, the first error with context, the commit, and the last successful build of the same branch (which tells which commit broke it).
- workers_builds_build_logs_get reads the full log across pages; without from_line it shows the end of the log. A reply too long for one answer drops lines from the middle (never the end or error lines) and lists the ranges it dropped.
- workers_builds_builds_trigger starts a real build that deploys on success; confirm with the user first. A retry (build_uuid) builds the current head of that build's branch; add commit_hash to rebuild exactly the failed commit.
- When a lookup fails, workers_builds_workers_get and workers_builds_workers_list still answer with what they read; not_read says what is missing and why.
- docs searches the Workers documentation (Builds configuration, limits, troubleshooting).`;

/** Bindings of this server besides the kit's. */
interface WorkersBuildsEnv extends KitEnv {
  /** The docs index (packages/docs-search); without it the docs tool says how to load one. */
  DOCS_DB?: D1Database;
}

export default createMcpApp<WorkersBuildsEnv>({
  name: "workers-builds",
  title: "Cloudflare Workers Builds",
  version: packageJson.version,
  instructions: INSTRUCTIONS,
  errorHints: ERROR_HINTS,
  register(ctx, { env }) {
    registerWorkerTools(ctx);
    registerBuildTools(ctx);
    registerLogTools(ctx);
    registerDiagnoseTool(ctx);
    registerTriggerTool(ctx);
    registerDocsTool(ctx, env.DOCS_DB ? d1DocsSearch(env.DOCS_DB) : undefined, {
      product: "workers",
    });
  },
});
