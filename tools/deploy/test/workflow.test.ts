// Scope: the release workflow gates production behind an approval, and every deploy command the
// docs show names an environment.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "..");

interface Job {
  needs?: string | string[];
  if?: string;
  environment?: string | { name: string };
  steps: Array<{ run?: string; uses?: string; with?: Record<string, unknown> }>;
}

const workflow = parse(readFileSync(join(root, ".github/workflows/release.yml"), "utf8")) as {
  jobs: Record<string, Job>;
};
const runs = (job: Job | undefined) => (job?.steps ?? []).map((step) => step.run ?? "").join("\n");
const environment = (job: Job | undefined) =>
  typeof job?.environment === "string" ? job.environment : job?.environment?.name;

describe("the release workflow", () => {
  it("deploys staging in the staging environment once no changesets are pending", () => {
    const staging = workflow.jobs.staging;
    expect(environment(staging)).toBe("staging");
    expect(staging?.if).toContain("pending == 'false'");
    expect(runs(staging)).toContain("pnpm release:deploy --env staging");
  });

  it("deploys production only after staging, in the protected production environment", () => {
    const production = workflow.jobs.production;
    expect(production?.needs).toBe("staging");
    expect(environment(production)).toBe("production");
    expect(runs(production)).toContain("pnpm release:deploy --env production");
  });

  it("deploys nothing from any other job", () => {
    for (const [name, job] of Object.entries(workflow.jobs)) {
      if (name === "staging" || name === "production") continue;
      expect(runs(job)).not.toMatch(/deploy/);
      for (const step of job.steps) expect(step.with?.publish, name).toBeUndefined();
    }
  });
});

function markdownFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    if (name === "node_modules" || name.startsWith(".")) return [];
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return markdownFiles(path);
    return name.endsWith(".md") ? [path] : [];
  });
}

describe("documented deploy commands", () => {
  const commands = markdownFiles(root).flatMap((file) =>
    readFileSync(file, "utf8")
      .split("\n")
      .filter((line) => /\bpnpm (--filter \S+ )?run deploy\b/.test(line))
      .map((line) => ({ file: relative(root, file), line })),
  );

  it("exist", () => {
    expect(commands.length).toBeGreaterThan(5);
  });

  it.each(commands)("$file names an environment: $line", ({ line }) => {
    expect(line).toMatch(/run deploy (-- )?--env (staging|production|<)/);
  });
});
