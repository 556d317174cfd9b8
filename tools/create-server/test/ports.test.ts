// Scope: the port a new server gets, from the ports the repo's apps already use.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { nextPort, usedPorts } from "../src/ports.ts";

let root: string;

function app(name: string, files: Record<string, string>): void {
  mkdirSync(join(root, "apps", name), { recursive: true });
  for (const [file, text] of Object.entries(files))
    writeFileSync(join(root, "apps", name, file), text);
}

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), "create-server-ports-"));
});

afterEach(() => rmSync(root, { recursive: true, force: true }));

describe("nextPort", () => {
  it("takes the port after the emulator and the planned api server when apps/ is empty", () => {
    expect(nextPort(root)).toBe(8789);
  });

  it("reads dev.port from wrangler.jsonc and --port from the dev script", () => {
    app("ai-gateway", { "wrangler.jsonc": '// c\n{ "dev": { "ip": "127.0.0.1", "port": 8789 } }' });
    app("scripted", {
      "package.json": JSON.stringify({
        // biome-ignore lint/suspicious/noTemplateCurlyInString: a shell default, as in package.json
        scripts: { dev: "wrangler dev --port ${SCRIPTED_PORT:-8794}" },
      }),
    });
    expect(usedPorts(root)).toEqual([8787, 8788, 8789, 8794]);
    expect(nextPort(root)).toBe(8795);
  });
});
