// Loads the docs into the local (Miniflare) D1 database that a wrangler config declares, from
// Node, through wrangler's platform proxy, so the data lands exactly where
// `wrangler dev --persist-to <dir>` reads it. The source is a JSONL corpus file or Cloudflare's
// published Markdown docs (per-product llms-full.txt). The alternative, generated SQL run by
// `wrangler d1 execute --local --file`, was rejected by wrangler: docs pages with SQL examples
// (`BEGIN`/`COMMIT`) look like transactions to its statement splitter.

import { join, resolve } from "node:path";
import { getPlatformProxy } from "wrangler";
import type { DocPage } from "../corpus/page.ts";
import { fetchPublishedDocs } from "../published/fetch-published.ts";
import { type IndexStats, writeDocsIndex } from "../store/write-index.ts";
import { readCorpusFile } from "./read-corpus.ts";
import { recreateSchema } from "./schema.ts";

export interface LocalD1Options {
  /** Wrangler config that declares the D1 binding. */
  configPath: string;
  /** Name of the D1 binding in that config. Default "DOCS_DB". */
  binding?: string;
  /** Same meaning as `wrangler dev --persist-to`: the state directory (data goes under v3/). */
  persistTo: string;
  /** Wrangler environment to read the binding from. */
  environment?: string;
}

export interface LocalD1 {
  db: D1Database;
  /** Stops the local runtime behind `db`; call it once done. */
  dispose(): Promise<void>;
}

/** Where the docs come from. */
export type DocsSource =
  /** A JSONL corpus file, one page per line (`{ url, title, product, text, ... }`). */
  | { kind: "file"; path: string }
  /** Cloudflare's published Markdown docs: /llms.txt, then each product's llms-full.txt. */
  | { kind: "published"; baseUrl?: string; products?: readonly string[]; fetch?: typeof fetch };

/** One step of a load, for a progress display. `done`/`total` count pages, products or passages. */
export interface LoadProgress {
  phase: "read" | "fetch" | "index" | "optimize" | "done";
  done: number;
  total?: number;
  /** The product just fetched, or the source being read. */
  detail?: string;
}

export interface LoadDocsOptions extends LocalD1Options {
  source: DocsSource;
  onProgress?: (progress: LoadProgress) => void;
}

export interface LoadLocalResult extends IndexStats {
  /** Wall time of the whole load, local runtime start and stop included. */
  seconds: number;
}

export const DEFAULT_BINDING = "DOCS_DB";

/** Opens the local D1 database of a wrangler config from Node. */
export async function openLocalD1(options: LocalD1Options): Promise<LocalD1> {
  const binding = options.binding ?? DEFAULT_BINDING;
  const proxy = await getPlatformProxy<Record<string, unknown>>({
    configPath: resolve(options.configPath),
    persist: { path: join(resolve(options.persistTo), "v3") },
    remoteBindings: false,
    ...(options.environment ? { environment: options.environment } : {}),
  });
  const db = proxy.env[binding] as D1Database | undefined;
  if (!db || typeof db.prepare !== "function") {
    await proxy.dispose();
    throw new Error(`${options.configPath} declares no D1 binding named "${binding}"`);
  }
  return { db, dispose: () => proxy.dispose() };
}

/**
 * Replaces the docs index of a local D1 database with the pages of `source`. Every page is read
 * (or downloaded) and parsed before the database is touched, so a bad source leaves the old index.
 */
export async function loadDocsIntoLocalD1(options: LoadDocsOptions): Promise<LoadLocalResult> {
  const started = performance.now();
  const pages = await readSource(options.source, options.onProgress ?? (() => {}));
  const local = await openLocalD1(options);
  try {
    return await writePages(local.db, pages, options.onProgress, started);
  } finally {
    await local.dispose();
  }
}

/**
 * `loadDocsIntoLocalD1` into a database the caller already opened (a local runtime it shares
 * with other loads, say); the caller disposes of it.
 */
export async function loadDocsIntoD1(
  db: D1Database,
  options: Pick<LoadDocsOptions, "source" | "onProgress">,
): Promise<LoadLocalResult> {
  const started = performance.now();
  const pages = await readSource(options.source, options.onProgress ?? (() => {}));
  return writePages(db, pages, options.onProgress, started);
}

async function writePages(
  db: D1Database,
  pages: DocPage[],
  onProgress: ((progress: LoadProgress) => void) | undefined,
  started: number,
): Promise<LoadLocalResult> {
  const progress = onProgress ?? (() => {});
  await recreateSchema(db);
  const stats = await writeDocsIndex(db, pages, {
    onProgress: (written) => progress({ phase: "index", done: written }),
    onOptimize: () => progress({ phase: "optimize", done: 0 }),
  });
  progress({ phase: "done", done: stats.pages, total: stats.pages });
  return { ...stats, seconds: (performance.now() - started) / 1000 };
}

async function readSource(
  source: DocsSource,
  progress: (progress: LoadProgress) => void,
): Promise<DocPage[]> {
  if (source.kind === "file") {
    progress({ phase: "read", done: 0, detail: source.path });
    const pages = [...readCorpusFile(source.path)];
    progress({ phase: "read", done: pages.length, total: pages.length, detail: source.path });
    return pages;
  }
  return fetchPublishedDocs({
    ...(source.baseUrl ? { baseUrl: source.baseUrl } : {}),
    ...(source.products ? { products: source.products } : {}),
    ...(source.fetch ? { fetch: source.fetch } : {}),
    onProduct: (done, total, product) => progress({ phase: "fetch", done, total, detail: product }),
  });
}

/** Loads a JSONL corpus file: `loadDocsIntoLocalD1` with a file source. */
export function loadCorpusIntoLocalD1(
  options: LocalD1Options & { corpusPath: string; onProgress?: (passagesWritten: number) => void },
): Promise<LoadLocalResult> {
  const { corpusPath, onProgress, ...rest } = options;
  return loadDocsIntoLocalD1({
    ...rest,
    source: { kind: "file", path: corpusPath },
    ...(onProgress
      ? { onProgress: (event: LoadProgress) => event.phase === "index" && onProgress(event.done) }
      : {}),
  });
}
