/**
 * Validates the log filters a tool received and turns them into the list endpoint's query
 * parameters. Dates are checked here so a bad date or a window that ends before it starts gets a
 * clear message instead of an API validation error.
 */
import type { ApiQuery } from "@repo/cloudflare-api";
import { ToolError } from "@repo/mcp-kit";

export interface LogFilterInput {
  start_date?: string | undefined;
  end_date?: string | undefined;
  last_hours?: number | undefined;
  success?: boolean | undefined;
  cached?: boolean | undefined;
  model?: string | undefined;
  provider?: string | undefined;
  feedback?: -1 | 0 | 1 | undefined;
  search?: string | undefined;
}

export interface LogWindow {
  start: string | undefined;
  end: string | undefined;
}

/** The window and the API query (without paging) for `input`; `now` is injectable for tests. */
export function readLogFilters(
  input: LogFilterInput,
  now: number = Date.now(),
): { window: LogWindow; query: ApiQuery } {
  if (input.last_hours !== undefined && (input.start_date || input.end_date)) {
    throw new ToolError("Pass either last_hours or start_date/end_date, not both.");
  }
  const window: LogWindow =
    input.last_hours !== undefined
      ? {
          start: new Date(now - input.last_hours * 3_600_000).toISOString(),
          end: new Date(now).toISOString(),
        }
      : {
          start: parseDate("start_date", input.start_date, "start"),
          end: parseDate("end_date", input.end_date, "end"),
        };
  if (window.start && window.end && window.end < window.start) {
    throw new ToolError(`end_date (${window.end}) is before start_date (${window.start}).`, {
      hint: "Swap them, or widen the window.",
    });
  }
  const query: ApiQuery = {
    start_date: window.start,
    end_date: window.end,
    success: input.success,
    cached: input.cached,
    model: input.model,
    provider: input.provider,
    feedback: input.feedback,
    search: input.search,
  };
  return { window, query };
}

/** A date alone (`2026-11-01`) is the whole day: from its first millisecond, to its last. */
function parseDate(
  name: string,
  value: string | undefined,
  edge: "start" | "end",
): string | undefined {
  if (value === undefined || value.trim() === "") return undefined;
  const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(value);
  const ms = /^\d{4}-\d{2}-\d{2}($|T)/.test(value) ? Date.parse(value) : Number.NaN;
  if (Number.isNaN(ms)) {
    throw new ToolError(`${name} "${value}" is not a date.`, {
      hint: "Use ISO 8601, e.g. 2026-11-01T00:00:00Z or 2026-11-01.",
    });
  }
  return new Date(dateOnly && edge === "end" ? ms + 86_400_000 - 1 : ms).toISOString();
}

/** One line naming the window and the active filters, for summaries. */
export function describeFilters(window: LogWindow, query: ApiQuery): string {
  const parts = [`from ${window.start ?? "the first log"} to ${window.end ?? "the latest log"}`];
  for (const key of ["success", "cached", "model", "provider", "feedback", "search"]) {
    const value = query[key];
    if (value !== undefined && value !== null) parts.push(`${key}=${String(value)}`);
  }
  return parts.join(", ");
}
