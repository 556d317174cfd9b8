// Scope: the api server's permissions as data against the spec it serves: every permission value
// the spec names is in the one table of @repo/auth, and the full template covers every grantable one.
import { readFileSync } from "node:fs";
import {
  buildCloudflareCatalog,
  evaluateNeed,
  scopeNeed,
  scopeRule,
  specPermission,
} from "@repo/auth";
import { parseSpecText, processSpec } from "@repo/openapi";
import { describe, expect, it } from "vitest";
import { SPEC_DATA } from "./test-data.ts";

const spec = processSpec(parseSpecText(readFileSync(SPEC_DATA.path, "utf8"), SPEC_DATA.path), {
  source: SPEC_DATA.path,
});

describe(`permissions of ${SPEC_DATA.full ? "the full spec" : "the fixture spec"}`, () => {
  it("are all in the permission table", () => {
    const values = new Set(spec.operations.flatMap((operation) => operation.permissions ?? []));
    expect(values.size).toBeGreaterThan(SPEC_DATA.full ? 100 : 5);
    const unknown = [...values].filter((value) => scopeRule(value) === undefined);
    expect(unknown).toEqual([]);
  });

  it("are each covered by the full template, unless no OAuth scope grants them", () => {
    const full = buildCloudflareCatalog().templates.at(-1)!.scopes;
    for (const operation of spec.operations) {
      const permission = specPermission(operation.permissions);
      if (!permission) continue;
      const access = operation.method === "GET" ? "read" : "write";
      const verdict = evaluateNeed(scopeNeed(permission, access), full);
      expect(verdict.covered || verdict.ungrantable.length > 0, operation.path).toBe(true);
    }
  });
});
