// The conformance suite's auth scenarios: none is a server scenario (so none can run against our
// servers), and baseline/auth.yml lists every client one with a reason, so a suite upgrade that
// adds or renames auth scenarios is noticed.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { describe, it } from "node:test";
import { parse } from "yaml";
import { baselinePath, entriesWithoutReason } from "../src/baseline.ts";
import { conformanceBin } from "../src/conformance-cli.ts";

function listScenarios(): { server: string[]; client: string[] } {
  const result = spawnSync(process.execPath, [conformanceBin(), "list"], { encoding: "utf8" });
  assert.equal(result.status, 0, result.stderr);
  const [serverPart = "", clientPart = ""] = result.stdout.split(/^Client scenarios.*$/m);
  const names = (text: string) =>
    [...text.matchAll(/^\s+- (\S+)/gm)].map((match) => match[1] as string);
  return { server: names(serverPart), client: names(clientPart) };
}

describe("auth scenarios", () => {
  const scenarios = listScenarios();
  const text = readFileSync(baselinePath("auth"), "utf8");
  const listed = (parse(text) as { client: string[] }).client;

  it("has no server-side auth scenario to run against our servers", () => {
    assert.ok(scenarios.server.length > 0);
    assert.deepEqual(
      scenarios.server.filter((name) => name.startsWith("auth")),
      [],
    );
  });

  it("lists every client auth scenario in baseline/auth.yml, each with a reason", () => {
    const auth = scenarios.client.filter((name) => name.startsWith("auth/"));
    assert.deepEqual([...listed].sort(), [...auth].sort());
    assert.deepEqual(entriesWithoutReason(text), []);
  });
});
