// What the README says about one tool, derived only from the server's tools/list entry.
import { firstSentence } from "./first-sentence.ts";

/**
 * `tools/list` `_meta` key naming the token permission a tool needs: `PERMISSION_META_KEY` of
 * @repo/mcp-kit, which neither plain Node nor a Node vitest can import (its modules import
 * `cloudflare:` built-ins and omit file extensions). test/repository.test.ts fails if the servers
 * stop publishing permissions under this key.
 */
export const PERMISSION_META_KEY = "cloudflare/permission";

/** The subset of an MCP `Tool` (tools/list result) the docs read. */
export interface ListedTool {
  name: string;
  description?: string;
  annotations?: { readOnlyHint?: boolean; destructiveHint?: boolean };
  _meta?: Record<string, unknown>;
}

export interface ToolSummary {
  name: string;
  /** First sentence of the description. */
  summary: string;
  readOnly: boolean;
  destructive: boolean;
  /** Required token permission, or undefined when the tool declares none. */
  permission: string | undefined;
}

export function summarizeTool(tool: ListedTool): ToolSummary {
  // MCP annotation defaults: readOnlyHint false; destructiveHint true, meaningful only for tools
  // that are not read-only.
  const readOnly = tool.annotations?.readOnlyHint ?? false;
  const destructive = !readOnly && (tool.annotations?.destructiveHint ?? true);
  const permission = tool._meta?.[PERMISSION_META_KEY];
  return {
    name: tool.name,
    summary: firstSentence(tool.description ?? ""),
    readOnly,
    destructive,
    permission: typeof permission === "string" && permission.length > 0 ? permission : undefined,
  };
}
