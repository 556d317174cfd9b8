// Reading app versions from a real (throwaway) git repository, as the release job does.
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { versionsAt, workingTreeVersions } from "../src/app-versions.ts";
import { selectReleases } from "../src/select-apps.ts";

const root = mkdtempSync(join(tmpdir(), "release-repo-"));
const git = (...args: string[]) =>
  execFileSync("git", ["-c", "user.name=t", "-c", "user.email=t@example.com", ...args], {
    cwd: root,
    stdio: "pipe",
  });
const writeApp = (app: string, version: string) => {
  mkdirSync(join(root, "apps", app), { recursive: true });
  writeFileSync(join(root, "apps", app, "package.json"), JSON.stringify({ name: app, version }));
};

beforeAll(() => {
  git("init", "--quiet", "--initial-branch=main");
  writeApp("ai-gateway", "0.1.0");
  writeApp("secrets-store", "0.1.0");
  git("add", "-A");
  git("commit", "--quiet", "-m", "apps");
  // The version pull request: one app bumped, one app added.
  writeApp("ai-gateway", "0.2.0");
  writeApp("api", "0.1.0");
  mkdirSync(join(root, "apps", "not-an-app"));
  git("add", "-A");
  git("commit", "--quiet", "-m", "version");
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe("app versions", () => {
  it("selects the bumped and the new app between HEAD^ and the working tree", () => {
    const current = workingTreeVersions(root);
    expect([...current.keys()].sort()).toEqual(["ai-gateway", "api", "secrets-store"]);
    const releases = selectReleases(current, versionsAt(root, "HEAD^", current.keys()));
    expect(releases.map((release) => `${release.app} ${release.from} -> ${release.to}`)).toEqual([
      "ai-gateway 0.1.0 -> 0.2.0",
      "api undefined -> 0.1.0",
    ]);
  });

  it("selects nothing against the same commit", () => {
    const current = workingTreeVersions(root);
    expect(selectReleases(current, versionsAt(root, "HEAD", current.keys()))).toEqual([]);
  });

  it("names a base that is not in the clone", () => {
    expect(() => versionsAt(root, "deadbeef", ["ai-gateway"])).toThrow(
      'release: "deadbeef" is not a commit of this clone',
    );
  });
});
