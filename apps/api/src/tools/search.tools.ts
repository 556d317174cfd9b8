/**
 * `search`: agent-written JavaScript over the processed OpenAPI spec, with a ranked helper. The
 * description is the whole documentation a model gets, so it states the shapes as TypeScript.
 */
import { type RegistrationContext, ToolError } from "@repo/mcp-kit";
import { outcomeResult } from "../codemode/outcome.ts";
import { runSearch } from "../codemode/run-search.ts";
import type { ApiEnv } from "../env.ts";
import { loadSpec } from "../spec/loaded-spec.ts";
import { CODE_TIMEOUT_MS, codeInput } from "./code-input.ts";

export const SEARCH_DESCRIPTION = `Find Cloudflare API endpoints by running JavaScript over the OpenAPI spec (sandbox, no network). Pass an async arrow function; its return value comes back as JSON (keep it small).
In scope:
spec.find(query: string, opts?: { limit?: number; product?: string }): Promise<Card[]> // ranked
spec.paths: Record<string, Record<"get"|"post"|"put"|"patch"|"delete", Op>>
spec.operations: Op[]; spec.products: string[]
type Card = { method: string; path: string; operationId?: string; summary?: string; product: string; permissions?: string[]; deprecated?: true; needs: string /* "path: zone_id; body: name, type" or "nothing" */; docs?: string /* docs page showing the call */; score: number }
type Op = Card & { description?: string; tags: string[]; parameters: { name: string; in: "path"|"query"|"header"; required: boolean; schema?: object }[]; requestBody?: { content: Record<string, { schema?: object }> }; responses: Record<string, { content?: object }>; deprecated?: boolean }
Examples:
async () => spec.find("create a dns record", { limit: 5 })
async () => spec.paths["/zones/{zone_id}/dns_records"].post.requestBody
Then call endpoints with execute.`;

export function registerSearchTool(context: RegistrationContext, env: ApiEnv): void {
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
    async handler({ code }, call) {
      const loaded = await loadSpec(env.SPEC_STORE).catch((error: unknown) => {
        throw new ToolError(error instanceof Error ? error.message : String(error));
      });
      const outcome = await runSearch({
        loader: env.LOADER,
        loaded,
        code,
        callerKey: call.principal.userKey,
        timeoutMs: CODE_TIMEOUT_MS,
      });
      return outcomeResult(outcome, {
        moreHint: "Return fewer endpoints or fields (e.g. map to { method, path, summary }).",
      });
    },
  });
}
