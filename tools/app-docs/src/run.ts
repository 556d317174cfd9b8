/**
 * `pnpm docs:tools [app ...] [--check]` without the process around it: which apps, catalogues
 * from the running servers, then per app either write the docs or report drift.
 */
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { checkAppDocs, codeProblems, readAppFiles, writeAppDocs } from "./app-docs.ts";
import { type AppInfo, readAppInfo } from "./app-info.ts";
import type { CatalogueResult } from "./catalogue.ts";

export interface RunOptions {
  /** The apps/ folder. */
  appsDir: string;
  /** Apps to do; empty means every app in appsDir. */
  apps: readonly string[];
  check: boolean;
  readCatalogues: (apps: readonly string[]) => Promise<CatalogueResult[]>;
  log: (line: string) => void;
}

/** Resolves true when every app is up to date (check) or was generated without problems. */
export async function runAppDocs(options: RunOptions): Promise<boolean> {
  const apps = selectApps(options.appsDir, options.apps);
  if (apps.length === 0) {
    options.log("docs:tools: no app in apps/; nothing to do");
    return true;
  }
  let ok = true;
  const infos = new Map<string, AppInfo>();
  for (const app of apps) {
    try {
      infos.set(app, readAppInfo(options.appsDir, app));
    } catch (error) {
      ok = false;
      options.log(`apps/${app}: ${messageOf(error)}`);
    }
  }
  const results = await options.readCatalogues([...infos.keys()]);
  for (const result of results) {
    const info = infos.get(result.ok ? result.catalogue.app : result.app);
    if (!info) continue;
    if (!result.ok) {
      ok = false;
      options.log(`apps/${info.app}: could not read its tools: ${result.error}`);
      continue;
    }
    const files = readAppFiles(info);
    try {
      if (options.check) {
        const problems = checkAppDocs(info, result.catalogue, files);
        if (problems.length === 0) {
          options.log(`apps/${info.app}: up to date (${result.catalogue.tools.length} tools)`);
        } else {
          ok = false;
          options.log(`apps/${info.app}: out of date; run \`pnpm docs:tools ${info.app}\`:`);
          for (const problem of problems) options.log(`  - ${problem}`);
        }
      } else {
        const problems = codeProblems(info, result.catalogue);
        for (const problem of problems) options.log(`apps/${info.app}: ${problem}`);
        if (problems.length > 0) ok = false;
        const outcome = writeAppDocs(info, result.catalogue, files);
        options.log(
          `apps/${info.app}: README.md ${outcome.readme}, server.json ${outcome.manifest} (${outcome.toolCount} tools)`,
        );
      }
    } catch (error) {
      ok = false;
      options.log(`apps/${info.app}: ${messageOf(error)}`);
    }
  }
  return ok;
}

/** The requested apps, or every folder of apps/ with a package.json; unknown names are refused. */
export function selectApps(appsDir: string, requested: readonly string[]): string[] {
  const present = existsSync(appsDir)
    ? readdirSync(appsDir, { withFileTypes: true })
        .filter(
          (entry) => entry.isDirectory() && existsSync(join(appsDir, entry.name, "package.json")),
        )
        .map((entry) => entry.name)
        .sort()
    : [];
  for (const app of requested) {
    if (!present.includes(app)) {
      throw new Error(
        `docs:tools: no app "${app}" in apps/ (found: ${present.join(", ") || "none"})`,
      );
    }
  }
  return requested.length > 0 ? [...new Set(requested)] : present;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
