/**
 * `search`: agent-written JavaScript over the processed OpenAPI spec, with a ranked helper. The
 * description is the whole documentation a model gets, so it shows the in-isolate API's own
 * declarations (codemode/isolate/search.d.ts).
 */
import { type RegistrationContext, ToolError } from "@repo/mcp-kit";
import { SEARCH_API_TEXT } from "../codemode/isolate-api.ts";
import { outcomeResult } from "../codemode/outcome.ts";
import { runSearch } from "../codemode/run-search.ts";
import type { ApiEnv } from "../env.ts";
import { loadSpec } from "../spec/loaded-spec.ts";
import { type CodeRunner, codeInput, codeRunner } from "./code-input.ts";

export const SEARCH_DESCRIPTION = `Find Cloudflare API endpoints with JavaScript over the OpenAPI spec (sandbox, no network): an async arrow function whose return value comes back as JSON (keep it small). In scope:
${SEARCH_API_TEXT}
Examples:
async () => spec.find("create a dns record", { limit: 5 })
async () => spec.paths["/zones/{zone_id}/dns_records"].post.requestBody
Then call endpoints with execute.`;

export function registerSearchTool(context: RegistrationContext, env: ApiEnv): void {
  let runner: CodeRunner | undefined;
  context.tool({
    name: "search",
    title: "Search the Cloudflare API spec",
    description: SEARCH_DESCRIPTION,
    input: codeInput("Async arrow function over spec (see the description)."),
    annotations: {
      readOnlyHint: true,
      destructiveHint: false,
      idempotentHint: true,
      openWorldHint: false,
    },
    async handler({ code }) {
      const loaded = await loadSpec(env.SPEC_STORE, Date.now(), env.DOCS_DB).catch(
        (error: unknown) => {
          throw new ToolError(error instanceof Error ? error.message : String(error));
        },
      );
      runner ??= codeRunner(env);
      const outcome = await runSearch({ ...runner, loaded, store: env.SPEC_STORE, code });
      return outcomeResult(outcome, {
        moreHint: "Return fewer endpoints or fields (e.g. map to { method, path, summary }).",
      });
    },
  });
}
