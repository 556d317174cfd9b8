/**
 * Zod field schemas shared by the Secrets Store tools. Each one carries the description the model
 * reads in `tools/list`; constraints mirror the Secrets Store OpenAPI spec and stay loose where the
 * spec is silent, so the API (not this server) decides what a valid name is.
 */
import { SECRETS_STORE_SCOPES } from "@repo/cloudflare-api/enums";
import { z } from "@repo/mcp-kit";

/** A service that may read a secret, as the API's `scopes` enum lists them. */
export type SecretScope = (typeof SECRETS_STORE_SCOPES)[number];

/**
 * Cloudflare object ids are 32 hex characters. Checking the shape before any request keeps
 * `.`, `..`, slashes and lone surrogates out of URL paths, where they would change the path or
 * fail to encode.
 */
const HEX_ID = /^[0-9a-fA-F]{32}$/;

export const StoreIdSchema = z
  .string()
  .regex(HEX_ID, "A store id is 32 hex characters; get it from secrets_store_stores_list.")
  .describe("Store id (32 hex characters), as returned by secrets_store_stores_list.");

export const StoreNameSchema = z
  .string()
  .min(1)
  .max(255)
  .describe("Name of the store, e.g. `default_secrets_store` or `service_x_keys`.");

export const SecretIdSchema = z
  .string()
  .regex(HEX_ID, "A secret id is 32 hex characters; get it from secrets_store_secrets_list.")
  .describe("Secret id (32 hex characters), as returned by secrets_store_secrets_list.");

export const SecretIdsSchema = z
  .array(SecretIdSchema)
  .min(1)
  .max(100)
  .describe("Ids of the secrets to delete (1 to 100), as returned by secrets_store_secrets_list.");

export const SecretNameSchema = z
  .string()
  .min(1)
  .max(255)
  .describe("Secret name, unique within the store, e.g. `OPENAI_API_KEY`.");

export const SecretValueSchema = z
  .string()
  .min(1)
  .max(65_536)
  .describe(
    "The secret value (at most 64 KiB). Write-only: it is sent to Cloudflare and never shown again by any tool.",
  );

export const SecretScopeSchema = z
  .enum(SECRETS_STORE_SCOPES)
  .describe(
    "A service allowed to use the secret: workers, ai_gateway, dex, access, containers or websearch.",
  );

export const SecretScopesSchema = z
  .array(SecretScopeSchema)
  .min(1)
  .describe(
    'Services that may use the secret, e.g. ["workers"]. A Worker binding only resolves secrets scoped to "workers".',
  );

export const SecretCommentSchema = z
  .string()
  .max(1024)
  .describe(
    "Free-form note about the secret (what it is for, who owns it). Never put the value here.",
  );

export const DirectionSchema = z
  .enum(["asc", "desc"])
  .optional()
  .describe("Sort direction. Default desc (newest first when ordering by created).");

export const StoreOrderSchema = z
  .enum(["name", "created", "modified"])
  .optional()
  .describe("Field to order stores by. Default created.");

export const SecretOrderSchema = z
  .enum(["name", "comment", "created", "modified", "status"])
  .optional()
  .describe("Field to order secrets by. Default created.");

export const SecretSearchSchema = z
  .string()
  .min(1)
  .max(255)
  .optional()
  .describe("Only secrets whose name or comment contains this text.");

export const SecretScopesFilterSchema = z
  .array(SecretScopeSchema)
  .min(1)
  .optional()
  .describe('Only secrets that have these scopes, e.g. ["workers"].');
