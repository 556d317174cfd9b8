/**
 * usage: node src/deploy-changed.ts [--base <ref>] [--env production|staging] [--dry-run]
 *
 * The publish step of the release workflow: after the "Version Packages" pull request is merged,
 * deploys every app whose package.json version differs from the base commit (default: the
 * RELEASE_BASE_REF environment variable, the push's `before`, else HEAD^), one at a time, with
 * `pnpm --filter <app> run deploy --env <env>`. With --dry-run it only prints the plan.
 * Exit code 1 when any deploy failed (the others still run).
 */
import { spawnSync } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { versionsAt, workingTreeVersions } from "./app-versions.ts";
import { baseRef } from "./base-ref.ts";
import { selectReleases } from "./select-apps.ts";

const ENVIRONMENTS = ["production", "staging"];

function main(): number {
  const { values } = parseArgs({
    options: {
      base: { type: "string" },
      env: { type: "string", default: "production" },
      "dry-run": { type: "boolean", default: false },
    },
  });
  if (!ENVIRONMENTS.includes(values.env)) {
    throw new Error(
      `release: --env must be one of ${ENVIRONMENTS.join(", ")}, got "${values.env}"`,
    );
  }
  const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "..");
  const base = baseRef(values.base ?? process.env.RELEASE_BASE_REF);
  const current = workingTreeVersions(root);
  const releases = selectReleases(current, versionsAt(root, base, current.keys()));
  if (releases.length === 0) {
    console.log(`release: no app version changed since ${base}; nothing to deploy`);
    return 0;
  }
  const failed: string[] = [];
  for (const { app, from, to } of releases) {
    const command = ["--filter", app, "run", "deploy", "--env", values.env];
    console.log(`release: ${app} ${from ?? "(new)"} -> ${to}: pnpm ${command.join(" ")}`);
    if (values["dry-run"]) continue;
    const result = spawnSync("pnpm", command, { cwd: root, stdio: "inherit" });
    if (result.status !== 0) failed.push(app);
  }
  if (failed.length > 0) {
    console.error(`release: deploy failed for ${failed.join(", ")}`);
    return 1;
  }
  return 0;
}

try {
  process.exitCode = main();
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
}
