/**
 * Permissions the Workers Builds tools need, and next steps for the API errors they can meet.
 * The spec's token groups are "Workers Scripts Read/Write" and "Workers CI Read/Write"; the
 * dashboard calls them "Workers Scripts" and "Workers Builds Configuration" (Read / Edit).
 */

export const SCRIPTS_READ = "Workers Scripts Read";
export const BUILDS_READ = "Workers Builds Configuration Read";
export const BUILDS_EDIT = "Workers Builds Configuration Edit";

/** Build tools resolve Worker names through the scripts list, so they need both reads. */
export const BUILDS_READ_WITH_SCRIPTS = `${BUILDS_READ} and ${SCRIPTS_READ}`;

export const BUILD_ERROR_HINTS: Readonly<Record<number, string>> = {
  12000:
    "No build or trigger with that UUID in this account. Call builds_list with the Worker's name for current build UUIDs.",
  12002:
    "The API rejected the request; its message says which field. Check build UUIDs with builds_list.",
};

export const SCRIPT_ERROR_HINTS: Readonly<Record<number, string>> = {
  10007: "No Worker with that name in this account. Call workers_list for the exact names.",
};
