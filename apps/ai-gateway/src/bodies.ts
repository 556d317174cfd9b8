/**
 * Text helpers for log bodies: one-line previews, bounded slices of long bodies, and a window
 * around a match. Reading who said what per provider format lives in conversation/.
 */

/** One line, at most `max` characters (an ellipsis marks a cut). */
export function preview(text: string, max = 160): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1)}…`;
}

/** `max` characters of `text` from `offset`, and where the next read starts. */
export function sliceText(
  text: string,
  offset: number,
  max: number,
): { text: string; total: number; nextOffset: number | null } {
  const piece = text.slice(offset, offset + max);
  const end = offset + piece.length;
  return { text: piece, total: text.length, nextOffset: end < text.length ? end : null };
}

/** A window of about `radius` characters either side of the first match of `needle`. */
export function snippet(text: string, needle: string, radius = 70): string | undefined {
  const at = text.toLowerCase().indexOf(needle.toLowerCase());
  if (at < 0) return undefined;
  const start = Math.max(0, at - radius);
  const end = Math.min(text.length, at + needle.length + radius);
  const flat = text.slice(start, end).replace(/\s+/g, " ");
  return `${start > 0 ? "…" : ""}${flat}${end < text.length ? "…" : ""}`;
}
