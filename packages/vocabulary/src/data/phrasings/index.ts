/**
 * Phrasings of operations (`OperationPhrasings`): what people say when they want an operation,
 * for the operations of the most used products. A search can index them with the operation, as
 * words the operation answers to. Written from how people talk about Cloudflare, blind to the
 * evaluation sets.
 * @module
 */
import type { OperationPhrasings } from "../../types.ts";
import { ACCOUNT_PHRASINGS } from "./account.ts";
import { DEVELOPER_PHRASINGS } from "./developer.ts";
import { INSIGHT_PHRASINGS } from "./insights.ts";
import { NETWORK_PHRASINGS } from "./network.ts";
import { SECURITY_PHRASINGS } from "./security.ts";
import { SITE_PHRASINGS } from "./sites.ts";
import { ZERO_TRUST_PHRASINGS } from "./zero-trust.ts";
import { ZONE_SETTING_OPERATION_PHRASINGS, ZONE_SETTING_PHRASINGS } from "./zone-settings.ts";

/** The phrasing tables, by area (each key belongs to exactly one). */
export const PHRASING_TABLES: readonly OperationPhrasings[] = [SITE_PHRASINGS, ZONE_SETTING_OPERATION_PHRASINGS, DEVELOPER_PHRASINGS, SECURITY_PHRASINGS, NETWORK_PHRASINGS, ZERO_TRUST_PHRASINGS, ACCOUNT_PHRASINGS, INSIGHT_PHRASINGS];

export { ZONE_SETTING_PHRASINGS };

/**
 * The lookup key of an operation: method and path with parameter names left out,
 * `GET /zones/{}/dns_records`.
 */
export function operationKey(method: string, path: string): string {
  return `${method.toUpperCase()} ${path.replace(/\{[^}]*\}/g, "{}").replace(/\/+$/, "")}`;
}

const BY_KEY = new Map<string, readonly string[]>();
for (const table of PHRASING_TABLES) {
  for (const [key, phrasings] of Object.entries(table)) {
    const [method = "", path = ""] = key.split(" ");
    BY_KEY.set(operationKey(method, path), phrasings);
  }
}

/** Every operation with phrasings, by lookup key (`operationKey`). */
export const OPERATION_PHRASINGS: ReadonlyMap<string, readonly string[]> = BY_KEY;

/** What people say when they want the operation `method path`; [] when the data has nothing. */
export function phrasingsOf(method: string, path: string): readonly string[] {
  return BY_KEY.get(operationKey(method, path)) ?? [];
}
