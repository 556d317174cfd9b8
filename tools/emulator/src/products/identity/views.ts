/**
 * Identity rows and the JSON objects the API returns for them (user, account, membership).
 * Field sets follow the `iam_*` schemas of Cloudflare's OpenAPI document.
 */
import type { Db } from "../../db";

export type AccountRow = { id: string; name: string; type: string; created_on: string };
type UserRow = {
  id: string;
  email: string;
  first_name: string;
  last_name: string;
  created_on: string;
};
type MembershipRow = { id: string; status: string; roles: string; account_id: string };

export function accountView(row: AccountRow): Record<string, unknown> {
  return {
    id: row.id,
    name: row.name,
    type: row.type,
    settings: {
      enforce_twofactor: false,
      api_access_enabled: null,
      access_approval_expiry: null,
      use_account_custom_ns_by_default: false,
      default_nameservers: "cloudflare.standard",
    },
    created_on: row.created_on,
  };
}

/** Accounts among `ids`, sorted by name. */
export function findAccounts(db: Db, ids: readonly string[]): AccountRow[] {
  if (ids.length === 0) return [];
  const placeholders = ids.map(() => "?").join(", ");
  return db.sql
    .exec<AccountRow>(
      `SELECT id, name, type, created_on FROM identity_accounts WHERE id IN (${placeholders}) ORDER BY name`,
      ...ids,
    )
    .toArray();
}

export function findUserView(db: Db, userId: string): Record<string, unknown> | null {
  const row = db.sql
    .exec<UserRow>(
      "SELECT id, email, first_name, last_name, created_on FROM identity_users WHERE id = ?",
      userId,
    )
    .toArray()[0];
  if (!row) return null;
  return {
    id: row.id,
    email: row.email,
    first_name: row.first_name,
    last_name: row.last_name,
    username: row.id,
    telephone: null,
    country: null,
    zipcode: null,
    two_factor_authentication_enabled: false,
    two_factor_authentication_locked: false,
    created_on: row.created_on,
    modified_on: row.created_on,
    organizations: [],
    has_pro_zones: false,
    has_business_zones: false,
    has_enterprise_zones: false,
    suspended: false,
    betas: [],
  };
}

// A Super Administrator membership grants read and write on every legacy permission key.
const FULL_ACCESS = { read: true, write: true };
const MEMBERSHIP_PERMISSION_KEYS = [
  "analytics",
  "billing",
  "cache_purge",
  "dns",
  "dns_records",
  "lb",
  "logs",
  "organization",
  "ssl",
  "waf",
  "zone_settings",
  "zones",
] as const;

/** The user's memberships of the given accounts (in the accounts' order), each embedding its account. */
export function findMembershipViews(
  db: Db,
  userId: string,
  accounts: readonly AccountRow[],
): Record<string, unknown>[] {
  const rows = db.sql
    .exec<MembershipRow>(
      "SELECT id, status, roles, account_id FROM identity_memberships WHERE user_id = ?",
      userId,
    )
    .toArray();
  const byAccount = new Map(rows.map((row) => [row.account_id, row]));
  return accounts.flatMap((account) => {
    const row = byAccount.get(account.id);
    if (!row) return [];
    return [
      {
        id: row.id,
        status: row.status,
        api_access_enabled: null,
        account: accountView(account),
        permissions: Object.fromEntries(
          MEMBERSHIP_PERMISSION_KEYS.map((key) => [key, FULL_ACCESS]),
        ),
        roles: JSON.parse(row.roles) as string[],
      },
    ];
  });
}
