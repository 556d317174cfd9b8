/**
 * Compact log rows for the model: tab-separated values with one header line, so a page of 50
 * logs costs a few thousand tokens instead of a JSON array of full objects.
 */
import type { GatewayLog } from "./api";

export const LOG_COLUMNS = [
  "id",
  "created_at",
  "status",
  "ok",
  "cached",
  "provider",
  "model",
  "duration_ms",
  "tokens_in",
  "tokens_out",
  "cost",
  "feedback",
] as const;

/** Tabs and line breaks inside a cell would break the table. */
const cell = (value: unknown): string =>
  value === null || value === undefined ? "" : String(value).replace(/[\t\r\n]+/g, " ");

export function logRow(log: GatewayLog): string[] {
  return [
    log.id,
    log.created_at,
    log.status_code ?? "",
    log.success ? "ok" : "error",
    log.cached ? "hit" : "",
    log.provider,
    log.model,
    log.duration,
    log.tokens_in,
    log.tokens_out,
    log.cost,
    log.feedback ?? "",
  ].map(cell);
}

export function toTsv(header: readonly string[], rows: readonly (readonly unknown[])[]): string {
  return [header.join("\t"), ...rows.map((row) => row.map(cell).join("\t"))].join("\n");
}
