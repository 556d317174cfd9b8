/**
 * Shared module sources (a spec, tens of megabytes) kept by content id, so a host sends each
 * only once per sandbox process. Least recently used sources go first past the size bound.
 */

/** Characters of source kept; a spec's in-isolate form is a few megabytes. */
const MAX_CACHED_CHARS = 64 * 1024 * 1024;

export class SharedModuleCache {
  readonly #complete = new Map<string, string>();
  #chars = 0;

  get(id: string): string | undefined {
    const source = this.#complete.get(id);
    if (source !== undefined) {
      // Map order is insertion order: re-inserting marks it most recently used.
      this.#complete.delete(id);
      this.#complete.set(id, source);
    }
    return source;
  }

  /** Ids of shared modules among `modules` that are not cached. */
  missing(modules: Record<string, { shared?: { id: string } } | object>): string[] {
    const ids = new Set<string>();
    for (const module of Object.values(modules)) {
      const shared = (module as { shared?: { id: string } }).shared;
      if (shared && !this.#complete.has(shared.id)) ids.add(shared.id);
    }
    return [...ids];
  }

  put(id: string, source: string): void {
    if (this.#complete.has(id)) return;
    this.#complete.set(id, source);
    this.#chars += source.length;
    for (const [oldId, old] of this.#complete) {
      if (this.#chars <= MAX_CACHED_CHARS || oldId === id) break;
      this.#complete.delete(oldId);
      this.#chars -= old.length;
    }
  }
}
