// `pnpm --filter api dev:data` (and `pnpm dev`, before it starts this server): brings the local
// OpenAPI spec (SPEC_STORE) and docs index (DOCS_DB) up to date with their sources, loading only
// what is missing or older than its source (see dev-data/sources.ts for where each comes from).
// Exit code 0: both are current. 3: something could not be loaded; one line per data set says
// why and what to do, and the server still starts (its tool then says the data is missing).
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { parseArgs } from "node:util";
import type { LoadProgress } from "@repo/docs-search/loader";
import type { SpecKv } from "../src/spec/store.ts";
import { codeFingerprint } from "./dev-data/code-fingerprint.ts";
import { localRuntime } from "./dev-data/local-runtime.ts";
import { startProgress } from "./dev-data/progress.ts";
import {
  type DataSource,
  DataSourceError,
  describeSource,
  docsSource,
  resolveUserPath,
  specSource,
} from "./dev-data/sources.ts";
import { readStamp, type Stamp, staleness, stampFor, writeStampEntry } from "./dev-data/stamp.ts";

const PACKAGE_DIR = dirname(import.meta.dirname);
const REPO_ROOT = join(PACKAGE_DIR, "..", "..");
/** A published source that sends no response headers within this long counts as unreachable. */
const CONNECT_TIMEOUT_MS = 20_000;

const { values } = parseArgs({
  options: {
    "persist-to": { type: "string" },
    config: { type: "string" },
    force: { type: "boolean", default: false },
    only: { type: "string" },
  },
});
if (values.only && values.only !== "spec" && values.only !== "docs") {
  console.error(`--only takes spec or docs, not ${values.only}`);
  process.exit(2);
}
const persistTo = values["persist-to"]
  ? resolveUserPath(values["persist-to"], process.env)
  : join(REPO_ROOT, ".wrangler", "state");
const configPath = values.config
  ? resolveUserPath(values.config, process.env)
  : join(PACKAGE_DIR, "wrangler.jsonc");

const runtime = localRuntime(configPath, persistTo);

interface DataSet {
  key: keyof Stamp;
  /** What the user loses without it. */
  title: string;
  variable: string;
  source: () => DataSource;
  /** The code that shapes the stored form (repository-relative files or folders). */
  code: readonly string[];
  load: (source: DataSource) => Promise<string>;
}

const DATA_SETS: DataSet[] = [
  {
    key: "spec",
    title: "OpenAPI spec (search, codemode=false)",
    variable: "CLOUDFLARE_OPENAPI_SPEC=<path to Cloudflare's openapi.json>",
    source: () => specSource(process.env, REPO_ROOT),
    code: [
      "packages/openapi/src/process.ts",
      "packages/openapi/src/operation.ts",
      "packages/openapi/src/resolve",
      "packages/openapi/src/errata.ts",
      "packages/openapi/src/product.ts",
      "packages/openapi/src/serialize.ts",
      "packages/openapi/src/limits.ts",
      "packages/openapi/src/types.ts",
      "apps/api/src/spec",
      "apps/api/scripts/local-spec-store.ts",
    ],
    load: loadSpec,
  },
  {
    key: "docs",
    title: "docs index (docs)",
    variable: "CLOUDFLARE_DOCS_CORPUS=<path to a docs corpus .jsonl>",
    source: () => docsSource(process.env, REPO_ROOT),
    code: [
      "packages/docs-search/migrations",
      "packages/docs-search/src/loader",
      "packages/docs-search/src/store",
      "packages/docs-search/src/chunk",
      "packages/docs-search/src/corpus",
      "packages/docs-search/src/published",
      "packages/docs-search/src/questions",
      "packages/docs-search/src/api-links",
    ],
    load: loadDocs,
  },
];

/** A data set that needs loading, and why. */
interface Due {
  set: DataSet;
  source: DataSource;
  stored: Stamp[keyof Stamp];
  code: string;
  reason: string;
}

async function main(): Promise<number> {
  let failed = false;
  const due: Due[] = [];
  for (const set of DATA_SETS.filter((set) => !values.only || set.key === values.only)) {
    const check = checkSet(set);
    if (check === "failed") failed = true;
    else if (check !== "current") due.push(check);
  }
  if (due.length === 0) return failed ? 3 : 0;
  try {
    // A failure to start is reported by each load that needs the runtime.
    await runtime.start().catch(() => {});
    for (const item of due) {
      const ok = await bringUpToDate(item);
      failed ||= !ok;
    }
  } finally {
    await runtime.dispose();
  }
  return failed ? 3 : 0;
}

/** Whether a data set is current (printed), cannot be loaded (printed) or is due, and why. */
function checkSet(set: DataSet): "current" | "failed" | Due {
  let source: DataSource;
  try {
    source = set.source();
  } catch (error) {
    if (!(error instanceof DataSourceError)) throw error;
    console.log(`${set.key}: not loaded: ${error.message}, then run pnpm dev again.`);
    return "failed";
  }
  const stored = readStamp(persistTo)[set.key];
  const code = codeFingerprint(REPO_ROOT, set.code);
  const reason = values.force ? "--force" : staleness(stored, source, code);
  if (!reason) {
    console.log(`${set.key}: up to date (${stored?.summary})`);
    return "current";
  }
  return { set, source, stored, code, reason };
}

async function bringUpToDate({ set, source, stored, code, reason }: Due): Promise<boolean> {
  console.log(`${set.key}: loading from ${describeSource(source)} (${reason})…`);
  try {
    const summary = await set.load(source);
    writeStampEntry(persistTo, set.key, stampFor(source, summary, code));
    console.log(`${set.key}: loaded ${summary}`);
    return true;
  } catch (error) {
    const why = explain(error);
    if (stored) {
      console.log(`${set.key}: keeping the copy loaded ${stored.loadedAt}: ${why}`);
      return true;
    }
    console.log(
      `${set.key}: not loaded, so the ${set.title} is unavailable: ${why}. Set ${set.variable} and run pnpm dev again.`,
    );
    return false;
  }
}

// The loaders are imported when needed: an up-to-date check then takes a fraction of a second.
// Both write through the one local runtime, which boots while the source is read and processed.
async function loadSpec(source: DataSource): Promise<string> {
  const { fetchSpec, parseSpecText } = await import("@repo/openapi");
  const { prepareSpec, writeLocalSpec } = await import("./local-spec-store.ts");
  const progress = startProgress("spec", "");
  const document =
    source.kind === "file"
      ? parseSpecText(readFileSync(source.path, "utf8"), source.path)
      : await fetchSpec(source.url, { fetch: fetchWithConnectTimeout });
  const spec = prepareSpec(document, describeSource(source));
  const kv = (await runtime.env()).SPEC_STORE as SpecKv | undefined;
  if (!kv) throw new Error(`${configPath} declares no KV binding named SPEC_STORE`);
  const { pointer } = await writeLocalSpec(kv, spec);
  return `${pointer.operations} operations from ${describeSource(source)} in ${progress.seconds().toFixed(1)} s`;
}

async function loadDocs(source: DataSource): Promise<string> {
  const { loadDocsIntoD1 } = await import("@repo/docs-search/loader");
  const progress = startProgress("docs", "");
  const db = (await runtime.env()).DOCS_DB as D1Database | undefined;
  if (!db) throw new Error(`${configPath} declares no D1 binding named DOCS_DB`);
  const result = await loadDocsIntoD1(db, {
    source:
      source.kind === "file"
        ? { kind: "file", path: source.path }
        : { kind: "published", baseUrl: source.url, fetch: fetchWithConnectTimeout },
    onProgress: (step: LoadProgress) => progress.update(step.done, step.total, PHASES[step.phase]),
  });
  return `${result.pages} pages, ${result.passages} passages from ${describeSource(source)} in ${result.seconds.toFixed(1)} s`;
}

const PHASES: Record<LoadProgress["phase"], string> = {
  read: "pages read",
  fetch: "products downloaded",
  index: "passages indexed",
  optimize: "optimizing the index",
  done: "done",
};

function fetchWithConnectTimeout(input: RequestInfo | URL, init?: RequestInit): Promise<Response> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), CONNECT_TIMEOUT_MS);
  return fetch(input, { ...init, signal: controller.signal }).finally(() => clearTimeout(timer));
}

/** One line: the error and its cause (fetch failures keep the useful part in `cause`). */
function explain(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = error.cause instanceof Error ? ` (${error.cause.message})` : "";
  return `${error.message.replace(/\.$/, "")}${cause}`;
}

process.exitCode = await main();
