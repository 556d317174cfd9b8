/**
 * OAuth scope templates of the api server. Its tools reach every product, so the templates are
 * declared here instead of derived from tool permissions: the consent page offers them, and the
 * upstream token only carries what the user granted (the API itself refuses the rest with 10000).
 * A read-only grant also makes `execute` refuse non-GET requests before they are sent.
 */
const READ = [
  "user:read",
  "account:read",
  "workers:read",
  "workers_builds:read",
  "secrets_store:read",
  "aig:read",
] as const;

const WRITE = [
  "workers:write",
  "workers_builds:write",
  "secrets_store:write",
  "aig:write",
] as const;

export const API_SCOPE_TEMPLATES = {
  "read-only": [...READ],
  default: [...READ, ...WRITE],
  full: [...READ, ...WRITE, "workers_scripts:write"],
};
