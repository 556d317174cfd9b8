// Writes a processed spec into the local SPEC_STORE namespace of a wrangler config (the storage
// `wrangler dev --persist-to <dir>` reads), or into one the caller opened. Shared by the seed
// script, `pnpm dev` (dev-data.ts) and the test setup.
import { join, resolve } from "node:path";
import { processSpec, serializeProcessedSpec } from "@repo/openapi";
import { getPlatformProxy } from "wrangler";
import { type SpecKv, type SpecPointer, writeSpec } from "../src/spec/store.ts";

export interface SeedLocalOptions {
  text: string;
  info: { operations: number; processedAt: string; source: string };
  /** What identifies the content (see writeSpec); default the text. */
  versionSource?: string;
  configPath: string;
  persistTo: string;
  environment?: string;
}

export async function seedLocalSpec(
  options: SeedLocalOptions,
): Promise<{ pointer: SpecPointer; changed: boolean }> {
  const proxy = await getPlatformProxy<{ SPEC_STORE?: SpecKv }>({
    configPath: resolve(options.configPath),
    persist: { path: join(resolve(options.persistTo), "v3") },
    remoteBindings: false,
    ...(options.environment ? { environment: options.environment } : {}),
  });
  try {
    const kv = proxy.env.SPEC_STORE;
    if (!kv) throw new Error(`${options.configPath} declares no KV binding named SPEC_STORE`);
    return await writeSpec(kv, options.text, options.info, options.versionSource);
  } finally {
    await proxy.dispose();
  }
}

/** A processed spec, ready for writeSpec. */
export interface PreparedSpec {
  text: string;
  info: SeedLocalOptions["info"];
  /** What identifies the content (see writeSpec): the operations, so an unchanged spec stores nothing. */
  versionSource: string;
}

/** Processes a raw OpenAPI document into what the local SPEC_STORE holds (see writeLocalSpec). */
export function prepareSpec(document: unknown, source: string): PreparedSpec {
  const spec = processSpec(document, { source });
  return {
    text: serializeProcessedSpec(spec),
    info: {
      operations: spec.operations.length,
      processedAt: spec.info.processedAt,
      source: spec.info.source,
    },
    versionSource: JSON.stringify(spec.operations),
  };
}

/** Stores a prepared spec in a SPEC_STORE the caller opened (a local runtime it shares). */
export function writeLocalSpec(
  kv: SpecKv,
  spec: PreparedSpec,
): Promise<{ pointer: SpecPointer; changed: boolean }> {
  return writeSpec(kv, spec.text, spec.info, spec.versionSource);
}
