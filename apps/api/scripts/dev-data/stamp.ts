/**
 * What `pnpm dev` last loaded into the local state, so an unchanged source is not loaded again:
 * `<persist-to>/dev-data.json`, one entry per data set. It sits beside the data it describes,
 * so deleting the state folder deletes it too.
 */
import { existsSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { DataSource } from "./sources.ts";

export interface StampEntry {
  /** File path or URL. */
  source: string;
  /** For files: what identifies the version loaded. */
  mtimeMs?: number;
  size?: number;
  loadedAt: string;
  /** The code fingerprint (dev-data/code-fingerprint.ts) of what built the stored form. */
  code?: string;
  /** One line on what was loaded, shown when it is up to date. */
  summary: string;
}

export type Stamp = Partial<Record<"spec" | "docs", StampEntry>>;

/** A published source is fetched again once the local copy is older than this. */
export const URL_MAX_AGE_MS = 24 * 60 * 60 * 1000;

const STAMP_FILE = "dev-data.json";

export function readStamp(persistTo: string): Stamp {
  const path = join(persistTo, STAMP_FILE);
  // Without the storage itself (v3/) the stamp describes data that is gone.
  if (!existsSync(path) || !existsSync(join(persistTo, "v3"))) return {};
  try {
    return JSON.parse(readFileSync(path, "utf8")) as Stamp;
  } catch {
    return {};
  }
}

export function writeStampEntry(persistTo: string, key: keyof Stamp, entry: StampEntry): void {
  const stamp = { ...readStamp(persistTo), [key]: entry };
  const path = join(persistTo, STAMP_FILE);
  writeFileSync(`${path}.tmp`, `${JSON.stringify(stamp, null, 2)}\n`);
  renameSync(`${path}.tmp`, path);
}

export function stampFor(
  source: DataSource,
  summary: string,
  code: string,
  now = new Date(),
): StampEntry {
  const loaded = { loadedAt: now.toISOString(), code, summary };
  if (source.kind === "url") return { source: source.url, ...loaded };
  return { source: source.path, mtimeMs: source.mtimeMs, size: source.size, ...loaded };
}

/**
 * Why the stored copy must be (re)loaded from `source`, or undefined when it is current. `code`
 * is the fingerprint of the code that would build it now.
 */
export function staleness(
  entry: StampEntry | undefined,
  source: DataSource,
  code: string,
  now = Date.now(),
): string | undefined {
  if (!entry) return "not loaded yet";
  if (entry.code !== code) return "this version of the repository stores it differently";
  if (source.kind === "file") {
    if (entry.source !== source.path) return `the source is now ${source.path}`;
    if (entry.mtimeMs !== source.mtimeMs || entry.size !== source.size) return "the file changed";
    return undefined;
  }
  if (entry.source !== source.url) return "the source changed";
  if (now - Date.parse(entry.loadedAt) > URL_MAX_AGE_MS) return "the local copy is over a day old";
  return undefined;
}
