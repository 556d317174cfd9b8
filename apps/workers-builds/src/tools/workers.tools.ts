/**
 * Worker tools: list the account's Workers, describe one (and whether Workers Builds is
 * connected), and show its deployed code within a size bound.
 */
import { jsonResult, type RegistrationContext, z } from "@repo/mcp-kit";
import { downloadScript, latestBuilds, listScripts, listTriggers, type ScriptPart } from "../api";
import { SCRIPTS_READ } from "../hints";
import { NOT_CONNECTED_NOTE, resolveWorker } from "../resolve-worker";
import { WorkerSchema } from "../schemas";
import { toBuildRow, toTriggerRow } from "../shape";

const READ_ONLY = { readOnlyHint: true, destructiveHint: false, idempotentHint: true } as const;
const DEFAULT_CODE_CHARS = 12_000;

export function registerWorkerTools(ctx: RegistrationContext): void {
  ctx.accountTool({
    name: "workers_builds_workers_list",
    title: "List Workers",
    description:
      "List the account's Workers: name, tag, handlers, last modified, how it was last deployed, and the latest Workers Builds build (outcome, branch) when Builds is connected. Use a name with workers_builds_workers_get, workers_builds_builds_list or workers_builds_builds_diagnose.",
    input: {},
    annotations: READ_ONLY,
    permission: SCRIPTS_READ,
    async handler(_input, call) {
      const scripts = await listScripts(call.api);
      const latest = await latestBuilds(
        call.api,
        scripts.map((script) => script.tag),
      ).catch(() => ({}) as Record<string, never>);
      const workers = scripts.map((script) => {
        const build = latest[script.tag];
        return {
          name: script.id,
          tag: script.tag,
          handlers: script.handlers ?? [],
          modified_on: script.modified_on,
          last_deployed_from: script.last_deployed_from,
          ...(build
            ? {
                latest_build: {
                  outcome: build.build_outcome ?? build.status,
                  branch: build.build_trigger_metadata?.branch,
                  created_on: build.created_on,
                },
              }
            : {}),
        };
      });
      const failing = workers.filter((worker) => worker.latest_build?.outcome === "fail");
      const summary = `${workers.length} Workers.${failing.length ? ` Latest build failed for: ${failing.map((w) => w.name).join(", ")} (workers_builds_builds_diagnose explains why).` : ""}`;
      return jsonResult({ workers }, { summary });
    },
  });

  ctx.accountTool({
    name: "workers_builds_workers_get",
    title: "Get a Worker",
    description:
      "Details of one Worker by name: tag, handlers, compatibility date, dates, whether Workers Builds is connected (its triggers: branches, build and deploy commands, repository) and its latest build.",
    input: { worker: WorkerSchema },
    annotations: READ_ONLY,
    permission: SCRIPTS_READ,
    async handler({ worker }, call) {
      const script = await resolveWorker(call.api, worker);
      const triggers = await listTriggers(call.api, script.tag);
      const latest = triggers.length
        ? (await latestBuilds(call.api, [script.tag]))[script.tag]
        : undefined;
      const details = {
        name: script.id,
        tag: script.tag,
        handlers: script.handlers ?? [],
        format: script.has_modules === false ? "service-worker" : "modules",
        compatibility_date: script.compatibility_date,
        created_on: script.created_on,
        modified_on: script.modified_on,
        last_deployed_from: script.last_deployed_from,
        builds_connected: triggers.length > 0,
        ...(triggers.length
          ? { triggers: triggers.map(toTriggerRow) }
          : { builds_note: NOT_CONNECTED_NOTE }),
        ...(latest ? { latest_build: toBuildRow(latest) } : {}),
      };
      const summary = triggers.length
        ? `Worker ${script.id}: Workers Builds connected (${triggers.length} trigger${triggers.length === 1 ? "" : "s"}).`
        : `Worker ${script.id}: Workers Builds not connected.`;
      return jsonResult(details, { summary });
    },
  });

  ctx.accountTool({
    name: "workers_builds_worker_code_get",
    title: "Get a Worker's code",
    description:
      "The deployed code of a Worker: its modules (source maps listed, not shown), cut to max_chars. Says when the code is bundled build output (wrangler/esbuild) rather than the repository source; for the source, look at the Git repository the Builds trigger names.",
    input: {
      worker: WorkerSchema,
      max_chars: z
        .number()
        .int()
        .min(200)
        .max(20_000)
        .optional()
        .describe(`Most characters of code to return. Default ${DEFAULT_CODE_CHARS}.`),
    },
    annotations: READ_ONLY,
    permission: SCRIPTS_READ,
    async handler({ worker, max_chars }, call) {
      const script = await resolveWorker(call.api, worker);
      const parts = await downloadScript(call.api, script.id);
      let budget = max_chars ?? DEFAULT_CODE_CHARS;
      const modules = parts.map((part) => {
        if (isSourceMap(part))
          return { name: part.name, size: part.content.length, omitted: "source map" };
        const content = part.content.slice(0, Math.max(0, budget));
        budget -= content.length;
        const cut = part.content.length - content.length;
        return {
          name: part.name,
          size: part.content.length,
          content,
          ...(cut > 0 ? { cut_chars: cut } : {}),
        };
      });
      const bundled = parts.some(isBundled);
      const summary = `${script.id}: ${parts.length} module${parts.length === 1 ? "" : "s"}.${bundled ? " This is bundled build output (wrangler/esbuild), not the original source files." : ""}`;
      return jsonResult(
        { worker: script.id, bundled, modules },
        { summary, moreHint: "Raise max_chars to see more." },
      );
    },
  });
}

function isSourceMap(part: ScriptPart): boolean {
  return part.name.endsWith(".map") || part.contentType.includes("source-map");
}

/** esbuild leaves `// src/…` / `// node_modules/…` file markers and a source map link. */
function isBundled(part: ScriptPart): boolean {
  return (
    isSourceMap(part) ||
    /^\/\/ (src|node_modules)\//m.test(part.content) ||
    part.content.includes("//# sourceMappingURL=")
  );
}
