/**
 * Turns a sandbox outcome into a tool result: the returned value as bounded JSON (about 6,000
 * tokens, cut as valid JSON with a note), console output, and for `execute` a line per API request
 * with a next step for each Cloudflare error code. A failed run becomes a ToolError whose kind
 * (`sandbox_timeout`, `sandbox_cpu`, `sandbox_memory`, `sandbox_crash`...) the tool log records.
 */

import { boundJson, cloudflareCodeHint, ToolError, type ToolOutput } from "@repo/mcp-kit";
import type { SandboxOutcome } from "@repo/sandbox";
import type { GateLogEntry } from "./api-gate.ts";

/** About 6,000 tokens of output. */
export const MAX_OUTPUT_CHARS = 24_000;
const MAX_REQUEST_LINES = 20;

const NEXT_STEP: Record<string, string> = {
  code: "Send one async arrow function, e.g. `async () => { ... }`.",
  exception: "Fix the code and call again.",
  budget: "Bound your loops (slice arrays, filter first) and avoid recursion.",
  recursion: "Use a loop with a bounded depth instead of recursion.",
  timeout:
    "Do less per call: fewer requests or smaller loops, or split the work over several calls.",
  cpu: "Avoid regular expressions that can backtrack and sorting or filling huge arrays; work on less data per call.",
  memory: "Work on less data per call: slice arrays, select fields, avoid building huge strings.",
  crash: "Call again; if it keeps failing, simplify the code.",
  too_large: "Return only the fields you need.",
};

/** @throws ToolError when the run failed. */
export function outcomeResult(
  outcome: SandboxOutcome,
  options: { moreHint: string; requests?: GateLogEntry[] },
): ToolOutput {
  const requestLines = describeRequests(options.requests ?? []);
  const logBlock = outcome.logs.length > 0 ? `console:\n${outcome.logs.join("\n")}` : "";
  if (!outcome.ok) {
    const text = [outcome.message, requestLines, logBlock].filter((part) => part !== "").join("\n");
    throw new ToolError(text, {
      hint: NEXT_STEP[outcome.kind] ?? NEXT_STEP.exception,
      kind: `sandbox_${outcome.kind}`,
    });
  }
  const value: unknown = JSON.parse(outcome.json);
  const room = Math.max(2_000, MAX_OUTPUT_CHARS - requestLines.length - logBlock.length);
  const bounded = boundJson(value, room, options.moreHint);
  const text = [requestLines, bounded.text, logBlock].filter((part) => part !== "").join("\n");
  return { content: [{ type: "text", text }], structuredContent: asRecord(bounded.value) };
}

function describeRequests(requests: GateLogEntry[]): string {
  if (requests.length === 0) return "";
  const lines = requests.slice(0, MAX_REQUEST_LINES).map((request) => {
    if (request.refused)
      return `- ${request.method} ${request.path}: not sent (${request.refused})`;
    const codes = (request.codes ?? [])
      .map((code) => {
        const hint = cloudflareCodeHint(code);
        return hint ? `${code}: ${hint}` : String(code);
      })
      .join("; ");
    return `- ${request.method} ${request.path} -> ${request.status}${codes ? ` (${codes})` : ""}`;
  });
  if (requests.length > MAX_REQUEST_LINES)
    lines.push(`- and ${requests.length - MAX_REQUEST_LINES} more`);
  return `API requests (${requests.length}):\n${lines.join("\n")}`;
}

/** Structured content must be an object: other values are wrapped as `{ result }`. */
function asRecord(value: unknown): Record<string, unknown> {
  if (typeof value === "object" && value !== null && !Array.isArray(value)) {
    return value as Record<string, unknown>;
  }
  return { result: value ?? null };
}
