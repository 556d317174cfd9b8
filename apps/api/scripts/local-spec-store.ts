// Writes a processed spec into the local SPEC_STORE namespace of a wrangler config (the storage
// `wrangler dev --persist-to <dir>` reads). Shared by the seed script, `pnpm dev` (dev-data.ts)
// and the test setup.
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

/**
 * Processes a raw OpenAPI document and stores it in the local SPEC_STORE (see seedLocalSpec).
 * The version is the hash of the operations, so reprocessing an unchanged spec stores nothing.
 */
export async function seedLocalSpecDocument(
  document: unknown,
  options: { source: string } & Pick<SeedLocalOptions, "configPath" | "persistTo" | "environment">,
): Promise<{ pointer: SpecPointer; changed: boolean }> {
  const { source, ...where } = options;
  const spec = processSpec(document, { source });
  return seedLocalSpec({
    text: serializeProcessedSpec(spec),
    info: {
      operations: spec.operations.length,
      processedAt: spec.info.processedAt,
      source: spec.info.source,
    },
    versionSource: JSON.stringify(spec.operations),
    ...where,
  });
}
