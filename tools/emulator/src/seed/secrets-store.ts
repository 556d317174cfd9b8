/**
 * Seeded Secrets Store demo data with fixed ids, importable through
 * `@repo/emulator/seed/secrets-store`. Acme Corp owns the account's single store
 * ("default_secrets_store", as Cloudflare names the store it creates for an account) holding six
 * secrets; Globex Labs has no store, so creating one there succeeds.
 *
 * The values are obviously fake and only their SHA-256 digest is stored: no endpoint returns
 * a value, so tests may assert that these strings never appear in a response.
 */
import { ACME_ACCOUNT } from "./identities";

export type SecretScope = "workers" | "ai_gateway" | "dex" | "access" | "containers" | "websearch";

export interface SeedStore {
  readonly id: string;
  readonly accountId: string;
  readonly name: string;
  readonly created: string;
  readonly modified: string;
}

export interface SeedSecret {
  readonly id: string;
  readonly storeId: string;
  readonly name: string;
  readonly value: string;
  readonly scopes: readonly SecretScope[];
  readonly comment: string;
  readonly created: string;
  readonly modified: string;
}

export const ACME_STORE: SeedStore = {
  id: "5c7a9e1b3d5f47a9b1c3d5e7f9a1b3c5",
  accountId: ACME_ACCOUNT.id,
  name: "default_secrets_store",
  created: "2025-02-03T10:15:42.118203Z",
  modified: "2025-02-03T10:15:42.118203Z",
};

export const OPENAI_API_KEY: SeedSecret = {
  id: "3fd85f74b32742f1bff64a85009dda07",
  storeId: ACME_STORE.id,
  name: "OPENAI_API_KEY",
  value: "sk-emu-demo-openai-000000000000",
  scopes: ["workers", "ai_gateway"],
  comment: "OpenAI key for the support assistant",
  created: "2025-02-03T10:20:05.402917Z",
  modified: "2025-06-18T08:02:44.730155Z",
};

export const ANTHROPIC_API_KEY: SeedSecret = {
  id: "8a2c4e6f80a24c6e8f0a2c4e6a8c0e2f",
  storeId: ACME_STORE.id,
  name: "ANTHROPIC_API_KEY",
  value: "sk-emu-demo-anthropic-0000000000",
  scopes: ["ai_gateway"],
  comment: "Provider key injected by AI Gateway (BYOK)",
  created: "2025-03-11T16:45:19.006231Z",
  modified: "2025-03-11T16:45:19.006231Z",
};

export const STRIPE_SECRET_KEY: SeedSecret = {
  id: "b7d9f1a3c5e74b9db1f3a5c7e9b1d3f5",
  storeId: ACME_STORE.id,
  name: "STRIPE_SECRET_KEY",
  value: "sk-emu-demo-stripe-00000000000000",
  scopes: ["workers"],
  comment: "Checkout Worker, live mode",
  created: "2025-02-10T12:00:31.551093Z",
  modified: "2025-09-01T07:30:12.009481Z",
};

export const DATABASE_URL: SeedSecret = {
  id: "c1e3a5b7d9f14c3e5a7b9d1f3a5c7e9b",
  storeId: ACME_STORE.id,
  name: "DATABASE_URL",
  value: "postgres://emu:emu-demo-password@db.example.invalid:5432/app",
  scopes: ["workers", "containers"],
  comment: "Primary Postgres (Hyperdrive origin)",
  created: "2025-04-22T09:12:47.830664Z",
  modified: "2025-04-22T09:12:47.830664Z",
};

export const GITHUB_WEBHOOK_SECRET: SeedSecret = {
  id: "d4f6b8a0c2e44d6f8b0a2c4e6f8b0d2a",
  storeId: ACME_STORE.id,
  name: "GITHUB_WEBHOOK_SECRET",
  value: "emu-demo-github-webhook-secret",
  scopes: ["workers"],
  comment: "",
  created: "2025-05-30T18:40:03.274419Z",
  modified: "2025-05-30T18:40:03.274419Z",
};

export const ACCESS_SERVICE_TOKEN: SeedSecret = {
  id: "e9b1d3f5a7c94e1b3d5f7a9c1e3b5d7f",
  storeId: ACME_STORE.id,
  name: "ACCESS_SERVICE_TOKEN",
  value: "emu-demo-access-service-token-secret",
  scopes: ["access", "workers"],
  comment: "Service token for the internal admin app",
  created: "2025-07-14T11:25:58.640072Z",
  modified: "2025-08-02T15:10:21.198734Z",
};

export const STORES: readonly SeedStore[] = [ACME_STORE];

export const SECRETS: readonly SeedSecret[] = [
  OPENAI_API_KEY,
  ANTHROPIC_API_KEY,
  STRIPE_SECRET_KEY,
  DATABASE_URL,
  GITHUB_WEBHOOK_SECRET,
  ACCESS_SERVICE_TOKEN,
];
