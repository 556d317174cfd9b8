/**
 * What one deploy sends, and why it may not: the app's `env.<name>` block with the deployment's
 * shared ids merged in, checked so that nothing from local development (a `-dev` name, a loopback
 * URL, a placeholder id) can reach a deployed Worker.
 *
 * Ids: a KV namespace without an `id` is provisioned by wrangler on the first deploy and found
 * again by its binding on later ones, so per-server namespaces (OAUTH_KV, SPEC_STORE) need nothing.
 * A shared namespace (MCP_STATE: every server of one deployment reads and writes the same one)
 * cannot be provisioned per server: its id comes from the deployment's block in deployments.jsonc.
 */
import type { Deployment } from "./deployments.ts";

/** KV bindings that every server of one deployment shares. */
export const SHARED_KV_BINDINGS: readonly string[] = ["MCP_STATE"];

const KV_ID = /^[0-9a-f]{32}$/;
const D1_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const LOOPBACK_URL = /^https?:\/\/(127\.\d+\.\d+\.\d+|localhost|\[::1\])(:\d+)?(\/|$)/i;

interface KvBinding {
  binding: string;
  id?: string;
  [key: string]: unknown;
}

interface D1Binding {
  binding: string;
  database_name?: string;
  database_id?: string;
  [key: string]: unknown;
}

export interface EnvBlock {
  name?: string;
  vars?: Record<string, unknown>;
  kv_namespaces?: KvBinding[];
  d1_databases?: D1Binding[];
  [key: string]: unknown;
}

export interface WranglerConfig {
  name?: string;
  env?: Record<string, EnvBlock>;
  [key: string]: unknown;
}

export interface DeployPlan {
  /** The whole config with `env.<name>` resolved: what wrangler is given. */
  config: WranglerConfig;
  workerName: string;
  /** What the deploy will do that is worth saying (provisioning, a dry run's gaps). */
  notes: string[];
}

export type PlanOutcome = { ok: true; plan: DeployPlan } | { ok: false; problems: string[] };

export interface PlanInput {
  app: string;
  config: WranglerConfig;
  env: string;
  /** The deployment's block of deployments.jsonc, if there is one. */
  deployment: Deployment | undefined;
  /** Where the deployment's block is read from (named in messages). */
  deploymentsFile: string;
  /**
   * A dry run uploads nothing: a shared id that is not configured yet is left out (noted) instead
   * of refusing, so CI can check every bundle without a deployment. A real deploy refuses.
   */
  dryRun: boolean;
}

export function planDeploy(input: PlanInput): PlanOutcome {
  const { app, config, env, deployment } = input;
  const block = config.env?.[env];
  const known = Object.keys(config.env ?? {});
  if (!block) {
    return {
      ok: false,
      problems: [
        `apps/${app}/wrangler.jsonc has no "env.${env}" block; deployable environments: ${known.join(", ") || "none"}.`,
      ],
    };
  }
  const problems: string[] = [];
  const notes: string[] = [];
  const workerName = block.name;
  if (!workerName) {
    problems.push(
      `env.${env} has no "name": wrangler would deploy "${config.name}-${env}", named after the local development Worker.`,
    );
  } else if (workerName === config.name || workerName.endsWith("-dev")) {
    problems.push(`env.${env}.name "${workerName}" is a local development name.`);
  }

  const vars: Record<string, unknown> = { ...block.vars, ...deployment?.vars };
  for (const [key, value] of Object.entries(vars)) {
    if (typeof value === "string" && LOOPBACK_URL.test(value)) {
      problems.push(`var ${key} points at this machine (${value}): a local development value.`);
    }
  }

  const kv = (block.kv_namespaces ?? []).map((entry) => {
    const fromDeployment = deployment?.kv_namespaces?.[entry.binding];
    if (fromDeployment !== undefined && entry.id !== undefined && entry.id !== fromDeployment) {
      problems.push(
        `KV ${entry.binding} has the id ${entry.id} in wrangler.jsonc and ${fromDeployment} in ${input.deploymentsFile}: keep one.`,
      );
    }
    const id = fromDeployment ?? entry.id;
    if (id !== undefined && !KV_ID.test(id)) {
      problems.push(
        `KV ${entry.binding} has the placeholder id "${id}" (a KV namespace id is 32 hex characters).`,
      );
    }
    if (id === undefined && SHARED_KV_BINDINGS.includes(entry.binding)) {
      const title = `cloudflare-mcp-${entry.binding.toLowerCase().replace(/^mcp_/, "").replace(/_/g, "-")}-${env}`;
      const fix = `every server of a deployment shares ${entry.binding}: create it once (pnpm --filter ${app} exec wrangler kv namespace create ${title}) and put its id in ${input.deploymentsFile} as ${env}.kv_namespaces.${entry.binding}`;
      if (input.dryRun)
        notes.push(`${entry.binding} has no id yet; a real deploy refuses: ${fix}.`);
      else problems.push(`KV ${entry.binding} has no id: ${fix}.`);
    } else if (id === undefined) {
      notes.push(`KV ${entry.binding}: wrangler provisions it on the first deploy.`);
    }
    return id === undefined ? entry : { ...entry, id };
  });

  for (const database of block.d1_databases ?? []) {
    if (database.database_id !== undefined && !D1_ID.test(database.database_id)) {
      problems.push(
        `D1 ${database.binding} has the placeholder database_id "${database.database_id}" (a D1 id is a UUID).`,
      );
    } else if (database.database_id === undefined && !database.database_name) {
      problems.push(
        `D1 ${database.binding} needs a database_name (wrangler provisions it by name).`,
      );
    } else if (database.database_id === undefined) {
      notes.push(`D1 ${database.binding}: wrangler uses or creates "${database.database_name}".`);
    }
  }

  for (const binding of Object.keys(deployment?.kv_namespaces ?? {})) {
    if (!(block.kv_namespaces ?? []).some((entry) => entry.binding === binding)) {
      problems.push(
        `${input.deploymentsFile} names KV ${binding}, which env.${env} does not bind.`,
      );
    }
  }

  if (problems.length > 0 || !workerName) return { ok: false, problems };
  const resolved: EnvBlock = {
    ...block,
    ...(Object.keys(vars).length > 0 ? { vars } : {}),
    ...(block.kv_namespaces ? { kv_namespaces: kv } : {}),
  };
  // The top level's vars are local development values: never part of what is deployed (wrangler
  // would only warn that the environment does not repeat them).
  const { vars: _localVars, ...deployable } = config;
  return {
    ok: true,
    plan: { config: { ...deployable, env: { ...config.env, [env]: resolved } }, workerName, notes },
  };
}
