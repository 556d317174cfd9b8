// Reads the docs-to-API bridge back from a loaded index, for the endpoint search of the api
// server (`buildSearchIndex(spec, { docs: await readApiLinks(env.DOCS_DB) })`).

import type { ApiLink } from "./extract.ts";

/** Every API call the loaded docs show; [] when the index is empty or predates the bridge. */
export async function readApiLinks(db: D1Database): Promise<ApiLink[]> {
  try {
    const { results } = await db
      .prepare("SELECT method, path, url, title, text FROM docs_api_links")
      .all<{ method: string | null; path: string; url: string; title: string; text: string }>();
    return results.map(({ method, ...rest }) => (method ? { method, ...rest } : rest));
  } catch {
    // An index loaded before migration 0002 has no such table: the search works without it.
    return [];
  }
}
