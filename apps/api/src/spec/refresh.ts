/**
 * The cron refresh: download the published spec, process it, and store it when it changed.
 * Running isolates pick the new version up within a minute (see loaded-spec.ts).
 */
import {
  DEFAULT_OPENAPI_SPEC_URL,
  describeUrl,
  fetchSpec,
  processSpec,
  serializeProcessedSpec,
} from "@repo/openapi";
import type { ApiEnv } from "../env.ts";
import { type SpecPointer, writeSpec } from "./store.ts";

export interface RefreshOutcome {
  pointer: SpecPointer;
  changed: boolean;
  seconds: number;
}

export async function refreshSpecFromUrl(
  env: Pick<ApiEnv, "SPEC_STORE" | "OPENAPI_SPEC_URL">,
  fetchImpl: typeof fetch = fetch,
): Promise<RefreshOutcome> {
  const started = Date.now();
  const url = env.OPENAPI_SPEC_URL?.trim() || DEFAULT_OPENAPI_SPEC_URL;
  const document = await fetchSpec(url, { fetch: fetchImpl });
  const spec = processSpec(document, { source: describeUrl(url) });
  const { pointer, changed } = await writeSpec(
    env.SPEC_STORE,
    serializeProcessedSpec(spec),
    {
      operations: spec.operations.length,
      processedAt: spec.info.processedAt,
      source: spec.info.source,
    },
    JSON.stringify(spec.operations),
  );
  return { pointer, changed, seconds: (Date.now() - started) / 1000 };
}
