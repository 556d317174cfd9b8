// resolveAccount: the order pinned > argument > header > active, and errors that list accounts.
import { describe, expect, it } from "vitest";
import { ToolError } from "../tools/errors";
import { resolveAccount } from "./resolve-account";

const A = { id: "a".repeat(32), name: "A" };
const B = { id: "b".repeat(32), name: "B" };

describe("resolveAccount", () => {
  it("pins the only account and rejects a different argument", () => {
    expect(resolveAccount([A], {})).toBe(A);
    expect(() => resolveAccount([A], { argument: B.id })).toThrow(ToolError);
  });

  it("prefers the argument over the header over the active account", () => {
    expect(resolveAccount([A, B], { argument: B.id, header: A.id, active: A.id })).toBe(B);
    expect(resolveAccount([A, B], { header: B.id, active: A.id })).toBe(B);
    expect(resolveAccount([A, B], { active: B.id })).toBe(B);
  });

  it("ignores a stale active account and lists the choices", () => {
    try {
      resolveAccount([A, B], { active: "gone" });
      expect.unreachable();
    } catch (error) {
      expect((error as ToolError).hint).toContain(`${A.id} (A)`);
      expect((error as ToolError).hint).toContain(`${B.id} (B)`);
    }
  });
});
