/**
 * Permissions the Workers Builds tools need, and next steps for the API errors they can meet.
 * The spec's token groups are "Workers Scripts Read/Write" and "Workers CI Read/Write"; the
 * dashboard calls them "Workers Scripts" and "Workers Builds Configuration" (Read / Edit).
 */
import type { ErrorHint } from "@repo/mcp-kit";

export const SCRIPTS_READ = "Workers Scripts Read";
export const BUILDS_READ = "Workers Builds Configuration Read";
export const BUILDS_EDIT = "Workers Builds Configuration Edit";

/** Build tools resolve Worker names through the scripts list, so they need both reads. */
export const BUILDS_READ_WITH_SCRIPTS = { allOf: [BUILDS_READ, SCRIPTS_READ] };

/** Next steps for the Workers and Builds error codes any tool of this server can meet. */
export const ERROR_HINTS: readonly ErrorHint[] = [
  {
    code: 12000,
    hint: "No build or trigger with that UUID in this account. Call workers_builds_builds_list with the Worker's name for current build UUIDs.",
  },
  {
    code: 12002,
    hint: "The API rejected the request; its message says which field. Check build UUIDs with workers_builds_builds_list.",
  },
  {
    code: 10007,
    hint: "No Worker with that name in this account. Call workers_builds_workers_list for the exact names.",
  },
];
