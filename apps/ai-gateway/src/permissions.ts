/**
 * The Cloudflare permission group every AI Gateway tool needs. The spec's token groups are
 * "AI Gateway Read" and "AI Gateway Write" (shown as Edit in the dashboard); all tools here read.
 */
export const READ_PERMISSION = "AI Gateway Read";
