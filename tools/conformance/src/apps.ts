/**
 * Which MCP servers the conformance suite covers. A listed app is tested whenever its folder
 * exists under apps/ and must have baseline/<name>.yml; an app in apps/ that is not listed yet is
 * reported as not covered. To cover a new server: add its name here and write its baseline
 * (README "Baseline policy").
 */
import { listApps } from "@repo/local-stack";

export const CONFORMANCE_APPS: readonly string[] = [
  "api",
  "ai-gateway",
  "workers-builds",
  "secrets-store",
];

export interface AppSelection {
  /** Apps to run, in order. */
  run: string[];
  /** Apps present in apps/ that the default run does not cover. */
  uncovered: string[];
}

/**
 * The requested apps, or every covered app present in apps/. A requested app must exist (it may be
 * one not covered yet, to try it out), so a typo cannot silently test nothing.
 */
export function selectApps(requested: readonly string[]): AppSelection {
  const present = listApps();
  const uncovered = present.filter((app) => !CONFORMANCE_APPS.includes(app));
  if (requested.length === 0) {
    return { run: CONFORMANCE_APPS.filter((app) => present.includes(app)), uncovered };
  }
  for (const app of requested) {
    if (!present.includes(app)) {
      throw new Error(`conformance: no apps/${app} (found: ${present.join(", ") || "none"})`);
    }
  }
  return { run: [...requested], uncovered: [] };
}
