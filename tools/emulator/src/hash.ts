/**
 * SHA-256 digests for the credentials the emulator must recognise but never keep in clear:
 * API token values and Secrets Store secret values.
 * `node:crypto` (via `nodejs_compat`) is used because its digest is synchronous, which keeps
 * every storage write inside one synchronous SQLite transaction.
 */
import { createHash } from "node:crypto";

export function sha256Hex(value: string): string {
  return createHash("sha256").update(value, "utf8").digest("hex");
}
