/** Compatibility date of every Dynamic Worker and of the local sandbox process. */
export const COMPATIBILITY_DATE = "2026-08-01";
