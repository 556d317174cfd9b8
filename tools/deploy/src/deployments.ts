/**
 * deployments.jsonc: what one deployment of this repository adds to every app's environment —
 * the ids of resources its servers share, and vars such as the custom hostnames it serves. A team
 * keeps it at the repository root of its fork (this repository ships deployments.example.jsonc);
 * MCP_DEPLOYMENTS_FILE points elsewhere.
 *
 * {
 *   "staging": {
 *     "kv_namespaces": { "MCP_STATE": "<32 hex>" },
 *     "vars": { "MCP_ALLOWED_HOSTS": "mcp-staging.example.com" }
 *   },
 *   "production": { ... }
 * }
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { readJsonc } from "./jsonc.ts";

export interface Deployment {
  /** Binding name -> namespace id. */
  kv_namespaces?: Record<string, string>;
  vars?: Record<string, string>;
}

export const DEPLOYMENTS_FILE = "deployments.jsonc";

export function deploymentsPath(root: string, env: NodeJS.ProcessEnv = process.env): string {
  return env.MCP_DEPLOYMENTS_FILE?.trim() || join(root, DEPLOYMENTS_FILE);
}

/** The file's block for `environment`, or undefined when there is no file or no block. */
export function readDeployment(path: string, environment: string): Deployment | undefined {
  if (!existsSync(path)) return undefined;
  const all = readJsonc(path);
  if (!isRecord(all)) throw new Error(`${path}: expected an object of environments.`);
  const block = all[environment];
  if (block === undefined) return undefined;
  if (!isRecord(block)) throw new Error(`${path}: "${environment}" must be an object.`);
  for (const key of Object.keys(block)) {
    if (key !== "kv_namespaces" && key !== "vars") {
      throw new Error(`${path}: "${environment}.${key}" is not supported (kv_namespaces, vars).`);
    }
  }
  return {
    ...(block.kv_namespaces !== undefined
      ? { kv_namespaces: stringMap(block.kv_namespaces, `${environment}.kv_namespaces`, path) }
      : {}),
    ...(block.vars !== undefined
      ? { vars: stringMap(block.vars, `${environment}.vars`, path) }
      : {}),
  };
}

function stringMap(value: unknown, where: string, path: string): Record<string, string> {
  if (!isRecord(value) || Object.values(value).some((item) => typeof item !== "string")) {
    throw new Error(`${path}: "${where}" must map names to strings.`);
  }
  return value as Record<string, string>;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
