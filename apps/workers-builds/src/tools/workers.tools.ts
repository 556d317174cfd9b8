/**
 * Worker tools: list the account's Workers, describe one (and whether Workers Builds is
 * connected), and show its deployed code within a size bound.
 */
import { jsonResult, type RegistrationContext, ToolError, z } from "@repo/mcp-kit";
import {
  type Build,
  downloadScript,
  latestBuilds,
  listScripts,
  listTriggers,
  type ScriptPart,
} from "../api";
import { SCRIPTS_READ } from "../hints";
import { NOT_CONNECTED_NOTE, resolveWorker } from "../resolve-worker";
import { WorkerSchema } from "../schemas";
import { toBuildRow, toTriggerRow } from "../shape";
import { readOrReason } from "../unread";

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
      const read = await readOrReason(() =>
        latestBuilds(
          call.api,
          scripts.map((script) => script.tag),
        ),
      );
      const latest = read.ok ? read.value : {};
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
      const unread = read.ok
        ? ""
        : ` The latest builds could not be read (${read.reason}), so no Worker shows one; workers_builds_builds_list still lists each Worker's builds.`;
      const summary = `${workers.length} Workers.${failing.length ? ` Latest build failed for: ${failing.map((w) => w.name).join(", ")} (workers_builds_builds_diagnose explains why).` : ""}${unread}`;
      return jsonResult(
        { workers, ...(read.ok ? {} : { not_read: { latest_builds: read.reason } }) },
        { summary },
      );
    },
  });

  ctx.accountTool({
    name: "workers_builds_workers_get",
    title: "Get a Worker",
    description:
      "Details of one Worker by name: tag, handlers, compatibility date, dates, whether Workers Builds is connected (its triggers: branches, build and deploy commands, repository) and its latest build. When a lookup fails it still shows what it read, and not_read says what could not be read and why.",
    input: { worker: WorkerSchema },
    annotations: READ_ONLY,
    permission: SCRIPTS_READ,
    async handler({ worker }, call) {
      const script = await resolveWorker(call.api, worker);
      const notRead: Record<string, string> = {};
      const triggersRead = await readOrReason(() => listTriggers(call.api, script.tag));
      if (!triggersRead.ok) notRead.triggers = triggersRead.reason;
      const triggers = triggersRead.ok ? triggersRead.value : undefined;
      let latest: Build | undefined;
      if (triggers === undefined || triggers.length > 0) {
        const latestRead = await readOrReason(() => latestBuilds(call.api, [script.tag]));
        if (latestRead.ok) latest = latestRead.value[script.tag];
        else notRead.latest_build = latestRead.reason;
      }
      const details = {
        name: script.id,
        tag: script.tag,
        handlers: script.handlers ?? [],
        format: script.has_modules === false ? "service-worker" : "modules",
        compatibility_date: script.compatibility_date,
        created_on: script.created_on,
        modified_on: script.modified_on,
        last_deployed_from: script.last_deployed_from,
        ...(triggers === undefined
          ? {}
          : triggers.length > 0
            ? { builds_connected: true, triggers: triggers.map(toTriggerRow) }
            : { builds_connected: false, builds_note: NOT_CONNECTED_NOTE }),
        ...(latest ? { latest_build: toBuildRow(latest) } : {}),
        ...(Object.keys(notRead).length > 0 ? { not_read: notRead } : {}),
      };
      const connection =
        triggers === undefined
          ? "whether Workers Builds is connected is unknown"
          : triggers.length > 0
            ? `Workers Builds connected (${triggers.length} trigger${triggers.length === 1 ? "" : "s"})`
            : "Workers Builds not connected";
      const unread = Object.entries(notRead)
        .map(([what, why]) => `${what.replace("_", " ")} (${why})`)
        .join("; ");
      const summary = `Worker ${script.id}: ${connection}.${unread ? ` Could not read: ${unread}.` : ""}`;
      return jsonResult(details, { summary });
    },
  });

  ctx.accountTool({
    name: "workers_builds_worker_code_get",
    title: "Get a Worker's code",
    description:
      "The deployed code of a Worker. Lists every module (name, type, size) and shows the main module first, then the others while max_chars lasts; source maps are listed, not shown. Pass module to read one module. Says when the code is bundled build output (wrangler/esbuild) rather than the repository source; for the source, look at the Git repository the Builds trigger names.",
    input: {
      worker: WorkerSchema,
      module: z
        .string()
        .min(1)
        .max(255)
        .optional()
        .describe("Name of one module to show (from the modules list). Default: all, main first."),
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
    async handler({ worker, module, max_chars }, call) {
      const script = await resolveWorker(call.api, worker);
      const parts = await downloadScript(call.api, script.id);
      const names = parts.map((part) => part.name);
      if (module !== undefined && !names.includes(module)) {
        throw new ToolError(`Worker ${script.id} has no module "${module}".`, {
          hint: `Its modules: ${names.join(", ")}.`,
        });
      }
      let budget = max_chars ?? DEFAULT_CODE_CHARS;
      const modules = parts.map((part, index) => {
        const entry = {
          name: part.name,
          type: part.contentType,
          size: part.content.length,
          ...(index === 0 ? { main: true } : {}),
        };
        if (isSourceMap(part)) return { ...entry, shown: "no (source map)" };
        if (module !== undefined && part.name !== module) return { ...entry, shown: "no" };
        const content = part.content.slice(0, Math.max(0, budget));
        budget -= content.length;
        if (content.length === 0) return { ...entry, shown: "no (max_chars used up)" };
        const cut = part.content.length - content.length;
        return {
          ...entry,
          shown: cut > 0 ? `first ${content.length} characters` : "in full",
          content,
        };
      });
      const hidden = modules.filter((entry) => !("content" in entry)).map((entry) => entry.name);
      const bundled = parts.some(isBundled);
      const summary = `${script.id}: ${parts.length} module${parts.length === 1 ? "" : "s"} (${names.join(", ")}).${hidden.length > 0 ? ` Not shown: ${hidden.join(", ")}; pass module to read one.` : ""}${bundled ? " This is bundled build output (wrangler/esbuild), not the original source files." : ""}`;
      return jsonResult(
        { worker: script.id, bundled, modules },
        { summary, moreHint: "Pass module to read one module, or raise max_chars." },
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
