/**
 * The spec as this isolate holds it: parsed spec, search index, and (built on first use)
 * the form search isolates read and the per-endpoint tools. Loaded once per isolate and version; the pointer is
 * re-read at most once a minute so a cron refresh reaches running isolates without a redeploy.
 */
import { readApiLinks } from "@repo/docs-search";
import {
  buildEndpointTools,
  buildSearchIndex,
  type EndpointTool,
  type ProcessedSpec,
  parseProcessedSpec,
  type SearchIndex,
} from "@repo/openapi";
import { sandboxSpecText } from "./sandbox-text.ts";
import {
  readPointer,
  readSandboxText,
  readSpecText,
  type SpecKv,
  type SpecPointer,
} from "./store.ts";

export const POINTER_CHECK_INTERVAL_MS = 60_000;

export class LoadedSpec {
  #tools: EndpointTool[] | undefined;
  #sandboxText: Promise<string> | undefined;
  #toolsByName: Map<string, EndpointTool> | undefined;

  constructor(
    readonly pointer: SpecPointer,
    readonly spec: ProcessedSpec,
    readonly index: SearchIndex,
    /** Whether `index` was built with the docs-to-API links of the docs index. */
    readonly withDocs = false,
  ) {}

  get version(): string {
    return this.pointer.version;
  }

  /**
   * The spec as search isolates read it (sandbox-text.ts), read from storage on first use; built
   * here only when storage lacks it (stored by an older version of this code).
   */
  sandboxText(kv: SpecKv): Promise<string> {
    this.#sandboxText ??= readSandboxText(kv, this.version).then(
      (text) => text ?? sandboxSpecText(this.spec),
    );
    return this.#sandboxText;
  }

  /** Per-endpoint tools, generated once per loaded spec. */
  get tools(): EndpointTool[] {
    this.#tools ??= buildEndpointTools(this.spec);
    return this.#tools;
  }

  tool(name: string): EndpointTool | undefined {
    this.#toolsByName ??= new Map(this.tools.map((tool) => [tool.name, tool]));
    return this.#toolsByName.get(name);
  }
}

/** No spec in storage: the server was deployed but never seeded or refreshed. */
export class SpecUnavailableError extends Error {
  override name = "SpecUnavailableError";
  constructor() {
    super(
      "The Cloudflare OpenAPI spec is not loaded on this server yet. Operators: locally, `pnpm dev` loads it (its output says why it could not); deployed, run `pnpm --filter api spec:seed --remote` or wait for the cron refresh.",
    );
  }
}

interface CacheState {
  loaded?: LoadedSpec;
  checkedAt: number;
  pending?: Promise<LoadedSpec>;
}

const cache: CacheState = { checkedAt: 0 };

/**
 * The current spec, loading or reloading it when needed. One load at a time per isolate. With
 * `docs` (the DOCS_DB binding), the search index also holds the API calls the docs show (the
 * docs-to-API bridge of `spec.find`); a spec loaded without them gets them on the next call that
 * passes `docs`.
 */
export async function loadSpec(
  kv: SpecKv,
  now: number = Date.now(),
  docs?: D1Database,
): Promise<LoadedSpec> {
  if (
    cache.loaded &&
    now - cache.checkedAt < POINTER_CHECK_INTERVAL_MS &&
    (cache.loaded.withDocs || !docs)
  ) {
    return cache.loaded;
  }
  cache.pending ??= refresh(kv, now, docs).finally(() => {
    cache.pending = undefined;
  });
  return cache.pending;
}

async function indexWithDocs(spec: ProcessedSpec, docs: D1Database | undefined) {
  const links = docs ? await readApiLinks(docs) : [];
  return buildSearchIndex(spec, links.length > 0 ? { docs: links } : {});
}

async function refresh(kv: SpecKv, now: number, docs?: D1Database): Promise<LoadedSpec> {
  for (let attempt = 0; attempt < 2; attempt++) {
    const pointer = await readPointer(kv);
    if (!pointer) throw new SpecUnavailableError();
    if (cache.loaded?.version === pointer.version) {
      if (docs && !cache.loaded.withDocs) {
        const { spec } = cache.loaded;
        cache.loaded = new LoadedSpec(pointer, spec, await indexWithDocs(spec, docs), true);
      }
      cache.checkedAt = now;
      return cache.loaded;
    }
    const text = await readSpecText(kv, pointer.version);
    // A refresh moved the pointer between the two reads: read it again.
    if (text === null) continue;
    const spec = parseProcessedSpec(text);
    const loaded = new LoadedSpec(
      pointer,
      spec,
      await indexWithDocs(spec, docs),
      docs !== undefined,
    );
    cache.loaded = loaded;
    cache.checkedAt = now;
    return loaded;
  }
  throw new SpecUnavailableError();
}

/** Forgets the loaded spec (tests). */
export function resetSpecCache(): void {
  cache.loaded = undefined;
  cache.checkedAt = 0;
}
