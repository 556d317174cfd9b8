// Scope: adding a generated product module to the emulator's registry source.
import { describe, expect, it } from "vitest";
import { deriveNames } from "../src/names.ts";
import { registerProduct } from "../src/register-emulator.ts";

const REGISTRY = `/**
 * Every product the emulator serves.
 */
import type { Product } from "../product";
import { aiGatewayProduct } from "./ai-gateway";
import { identityProduct } from "./identity";
import { secretsStoreProduct } from "./secrets-store";

export const PRODUCTS: readonly Product[] = [
  identityProduct,
  secretsStoreProduct,
  aiGatewayProduct,
];
`;

describe("registerProduct", () => {
  it("adds the import in path order and the product at the end of PRODUCTS", () => {
    expect(registerProduct(REGISTRY, deriveNames("demo-product"))).toBe(`/**
 * Every product the emulator serves.
 */
import type { Product } from "../product";
import { aiGatewayProduct } from "./ai-gateway";
import { demoProductProduct } from "./demo-product";
import { identityProduct } from "./identity";
import { secretsStoreProduct } from "./secrets-store";

export const PRODUCTS: readonly Product[] = [
  identityProduct,
  secretsStoreProduct,
  aiGatewayProduct,
  demoProductProduct,
];
`);
  });

  it("appends the import after the last one when its path sorts last", () => {
    const source = registerProduct(REGISTRY, deriveNames("zero-trust"));
    expect(source).toContain(
      'import { secretsStoreProduct } from "./secrets-store";\nimport { zeroTrustProduct } from "./zero-trust";\n',
    );
  });

  it("refuses a product that is already registered", () => {
    expect(() => registerProduct(REGISTRY, deriveNames("identity"))).toThrow(
      'already registers a module from "./identity"',
    );
  });

  it("asks for a manual edit when the registry has another shape", () => {
    expect(() => registerProduct("export const PRODUCTS = [];", deriveNames("x"))).toThrow(
      "add the product there by hand",
    );
  });
});
