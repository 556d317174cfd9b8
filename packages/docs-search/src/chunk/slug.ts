// Heading anchors as the docs site derives them (GitHub-style slugs), so passage URLs can link to
// the section with `#anchor`.

/**
 * Slugs a heading's plain text: lower case, punctuation removed, spaces become hyphens.
 * Letters, digits, marks, underscores and hyphens are kept, as GitHub-style sluggers do.
 */
export function slugifyHeading(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, "")
    .replace(/ /g, "-");
}

/**
 * Returns a slugger for one page: a repeated heading gets `-1`, `-2`… appended, matching the
 * anchors the site generates for duplicate headings.
 */
export function createSlugger(): (text: string) => string {
  const seen = new Map<string, number>();
  return function uniqueSlug(text: string): string {
    const base = slugifyHeading(text);
    let slug = base;
    let count = seen.get(base) ?? 0;
    while (seen.has(slug)) {
      count++;
      slug = `${base}-${count}`;
    }
    seen.set(base, count);
    seen.set(slug, 0);
    return slug;
  };
}
