// `pnpm --filter api spec:seed [--remote] [--env <name>]`: processes the spec named by
// CLOUDFLARE_OPENAPI_SPEC (a file) or OPENAPI_SPEC_URL and stores it in the SPEC_STORE namespace:
// the local one that `wrangler dev --persist-to ../../.wrangler/state` reads (default), or with
// --remote the deployed namespace, through `wrangler kv key put`.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { isAbsolute, join, resolve } from "node:path";
import { parseArgs } from "node:util";
import {
  describeUrl,
  fetchSpec,
  parseSpecText,
  processSpec,
  resolveSpecSource,
  serializeProcessedSpec,
} from "@repo/openapi";
import { seedLocalSpec } from "./local-spec-store.ts";

const { values } = parseArgs({
  options: {
    remote: { type: "boolean", default: false },
    env: { type: "string" },
    "persist-to": { type: "string", default: "../../.wrangler/state" },
    config: { type: "string", default: "wrangler.jsonc" },
  },
});

const started = Date.now();
const source = resolveSpecSource(process.env);
let document: unknown;
let sourceName: string;
if (source.kind === "file") {
  const path = isAbsolute(source.path)
    ? source.path
    : resolve(process.env.INIT_CWD ?? process.cwd(), source.path);
  document = parseSpecText(readFileSync(path, "utf8"), path);
  sourceName = path;
} else {
  document = await fetchSpec(source.url);
  sourceName = describeUrl(source.url);
}
const spec = processSpec(document, { source: sourceName });
const text = serializeProcessedSpec(spec);
const info = {
  operations: spec.operations.length,
  processedAt: spec.info.processedAt,
  source: spec.info.source,
};

if (values.remote) {
  await seedRemote(text, info);
} else {
  const { pointer, changed } = await seedLocalSpec({
    text,
    info,
    versionSource: JSON.stringify(spec.operations),
    configPath: values.config,
    persistTo: values["persist-to"],
    ...(values.env ? { environment: values.env } : {}),
  });
  console.log(
    `${changed ? "Stored" : "Already current:"} spec ${pointer.version}: ${pointer.operations} operations, ` +
      `${(pointer.bytes / 1e6).toFixed(2)} MB processed, ${(pointer.storedBytes / 1e6).toFixed(2)} MB stored, ` +
      `${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
}

async function seedRemote(specText: string, specInfo: typeof info): Promise<void> {
  const { contentVersion } = await import("../src/spec/store.ts");
  const version = await contentVersion(JSON.stringify(spec.operations));
  const dir = mkdtempSync(join(tmpdir(), "spec-seed-"));
  try {
    const blob = join(dir, "spec.json.gz");
    const gz = await new Response(
      new Blob([specText]).stream().pipeThrough(new CompressionStream("gzip")),
    ).arrayBuffer();
    writeFileSync(blob, Buffer.from(gz));
    const pointer = join(dir, "pointer.json");
    writeFileSync(
      pointer,
      JSON.stringify({
        version,
        ...specInfo,
        bytes: Buffer.byteLength(specText),
        storedBytes: gz.byteLength,
      }),
    );
    const envArgs = values.env ? ["--env", values.env] : [];
    const put = (key: string, file: string) =>
      execFileSync(
        "wrangler",
        [
          "kv",
          "key",
          "put",
          key,
          "--binding",
          "SPEC_STORE",
          "--remote",
          "--path",
          file,
          ...envArgs,
        ],
        { stdio: "inherit" },
      );
    put(`openapi:spec:${version}`, blob);
    put("openapi:current", pointer);
    console.log(`Stored spec ${version} remotely (${specInfo.operations} operations).`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
