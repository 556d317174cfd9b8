/**
 * Reads a build log by following the API's cursor pages, up to a bound, so one tool call can see
 * a whole log without an unbounded number of requests.
 */
import type { CallApi } from "@repo/mcp-kit";
import { getLogPage } from "./api";

/** Pages read per tool call at most (the emulator serves 100 lines per page). */
export const MAX_LOG_PAGES = 25;

export interface BuildLog {
  lines: Array<[number, string]>;
  /** False when the bound stopped the reading before the last page. */
  complete: boolean;
  pages: number;
}

export async function readBuildLog(
  api: CallApi,
  buildUuid: string,
  maxPages = MAX_LOG_PAGES,
): Promise<BuildLog> {
  const lines: Array<[number, string]> = [];
  let cursor: string | undefined;
  let pages = 0;
  while (pages < maxPages) {
    const page = await getLogPage(api, buildUuid, cursor);
    pages += 1;
    lines.push(...page.lines);
    // `truncated` says more lines follow; an unchanged or missing cursor ends the loop either way.
    if (!page.truncated || !page.cursor || page.cursor === cursor) {
      return { lines, complete: true, pages };
    }
    cursor = page.cursor;
  }
  return { lines, complete: false, pages };
}
