/**
 * Tool names for per-endpoint tools: the operationId in snake_case, which is stable across spec
 * refreshes and readable (`dns_records_for_a_zone_create_dns_record`). Names are kept within 64
 * characters, the limit several MCP clients apply; longer ones keep their start and gain a short
 * hash of the full operationId so they stay unique.
 * @module
 */
import type { Operation } from "../types.ts";

export const MAX_TOOL_NAME_LENGTH = 64;

export function endpointToolName(
  operation: Pick<Operation, "operationId" | "method" | "path">,
): string {
  const base = snake(operation.operationId ?? `${operation.method} ${operation.path}`);
  if (base.length <= MAX_TOOL_NAME_LENGTH) return base;
  const suffix = `_${fnv1a(operation.operationId ?? base)}`;
  const head = base.slice(0, MAX_TOOL_NAME_LENGTH - suffix.length).replace(/_+[^_]*$/, "");
  return `${head}${suffix}`;
}

function snake(text: string): string {
  return text
    .replace(/([a-z0-9])([A-Z])/g, "$1_$2")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "_")
    .replace(/^_+|_+$/g, "");
}

/** 32-bit FNV-1a as 8 hex digits: short, stable, no crypto needed. */
function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, "0");
}
