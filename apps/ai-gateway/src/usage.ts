/**
 * Usage figures over a set of gateway logs: volume, error and cache-hit rates, latency (mean and
 * nearest-rank p50/p95 over every log, cached ones included), tokens and cost, optionally grouped
 * by model, provider, UTC day or gateway. Pure functions, so the figures are easy to check.
 */
import type { GatewayLog } from "./api";

export type GroupBy = "model" | "provider" | "day" | "gateway";

export interface UsageFigures {
  requests: number;
  errors: number;
  /** errors / requests, 4 decimals. */
  error_rate: number;
  cache_hits: number;
  cache_hit_rate: number;
  latency_ms: { avg: number; p50: number; p95: number };
  tokens_in: number;
  tokens_out: number;
  /** USD, 6 decimals. */
  cost: number;
}

const round = (value: number, digits: number) => {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
};

/** Nearest-rank percentile of an ascending list: the value at rank ceil(p * n). */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return 0;
  const rank = Math.max(1, Math.ceil(p * sorted.length));
  return sorted[rank - 1]!;
}

export function usageFigures(logs: readonly GatewayLog[]): UsageFigures {
  const durations = logs.map((log) => log.duration).sort((a, b) => a - b);
  const errors = logs.filter((log) => !log.success).length;
  const hits = logs.filter((log) => log.cached).length;
  const sum = (pick: (log: GatewayLog) => number | null | undefined) =>
    logs.reduce((total, log) => total + (pick(log) ?? 0), 0);
  const n = logs.length;
  return {
    requests: n,
    errors,
    error_rate: n === 0 ? 0 : round(errors / n, 4),
    cache_hits: hits,
    cache_hit_rate: n === 0 ? 0 : round(hits / n, 4),
    latency_ms: {
      avg: n === 0 ? 0 : round(sum((log) => log.duration) / n, 1),
      p50: percentile(durations, 0.5),
      p95: percentile(durations, 0.95),
    },
    tokens_in: sum((log) => log.tokens_in),
    tokens_out: sum((log) => log.tokens_out),
    cost: round(
      sum((log) => log.cost),
      6,
    ),
  };
}

/** Figures per group, largest group first (days in date order). */
export function groupedFigures(
  logs: readonly GatewayLog[],
  by: GroupBy,
): Array<{ group: string } & UsageFigures> {
  const groups = new Map<string, GatewayLog[]>();
  for (const log of logs) {
    const key =
      by === "day"
        ? log.created_at.slice(0, 10)
        : by === "gateway"
          ? (log.gateway_id ?? "")
          : log[by];
    groups.set(key, [...(groups.get(key) ?? []), log]);
  }
  const rows = [...groups].map(([group, members]) => ({ group, ...usageFigures(members) }));
  return by === "day"
    ? rows.sort((a, b) => a.group.localeCompare(b.group))
    : rows.sort((a, b) => b.requests - a.requests || a.group.localeCompare(b.group));
}
