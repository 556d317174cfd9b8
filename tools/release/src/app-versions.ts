// App versions in the working tree and at an earlier commit (read with `git show`, never checked out).
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { AppVersions } from "./select-apps.ts";

/** Versions of every apps/<name>/package.json in the working tree of `root`. */
export function workingTreeVersions(root: string): AppVersions {
  const appsDir = join(root, "apps");
  const versions = new Map<string, string | undefined>();
  if (!existsSync(appsDir)) return versions;
  for (const entry of readdirSync(appsDir, { withFileTypes: true })) {
    const manifest = join(appsDir, entry.name, "package.json");
    if (entry.isDirectory() && existsSync(manifest)) {
      versions.set(entry.name, versionOf(readFileSync(manifest, "utf8")));
    }
  }
  return versions;
}

/** Versions of the given apps at commit `ref`; undefined for an app that did not exist there. */
export function versionsAt(root: string, ref: string, apps: Iterable<string>): AppVersions {
  try {
    git(root, ["rev-parse", "--verify", "--quiet", `${ref}^{commit}`]);
  } catch {
    throw new Error(
      `release: "${ref}" is not a commit of this clone (a shallow checkout? use fetch-depth: 0)`,
    );
  }
  const versions = new Map<string, string | undefined>();
  for (const app of apps) {
    let text: string | undefined;
    try {
      text = git(root, ["show", `${ref}:apps/${app}/package.json`]);
    } catch {
      text = undefined; // not in that commit: a new app
    }
    versions.set(app, text === undefined ? undefined : versionOf(text));
  }
  return versions;
}

function versionOf(packageJson: string): string | undefined {
  const version = (JSON.parse(packageJson) as { version?: unknown }).version;
  return typeof version === "string" ? version : undefined;
}

function git(root: string, args: string[]): string {
  return execFileSync("git", args, {
    cwd: root,
    encoding: "utf8",
    stdio: ["ignore", "pipe", "pipe"],
  });
}
