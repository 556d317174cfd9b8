// Scope: every app's own `deploy` command, for real: a wrangler dry run of staging and production
// produces the right Worker name and carries no placeholder id or local value, and the command
// refuses what must never reach Cloudflare (no --env, no shared id) before wrangler runs.
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "..");
const cli = join(root, "tools", "deploy", "src", "cli.ts");
const apps = readdirSync(join(root, "apps")).filter((app) =>
  existsSync(join(root, "apps", app, "wrangler.jsonc")),
);
const work = mkdtempSync(join(tmpdir(), "deploy-test-"));
const SHARED = {
  staging: "5a7e0000000000000000000000000001",
  production: "9d0d0000000000000000000000000002",
};
const deployments = join(work, "deployments.jsonc");
writeFileSync(
  deployments,
  JSON.stringify({
    staging: { kv_namespaces: { MCP_STATE: SHARED.staging } },
    production: { kv_namespaces: { MCP_STATE: SHARED.production } },
  }),
);

afterAll(() => rmSync(work, { recursive: true, force: true }));

interface Run {
  status: number | null;
  output: string;
  /** wrangler's own record of the run (WRANGLER_OUTPUT_FILE_PATH), one JSON object a line. */
  records: Array<Record<string, unknown>>;
}

function deploy(app: string, args: string[], env: Record<string, string> = {}): Promise<Run> {
  const record = join(work, `${app}-${args.join("_").replace(/[^a-z]/g, "")}.ndjson`);
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cli, ...args], {
      cwd: join(root, "apps", app),
      env: {
        ...process.env,
        WRANGLER_SEND_METRICS: "false",
        CLOUDFLARE_CF_FETCH_ENABLED: "false",
        NO_COLOR: "1",
        WRANGLER_OUTPUT_FILE_PATH: record,
        MCP_DEPLOYMENTS_FILE: deployments,
        // No credentials: a command that got as far as uploading would fail loudly.
        CLOUDFLARE_API_TOKEN: "",
        ...env,
      },
    });
    let output = "";
    child.stdout.on("data", (chunk) => (output += chunk));
    child.stderr.on("data", (chunk) => (output += chunk));
    child.on("error", reject);
    child.on("close", (status) => {
      const records = existsSync(record)
        ? readFileSync(record, "utf8")
            .split("\n")
            .filter(Boolean)
            .map((line) => JSON.parse(line) as Record<string, unknown>)
        : [];
      resolve({ status, output, records });
    });
  });
}

/** `env.NAME (value)` rows of wrangler's binding table. */
function boundValues(output: string): string[] {
  return [...output.matchAll(/^env\.\w+ \(([^)]*)\)/gm)].map((match) => match[1] as string);
}

describe.each(apps)("apps/%s deploy", (app) => {
  it.each([
    ["staging", `cloudflare-mcp-${app}-staging`],
    ["production", `cloudflare-mcp-${app}`],
  ] as const)(
    "a %s dry run bundles %s with the deployment's ids and no placeholder",
    async (env, name) => {
      const outdir = join(work, `${app}-${env}`);
      const run = await deploy(app, ["--env", env, "--dry-run", "--outdir", outdir]);
      expect(run.status, run.output).toBe(0);
      const deployed = run.records.find((record) => record.type === "deploy");
      expect(deployed?.worker_name).toBe(name);
      expect(deployed?.wrangler_environment).toBe(env);
      expect(existsSync(join(outdir, "index.js"))).toBe(true);
      const values = boundValues(run.output);
      expect(values).toContain(SHARED[env]);
      for (const value of values) {
        expect(value, `bound value ${value}`).not.toMatch(/local|127\.0\.0\.1|localhost|cfemu/);
      }
      expect(run.output).not.toMatch(/cfemu_|mcp-state-local|oauth-kv-local/);
      expect(existsSync(join(root, "apps", app, `.wrangler-deploy-${env}.json`))).toBe(false);
    },
  );
});

describe("the deploy command refuses before wrangler runs", () => {
  const app = apps.includes("secrets-store") ? "secrets-store" : (apps[0] as string);

  it("exits non-zero without --env and says what to pass", async () => {
    const run = await deploy(app, []);
    expect(run.status).toBe(2);
    expect(run.output).toContain(`refusing to deploy ${app} without an environment`);
    expect(run.output).toContain(`pnpm --filter ${app} run deploy --env staging`);
    expect(run.output).toContain(`pnpm --filter ${app} run deploy --env production`);
    expect(run.records).toEqual([]);
  });

  it("exits non-zero for a real deploy whose shared namespace has no id", async () => {
    const run = await deploy(app, ["--env", "staging"], {
      MCP_DEPLOYMENTS_FILE: join(work, "missing.jsonc"),
    });
    expect(run.status).toBe(1);
    expect(run.output).toContain("KV MCP_STATE has no id");
    expect(run.records).toEqual([]);
  });
});
