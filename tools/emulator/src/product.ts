/**
 * The contract a product module (identity, Secrets Store, later AI Gateway, Workers…) fulfils:
 * the SQL tables it owns, how to seed them, and the v4 routes it serves with the permission each
 * one needs. The emulator core wires these together; a product never touches another's tables
 * except through the identity lookups in `auth.ts`.
 */
import type { Db } from "./db";
import type { Behaviour } from "./harness/behaviour";
import type { PermissionGrant } from "./seed/identities";

export type HttpMethod = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

/** The authenticated caller, resolved from a live (active, in-date) API token. */
export interface Principal {
  readonly tokenId: string;
  readonly kind: "user" | "account";
  /** Owner of a user token; `null` for account tokens, which have no user identity. */
  readonly userId: string | null;
  readonly accountIds: readonly string[];
  readonly grant: PermissionGrant;
  readonly notBefore: string | null;
  readonly expiresOn: string | null;
}

export interface RouteContext<P extends Principal | null = Principal> {
  readonly request: Request;
  readonly url: URL;
  /** Decoded path parameters (`:account_id` -> `params.account_id`). */
  readonly params: Readonly<Record<string, string>>;
  readonly db: Db;
  readonly principal: P;
  /** Switches a test set to make the emulator act like one real API or another. */
  readonly behaviour: Behaviour;
}

interface RouteBase {
  readonly method: HttpMethod;
  /** Path below `/client/v4`, with `:name` parameters. */
  readonly path: string;
  /**
   * Permission group the token must hold (`Secrets Store Read`); an `… Edit` grant implies the
   * matching `… Read`. Omit for routes any valid token may call.
   */
  readonly permission?: string;
}

/**
 * Default routes: the dispatcher rejects missing, malformed, unknown and revoked credentials,
 * enforces `permission`, and checks that the token can see `:account_id` before the handler runs.
 */
export interface TokenRoute extends RouteBase {
  readonly auth?: "token";
  handler(ctx: RouteContext<Principal>): Response | Promise<Response>;
}

/**
 * Token-verification routes answer unknown and revoked tokens themselves (401 code 1000), so the
 * handler receives `principal: null` for them. Missing or malformed headers are still rejected.
 */
export interface VerifyRoute extends RouteBase {
  readonly auth: "verify";
  handler(ctx: RouteContext<Principal | null>): Response | Promise<Response>;
}

export type Route = TokenRoute | VerifyRoute;

export interface Product {
  /** Short name shown on the index page and in logs. */
  readonly name: string;
  /** `CREATE TABLE IF NOT EXISTS` / `CREATE INDEX IF NOT EXISTS` statements. */
  readonly schema: readonly string[];
  /** Tables to drop when the schema version changes or on reset. */
  readonly tables: readonly string[];
  /** Inserts the demo data; runs inside the same transaction as the table (re)creation. */
  seed(db: Db): void;
  readonly routes: readonly Route[];
}
