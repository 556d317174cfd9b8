/**
 * Every product the emulator serves, in seeding order. Add a product module here (and bump
 * `SCHEMA_VERSION` in `storage.ts` if existing tables change).
 */
import type { Product } from "../product";
import { aiGatewayProduct } from "./ai-gateway";
import { identityProduct } from "./identity";
import { oauthProduct } from "./oauth";
import { secretsStoreProduct } from "./secrets-store";
import { workersBuildsProduct } from "./workers-builds";
import { zonesProduct } from "./zones";

export const PRODUCTS: readonly Product[] = [
  identityProduct,
  secretsStoreProduct,
  workersBuildsProduct,
  aiGatewayProduct,
  zonesProduct,
  oauthProduct,
];
