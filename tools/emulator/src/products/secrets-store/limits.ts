/**
 * Plan limits the emulated account has. Cloudflare currently allows one store per account
 * (a second create answers `maximum_stores_exceeded`) and meters secrets per account; 100 is
 * the emulator's stand-in for the quota the `/quota` endpoint reports.
 */
export const STORES_PER_ACCOUNT = 1;
export const SECRETS_PER_ACCOUNT = 100;

/** `page`/`per_page` bounds from the spec's `secrets-store_per_page` parameter. */
export const SECRETS_STORE_PAGE_LIMITS = { defaultPerPage: 20, minPerPage: 1, maxPerPage: 100 };
