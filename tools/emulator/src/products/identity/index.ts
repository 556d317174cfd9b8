/** Identity product: users, accounts, memberships and API tokens. */
import type { Product } from "../../product";
import { IDENTITY_ROUTES } from "./routes";
import { IDENTITY_SCHEMA, IDENTITY_TABLES, seedIdentity } from "./schema";

export const identityProduct: Product = {
  name: "identity",
  schema: IDENTITY_SCHEMA,
  tables: IDENTITY_TABLES,
  seed: seedIdentity,
  routes: IDENTITY_ROUTES,
};
