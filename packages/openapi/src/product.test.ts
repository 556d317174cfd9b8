// Product keys derived from paths (and tags when the path has none).
import { describe, expect, it } from "vitest";
import { deriveProduct, normalizeProductKey } from "./product.ts";

describe("deriveProduct", () => {
  it.each([
    ["/accounts/{account_id}/secrets_store/stores", "secrets_store"],
    ["/accounts/{account_id}/secrets_store/stores/{store_id}/secrets", "secrets_store"],
    ["/zones/{zone_id}/dns_records", "dns_records"],
    ["/accounts/{account_id}/workers/scripts/{script_name}", "workers"],
    ["/zones/{zone_identifier}/workers/routes", "workers"],
    ["/accounts/{account_id}/ai-gateway/gateways", "ai_gateway"],
    ["/accounts/{account_id}/builds/builds/{build_uuid}", "builds"],
    ["/accounts/{account_id}/storage/kv/namespaces", "kv"],
    ["/radar/http/summary/bot_class", "radar"],
    ["/user/tokens/verify", "tokens"],
    ["/zones/{zone_id}", "zones"],
    ["/zones", "zones"],
    ["/accounts/{account_id}", "accounts"],
    ["/user", "user"],
    ["/ips", "ips"],
  ])("%s -> %s", (path, product) => {
    expect(deriveProduct(path)).toBe(product);
  });

  it("falls back to the first tag, then to 'other'", () => {
    expect(deriveProduct("/{tenant}", ["Tenant Settings"])).toBe("tenant_settings");
    expect(deriveProduct("/")).toBe("other");
  });
});

describe("normalizeProductKey", () => {
  it("accepts the spellings a user may type", () => {
    expect(normalizeProductKey("Secrets-Store")).toBe("secrets_store");
    expect(normalizeProductKey(" AI Gateway ")).toBe("ai_gateway");
  });
});
