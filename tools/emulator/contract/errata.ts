/**
 * Where the official per-product spec (../shared/data/product-specs, 2026-10) and the API as it
 * answers differ, or where the spec cannot be taken literally. Each entry says what the emulator
 * does about it; the contract tests check both sides (test/contract-errata.test.ts).
 */

export interface Erratum {
  readonly id: string;
  /** `METHOD /path/template` as the spec writes it, or `*` for every operation. */
  readonly operation: string;
  readonly spec: string;
  readonly live: string;
  readonly source: string;
  readonly emulator: string;
}

const SECRETS = "/accounts/{account_id}/secrets_store/stores";

export const ERRATA: readonly Erratum[] = [
  {
    id: "secrets-store-patch-value",
    operation: `PATCH ${SECRETS}/{store_id}/secrets/{secret_id}`,
    spec: "patchSecretObject has `value` (with `comment` and `scopes`), so a PATCH may change a value in place.",
    live: "The live API refuses `value` in PATCH with 400 code 1001; `comment` and `scopes` patch fine. A value changes only by deleting and recreating the secret (or duplicating it).",
    source:
      "Issue #16's run of the servers against an independent Cloudflare-compatible API, and the field notes in the project's seed docs; the error message wording is not documented (the emulator answers `invalid_json_body`).",
    emulator:
      "Switch `secrets_store.patch_value`: `accept` (the spec, default) or `refuse` (the live API).",
  },
  {
    id: "secrets-store-create-store-body",
    operation: `POST ${SECRETS}`,
    spec: "createStoreObject: one object `{ name }` (SDKs generated from earlier revisions of the spec modelled an array `[{ name }]`).",
    live: "The live API takes the object and refuses the array with 400 code 1001 `invalid_json_body`. Secret creation, on the neighbouring path, does take an array.",
    source:
      "cloudflare/cloudflare-go#4244 and alchemy-run/alchemy#131 (the array body answered `1001 invalid_json_body`; the object worked); the spec's createStoreObject.",
    emulator: "Accepts the object and refuses an array with 400 1001, both tested.",
  },
  {
    id: "secrets-store-bulk-delete-body",
    operation: `DELETE ${SECRETS}/{store_id}/secrets`,
    spec: "deleteSecretsRequest: `{ ids: [...] }`, answered 202.",
    live: "Issue #16's run saw 400 code 1001 `invalid_json_body` for several ids sent this way, while deleting them one by one worked.",
    source: "Issue #16 (independent Cloudflare-compatible API).",
    emulator:
      "Follows the spec; tests inject the live refusal with `POST /__emulator/faults` to check that servers fall back to one-by-one deletes.",
  },
  {
    id: "secrets-store-non-empty-store-delete",
    operation: `DELETE ${SECRETS}/{store_id}`,
    spec: "A store that still holds secrets is refused with 409 `store_not_empty` unless `force=true`.",
    live: "Issue #16's run met an API that deleted a non-empty store without `force`, taking its 5 secrets with it.",
    source: "Issue #16; the spec's `secrets-store-delete-by-id` description.",
    emulator:
      "Switch `secrets_store.non_empty_store_delete`: `refuse` (the spec, default) or `cascade`, so servers can prove they check emptiness before any DELETE.",
  },
  {
    id: "nullable-enum",
    operation: "*",
    spec: "Nullable fields are written `type: [X, 'null']`, but an `enum`, `allOf` or `$ref` beside that type does not allow `null` (AI Gateway `rate_limiting_technique`, `log_management_strategy`; Builds `build_outcome`), which JSON Schema reads as 'never null'.",
    live: "The API returns `null` for such fields when unset (a queued build has no outcome yet).",
    source:
      "product-specs/README.md: the files are the OpenAPI 3.2 form of specs written with `nullable: true`; OpenAPI 3.0.3 notes that `nullable` does not extend an enum or a referenced schema, a detail the conversion dropped.",
    emulator: "The contract validator reads such a schema as `anyOf: [null, the rest]`.",
  },
  {
    id: "untyped-object",
    operation: "*",
    spec: "Some object schemas give `properties` and `required` without `type: object` (Secrets Store createStoreObject, createSecretObject, patchSecretObject, duplicateSecretObject), so JSON Schema would accept an array or a string in their place.",
    live: "The API refuses anything but an object there with 400 code 1001 `invalid_json_body`.",
    source:
      "The Secrets Store spec's request schemas; the live refusal as in `secrets-store-create-store-body`.",
    emulator:
      "The contract validator reads such schemas as objects; the emulator refuses other shapes.",
  },
  {
    id: "builds-envelope-result",
    operation: "*",
    spec: "`builds_APIResponse` types `result` as `object | null`, and list operations combine it by `allOf` with `result: array`, which no response can satisfy.",
    live: "Lists answer an array `result`, as the operations' own schemas say.",
    source: "The spec's `listBuildsByScript` and `listTriggersByScript` responses.",
    emulator: "The contract validator leaves `result` to the operation's own schema.",
  },
  {
    id: "ai-gateway-no-rate-limit",
    operation: "GET /accounts/{account_id}/ai-gateway/gateways/{id}",
    spec: "`rate_limiting_interval`, `rate_limiting_limit` and `rate_limiting_technique` are nullable.",
    live: "A gateway without rate limiting answers interval 0, limit 0, technique `fixed` (shown as `0 per 0s (fixed)` by a server that took it literally).",
    source: "Issue #16's run against an independent Cloudflare-compatible API.",
    emulator:
      "Seeds both forms: `docs-summarizer` with nulls, `assistants` and `batch-jobs` with 0, 0, `fixed`.",
  },
  {
    id: "builds-trigger-missing-404",
    operation: "POST /accounts/{account_id}/builds/triggers/{trigger_uuid}/builds",
    spec: "Documents only 200 and 401, although the trigger in the path may not exist.",
    live: "An unknown trigger answers 404 with the Builds error envelope (`12000 Not found`), as the builds endpoints document.",
    source: "The Builds spec's `builds_NotFound` response on `getBuildByUuid` and `getBuildLogs`.",
    emulator:
      "Answers 404 `builds_ErrorResponse`; the contract test validates it against that component.",
  },
  {
    id: "failure-allof-success",
    operation: "*",
    spec: "Some error responses (the full spec's `/user`, `/accounts`, `/memberships` 4XX) are `allOf` the success envelope (`success: true`) and the failure envelope (`success: false`), which no body can satisfy.",
    live: "Errors answer the failure envelope: `success: false`, the errors, `result: null`.",
    source: "The full spec's (2024-08) 4XX schemas of the identity operations.",
    emulator: "The contract validator checks error responses against the failure part alone.",
  },
  {
    id: "account-token-verify-not-in-specs",
    operation: "*",
    spec: "Neither the per-product specs nor the full spec we hold (2024-08) has `GET /accounts/{account_id}/tokens/verify`, which account-owned API tokens answer instead of `/user/tokens/verify`.",
    live: "The endpoint answers like `/user/tokens/verify` (`{ id, status }`) for tokens the account owns.",
    source:
      "Cloudflare's API token docs (account-owned tokens) and packages/auth/src/api-token/verify.ts.",
    emulator:
      "Serves it with the `/user/tokens/verify` shape; the identity contract test checks that shape itself.",
  },
  {
    id: "ai-gateway-error-result",
    operation: "GET /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/logs",
    spec: "The 400 schema requires `result` and types it as an object, unlike the v4 envelope's `result: null`.",
    live: "Not observed directly.",
    source:
      "The spec's 400 response of `aig-config-list-gateway-logs` and `aig-config-list-gateway`.",
    emulator: "AI Gateway validation errors (7001) carry `result: {}`; every other error `null`.",
  },
];
