/**
 * Where `pnpm dev` takes the api server's data from, in order: the variable
 * (CLOUDFLARE_OPENAPI_SPEC / CLOUDFLARE_DOCS_CORPUS, relative to where the user ran the command),
 * the shared data folder beside the checkout (this project's machines and CI), then the public
 * source (Cloudflare's published spec and Markdown docs).
 */
import { existsSync, statSync } from "node:fs";
import { isAbsolute, join, resolve } from "node:path";
import { DEFAULT_OPENAPI_SPEC_URL } from "@repo/openapi";

export type DataSource =
  | { kind: "file"; path: string; mtimeMs: number; size: number; from: string }
  | { kind: "url"; url: string; from: string };

/** A source that cannot be used as given: the message names the variable and the fix. */
export class DataSourceError extends Error {
  override readonly name = "DataSourceError";
}

export interface SourceEnv {
  CLOUDFLARE_OPENAPI_SPEC?: string;
  OPENAPI_SPEC_URL?: string;
  CLOUDFLARE_DOCS_CORPUS?: string;
  /** Where the user ran `pnpm …` (set by pnpm); relative paths resolve from here. */
  INIT_CWD?: string;
}

export const SHARED_SPEC = "cloudflare-openapi-2024-08.json";
export const SHARED_DOCS = "cloudflare-docs.jsonl";
/**
 * Cloudflare publishes its developer docs as Markdown: `/llms.txt` lists the products, each with
 * an `llms-full.txt` (read by @repo/docs-search's published loader).
 */
export const PUBLISHED_DOCS_URL = "https://developers.cloudflare.com";

export function specSource(env: SourceEnv, repoRoot: string): DataSource {
  const named = fileFromVariable(env, "CLOUDFLARE_OPENAPI_SPEC");
  if (named) return named;
  const url = env.OPENAPI_SPEC_URL?.trim();
  if (url) return { kind: "url", url, from: "OPENAPI_SPEC_URL" };
  return (
    sharedFile(repoRoot, SHARED_SPEC) ?? {
      kind: "url",
      url: DEFAULT_OPENAPI_SPEC_URL,
      from: "Cloudflare's published spec",
    }
  );
}

export function docsSource(env: SourceEnv, repoRoot: string): DataSource {
  return (
    fileFromVariable(env, "CLOUDFLARE_DOCS_CORPUS") ??
    sharedFile(repoRoot, SHARED_DOCS) ?? {
      kind: "url",
      url: PUBLISHED_DOCS_URL,
      from: "Cloudflare's published docs",
    }
  );
}

/** Resolves `path` from where the user ran the command, as a shell would. */
export function resolveUserPath(path: string, env: SourceEnv): string {
  return isAbsolute(path) ? path : resolve(env.INIT_CWD || process.cwd(), path);
}

function fileFromVariable(
  env: SourceEnv,
  variable: "CLOUDFLARE_OPENAPI_SPEC" | "CLOUDFLARE_DOCS_CORPUS",
): DataSource | undefined {
  const raw = env[variable]?.trim();
  if (!raw) return undefined;
  const path = resolveUserPath(raw, env);
  if (!existsSync(path)) {
    throw new DataSourceError(`${variable}=${raw}: no file at ${path}; fix the path or unset it`);
  }
  return fileSource(path, variable);
}

function sharedFile(repoRoot: string, name: string): DataSource | undefined {
  const path = join(repoRoot, "..", "shared", "data", name);
  return existsSync(path) ? fileSource(path, "../shared/data") : undefined;
}

function fileSource(path: string, from: string): DataSource {
  const stat = statSync(path);
  return { kind: "file", path, mtimeMs: stat.mtimeMs, size: stat.size, from };
}

/** How a source is named in messages: the file path, or the URL without query or credentials. */
export function describeSource(source: DataSource): string {
  if (source.kind === "file") return source.path;
  try {
    const url = new URL(source.url);
    return `${url.origin}${url.pathname}`;
  } catch {
    return "an invalid URL";
  }
}
