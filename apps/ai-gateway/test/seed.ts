/**
 * The emulator's seeded AI Gateway traffic, recomputed here from the pure generator so tests can
 * work out expected answers without asking the server. Relative import: the emulator does not
 * export `./seed/ai-gateway` yet.
 */
import { generateAiGatewayLogs, type SeedLog } from "@repo/emulator/seed/ai-gateway";

export type { SeedLog };
export const LOGS: readonly SeedLog[] = generateAiGatewayLogs();

/** Logs of one gateway inside [start, end] (ISO, inclusive), newest first. */
export function logsOf(gateway: string, start?: string, end?: string): SeedLog[] {
  const from = start ? new Date(start).toISOString() : "";
  const to = end ? new Date(end).toISOString() : "~";
  return LOGS.filter(
    (log) => log.gateway_id === gateway && log.created_at >= from && log.created_at <= to,
  ).reverse();
}

/** Parses the TSV block of ai_gateway_logs_list (the lines after the summary). */
export function parseTsv(text: string): Array<Record<string, string>> {
  const [, header, ...rows] = text.split("\n");
  const columns = (header ?? "").split("\t");
  return rows.map((row) =>
    Object.fromEntries(row.split("\t").map((cell, i) => [columns[i], cell])),
  );
}
