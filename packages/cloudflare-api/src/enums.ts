/**
 * `@repo/cloudflare-api/enums`: value lists of the Cloudflare API that the servers (their tool
 * input schemas) and the emulator (its request validation) must both follow, written once. Each is
 * copied from the product's OpenAPI spec, in the spec's order.
 */

/** AI Gateway logs: the `order_by` keys of the list endpoint (`aig-config-list-gateway-logs`). */
export const AI_GATEWAY_LOG_ORDERS = [
  "created_at",
  "provider",
  "model",
  "model_type",
  "success",
  "cached",
  "cost",
  "tokens_in",
  "tokens_out",
  "duration",
  "feedback",
] as const;

/** Secrets Store: the services that may read a secret (a secret's `scopes`). */
export const SECRETS_STORE_SCOPES = [
  "workers",
  "ai_gateway",
  "dex",
  "access",
  "containers",
  "websearch",
] as const;
