/**
 * Validation of Secrets Store request bodies against the OpenAPI schemas
 * (`createStoreObject`, `createSecretObject[]`, `patchSecretObject`, `duplicateSecretObject`,
 * `deleteSecretsRequest`). Wrong JSON shapes answer `invalid_json_body`; missing or bad fields
 * answer the field-specific error the service uses.
 */
import { SECRETS_STORE_SCOPES } from "@repo/cloudflare-api/enums";
import {
  invalidJsonBody,
  secretNameEmpty,
  secretScopeInvalid,
  secretScopesEmpty,
  secretValueInvalid,
  storeNameEmpty,
} from "./errors";

/** The spec caps a value at 64 KiB (65,536 bytes, UTF-8). */
export const SECRET_VALUE_MAX_BYTES = 65_536;

export interface NewSecret {
  readonly name: string;
  readonly value: string;
  readonly scopes: readonly string[];
  readonly comment: string;
}

export interface SecretPatch {
  readonly value?: string;
  readonly scopes?: readonly string[];
  readonly comment?: string;
}

export interface DuplicateRequest {
  readonly name: string;
  readonly scopes: readonly string[];
  readonly comment?: string;
}

type JsonObject = Record<string, unknown>;

function asObject(body: unknown): JsonObject {
  // Store creation takes one object; an array (what some SDK versions send) is a body error.
  if (typeof body !== "object" || body === null || Array.isArray(body)) throw invalidJsonBody();
  return body as JsonObject;
}

export function parseCreateStore(body: unknown): { name: string } {
  const { name } = asObject(body);
  if (name !== undefined && typeof name !== "string") throw invalidJsonBody();
  if (!name || name.trim() === "") throw storeNameEmpty();
  return { name };
}

export function parseCreateSecrets(body: unknown): NewSecret[] {
  // Secret creation is the opposite of store creation: the body must be an array.
  if (!Array.isArray(body) || body.length === 0) throw invalidJsonBody();
  return body.map((item) => {
    const fields = asObject(item);
    return {
      name: readName(fields.name),
      value: readValue(fields.value),
      scopes: readScopes(fields.scopes),
      comment: readComment(fields.comment) ?? "",
    };
  });
}

export function parsePatchSecret(body: unknown): SecretPatch {
  const fields = asObject(body);
  const patch: { value?: string; scopes?: readonly string[]; comment?: string } = {};
  if (fields.value !== undefined) patch.value = readValue(fields.value);
  if (fields.scopes !== undefined) patch.scopes = readScopes(fields.scopes);
  const comment = readComment(fields.comment);
  if (comment !== undefined) patch.comment = comment;
  return patch;
}

export function parseDuplicate(body: unknown): DuplicateRequest {
  const fields = asObject(body);
  const request: { name: string; scopes: readonly string[]; comment?: string } = {
    name: readName(fields.name),
    scopes: readScopes(fields.scopes),
  };
  const comment = readComment(fields.comment);
  if (comment !== undefined) request.comment = comment;
  return request;
}

export function parseBulkDelete(body: unknown): string[] {
  const { ids } = asObject(body);
  if (!Array.isArray(ids) || ids.length === 0 || !ids.every((id) => typeof id === "string")) {
    throw invalidJsonBody();
  }
  return [...new Set(ids as string[])];
}

export function readScopeList(raw: readonly string[]): string[] {
  for (const scope of raw) {
    if (!(SECRETS_STORE_SCOPES as readonly string[]).includes(scope))
      throw secretScopeInvalid(scope);
  }
  return [...new Set(raw)];
}

function readName(name: unknown): string {
  if (name !== undefined && typeof name !== "string") throw invalidJsonBody();
  if (!name || name.trim() === "") throw secretNameEmpty();
  return name;
}

function readValue(value: unknown): string {
  if (typeof value !== "string" || value === "") throw secretValueInvalid();
  if (new TextEncoder().encode(value).byteLength > SECRET_VALUE_MAX_BYTES)
    throw secretValueInvalid();
  return value;
}

function readScopes(scopes: unknown): string[] {
  if (scopes === undefined || (Array.isArray(scopes) && scopes.length === 0)) {
    throw secretScopesEmpty();
  }
  if (!Array.isArray(scopes) || !scopes.every((s) => typeof s === "string")) {
    throw invalidJsonBody();
  }
  return readScopeList(scopes as string[]);
}

function readComment(comment: unknown): string | undefined {
  if (comment === undefined || comment === null) return undefined;
  if (typeof comment !== "string") throw invalidJsonBody();
  return comment;
}
