// Loads a corpus file into the local (Miniflare) D1 database that a wrangler config declares,
// from Node. It goes through wrangler's platform proxy, so the data lands exactly where
// `wrangler dev --persist-to <dir>` reads it: about 10 s for the full corpus. The alternative,
// generated SQL run by `wrangler d1 execute --local --file`, was rejected by wrangler: docs pages
// with SQL examples (`BEGIN`/`COMMIT`) look like transactions to its statement splitter.

import { join, resolve } from "node:path";
import { getPlatformProxy } from "wrangler";
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

export interface LoadLocalOptions extends LocalD1Options {
  /** JSONL corpus file. */
  corpusPath: string;
  onProgress?: (passagesWritten: number) => void;
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

/** Replaces the docs index of a local D1 database with the corpus file's pages. */
export async function loadCorpusIntoLocalD1(options: LoadLocalOptions): Promise<LoadLocalResult> {
  const started = performance.now();
  // Parse everything before touching the database, so a malformed corpus leaves the old index.
  const pages = [...readCorpusFile(options.corpusPath)];
  const local = await openLocalD1(options);
  try {
    await recreateSchema(local.db);
    const stats = await writeDocsIndex(local.db, pages, {
      ...(options.onProgress ? { onProgress: options.onProgress } : {}),
    });
    return { ...stats, seconds: (performance.now() - started) / 1000 };
  } finally {
    await local.dispose();
  }
}
