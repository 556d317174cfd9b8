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
import { blobKey, contentVersion, POINTER_KEY, sandboxKey, storedSpec } from "../src/spec/store.ts";
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
  const version = await contentVersion(JSON.stringify(spec.operations));
  const { pointer, blob, sandboxBlob } = await storedSpec(specText, specInfo, version);
  const dir = mkdtempSync(join(tmpdir(), "spec-seed-"));
  try {
    const blobFile = join(dir, "spec.json.gz");
    writeFileSync(blobFile, Buffer.from(blob));
    const sandboxFile = join(dir, "sandbox.txt.gz");
    writeFileSync(sandboxFile, Buffer.from(sandboxBlob));
    const pointerFile = join(dir, "pointer.json");
    writeFileSync(pointerFile, JSON.stringify(pointer));
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
    put(blobKey(pointer.version), blobFile);
    put(sandboxKey(pointer.version), sandboxFile);
    put(POINTER_KEY, pointerFile);
    console.log(`Stored spec ${pointer.version} remotely (${specInfo.operations} operations).`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
