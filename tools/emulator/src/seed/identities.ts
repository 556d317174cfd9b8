/**
 * The seeded user, accounts and API tokens of the emulator: the fixed values of
 * docs/local-contract.md. Plain data with no Worker imports, so other packages' tests can import
 * it through `@repo/emulator/identities`.
 */

/** What a token may do: every permission, only `… Read` permissions, or an explicit list. */
export type PermissionGrant = "all" | "read" | readonly string[];

export interface SeedUser {
  readonly id: string;
  readonly email: string;
  readonly firstName: string;
  readonly lastName: string;
  readonly createdOn: string;
}

export interface SeedAccount {
  readonly id: string;
  readonly name: string;
  readonly createdOn: string;
  /** Id of the seeded user's membership of this account. */
  readonly membershipId: string;
}

export interface SeedToken {
  /** Token identifier tag returned by the verify endpoints (not the secret). */
  readonly id: string;
  /** The Bearer value clients send. */
  readonly value: string;
  readonly name: string;
  /** User API token (owned by the user) or Account API token (owned by one account). */
  readonly kind: "user" | "account";
  /** `disabled` tokens are rejected everywhere exactly like unknown tokens. */
  readonly status: "active" | "disabled";
  readonly accountIds: readonly string[];
  readonly permissions: PermissionGrant;
  readonly notBefore?: string;
  readonly expiresOn?: string;
}

export const USER: SeedUser = {
  id: "7c5dae5552338874e5053f2534d2767a",
  email: "dev@example.com",
  firstName: "Dev",
  lastName: "Example",
  createdOn: "2024-01-15T09:30:00.000000Z",
};

export const ACME_ACCOUNT: SeedAccount = {
  id: "023e105f4ecef8ad9ca31a8372d0c353",
  name: "Acme Corp",
  createdOn: "2024-01-15T09:31:12.000000Z",
  membershipId: "4536bcfad5faccb111b47003c79917fa",
};

export const GLOBEX_ACCOUNT: SeedAccount = {
  id: "9a7806061c88ada191ed06f989cc3dac",
  name: "Globex Labs",
  createdOn: "2024-06-03T14:05:47.000000Z",
  membershipId: "d3f1b7a2c9e84f5a8b6c0e1d2f3a4b5c",
};

export const ACCOUNTS: readonly SeedAccount[] = [ACME_ACCOUNT, GLOBEX_ACCOUNT];

export const USER_TOKEN: SeedToken = {
  id: "ed17574386854bf78a67040be0a770b0",
  value: "cfemu_user_token",
  name: "Emulator user token (all permissions)",
  kind: "user",
  status: "active",
  accountIds: [ACME_ACCOUNT.id, GLOBEX_ACCOUNT.id],
  permissions: "all",
};

export const ACCOUNT_TOKEN: SeedToken = {
  id: "a1c3e5f7091b2d4f6a8c0e2f4b6d8f01",
  value: "cfemu_account_token",
  name: "Emulator account token (Acme Corp, all permissions)",
  kind: "account",
  status: "active",
  accountIds: [ACME_ACCOUNT.id],
  permissions: "all",
};

export const READONLY_TOKEN: SeedToken = {
  id: "b2d4f6a8c0e24f6b8d0f2a4c6e8b0d13",
  value: "cfemu_readonly_token",
  name: "Emulator read-only user token",
  kind: "user",
  status: "active",
  accountIds: [ACME_ACCOUNT.id, GLOBEX_ACCOUNT.id],
  permissions: "read",
  notBefore: "2024-01-15T00:00:00Z",
  expiresOn: "2036-01-01T00:00:00Z",
};

export const INVALID_TOKEN: SeedToken = {
  id: "c3e5a7b9d1f34a6c8e0b2d4f6a8c0e25",
  value: "cfemu_invalid_token",
  name: "Emulator revoked token",
  kind: "user",
  status: "disabled",
  accountIds: [ACME_ACCOUNT.id, GLOBEX_ACCOUNT.id],
  permissions: "all",
};

export const TOKENS: readonly SeedToken[] = [
  USER_TOKEN,
  ACCOUNT_TOKEN,
  READONLY_TOKEN,
  INVALID_TOKEN,
];
