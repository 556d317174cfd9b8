// Writes a processed spec into the local SPEC_STORE namespace of a wrangler config (the storage
// `wrangler dev --persist-to <dir>` reads). Shared by the seed script and the test setup.
import { join, resolve } from "node:path";
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
