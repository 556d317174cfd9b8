/**
 * Which operation of the spec a concrete request is: `GET /accounts/023e…/workers/scripts/my-worker`
 * -> `GET /accounts/{account_id}/workers/scripts/{script_name}`. Path templates are matched segment
 * by segment; where several match, the one with more literal segments wins
 * (`/zones/{zone_id}/dns_records/export` over `/zones/{zone_id}/dns_records/{dns_record_id}`).
 * @module
 */
import type { Operation, ProcessedSpec } from "./types.ts";

export type OperationMatcher = (method: string, path: string) => Operation | undefined;

interface Candidate {
  segments: (string | null)[];
  literals: number;
  operation: Operation;
}

export function createOperationMatcher(spec: ProcessedSpec): OperationMatcher {
  const byMethodAndLength = new Map<string, Candidate[]>();
  for (const operation of spec.operations) {
    const segments = split(operation.path).map((segment) =>
      /^\{[^}]+\}$/.test(segment) ? null : segment,
    );
    const key = `${operation.method} ${segments.length}`;
    const candidate = {
      segments,
      literals: segments.filter((segment) => segment !== null).length,
      operation,
    };
    byMethodAndLength.set(key, [...(byMethodAndLength.get(key) ?? []), candidate]);
  }
  for (const candidates of byMethodAndLength.values()) {
    candidates.sort((a, b) => b.literals - a.literals);
  }
  return (method, path) => {
    const segments = split(path.split("?")[0] ?? "").map(safeDecode);
    const candidates = byMethodAndLength.get(`${method.toUpperCase()} ${segments.length}`) ?? [];
    return candidates.find((candidate) =>
      candidate.segments.every((segment, i) => segment === null || segment === segments[i]),
    )?.operation;
  };
}

function split(path: string): string[] {
  return path.split("/").filter((segment) => segment !== "");
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
