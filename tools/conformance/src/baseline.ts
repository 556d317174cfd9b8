/**
 * Reads baseline/<app>.yml: the conformance scenarios an app is expected to fail, in the format the
 * conformance CLI's `--expected-failures` takes (`server: [names]`). Our policy adds one rule the
 * CLI does not check: every entry carries a `#` comment with its reason, inline or in a comment
 * heading its group.
 */
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";

export interface Baseline {
  path: string;
  /** Scenario names expected to fail. */
  server: string[];
  /** Entries written without a reason comment. */
  unexplained: string[];
}

export function baselinePath(app: string): string {
  return join(dirname(fileURLToPath(import.meta.url)), "..", "baseline", `${app}.yml`);
}

/** The app's baseline, or undefined when it has none (then every scenario must pass). */
export function readBaseline(app: string): Baseline | undefined {
  const path = baselinePath(app);
  if (!existsSync(path)) return undefined;
  const text = readFileSync(path, "utf8");
  const parsed: unknown = parse(text);
  const server = isRecord(parsed) ? parsed.server : undefined;
  if (server !== undefined && !isStringArray(server)) {
    throw new Error(`conformance: ${path}: "server" must be a list of scenario names`);
  }
  return { path, server: server ?? [], unexplained: entriesWithoutReason(text) };
}

export function entriesWithoutReason(text: string): string[] {
  const missing: string[] = [];
  // A comment explains the entries below it up to the next blank line, so one reason may cover a
  // group (all resources/* scenarios); an inline comment explains its own line.
  let groupReason = false;
  for (const line of text.split(/\r?\n/)) {
    const trimmed = line.trim();
    const entry = /^-\s*([^\s#]+)\s*(#.*)?$/.exec(trimmed);
    if (entry) {
      if (!entry[2] && !groupReason) missing.push(entry[1]!);
    } else if (trimmed.startsWith("#")) {
      groupReason = true;
    } else {
      groupReason = false;
    }
  }
  return missing;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === "string");
}
