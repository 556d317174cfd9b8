/**
 * A record of the API requests the emulator served, so a test can check what a server sent: how
 * many requests a tool used, that no DELETE went out, that a body matches the official request
 * schema. Kept in memory (the newest {@link JOURNAL_LIMIT}); reset and `DELETE
 * /__emulator/requests` empty it.
 *
 * Secret values never enter the journal: every string under a `value` key is replaced by as many
 * `*` as it had characters, which keeps its type and length for schema checks.
 */

export const JOURNAL_LIMIT = 2_000;

export interface JournalEntry {
  readonly seq: number;
  readonly method: string;
  /** Path below `/client/v4`. */
  readonly path: string;
  /** Query string without the `?` ("" when none). */
  readonly query: string;
  /** The matched route pattern (`/accounts/:account_id/...`), or `null` when none matched. */
  readonly route: string | null;
  readonly status: number;
  /** Request body: parsed JSON (values masked), or `null` when absent or not JSON. */
  readonly body: unknown;
  readonly content_type: string | null;
}

export class Journal {
  #entries: JournalEntry[] = [];
  #seq = 0;

  record(entry: Omit<JournalEntry, "seq">): void {
    this.#seq++;
    this.#entries.push({ seq: this.#seq, ...entry });
    if (this.#entries.length > JOURNAL_LIMIT) this.#entries.shift();
  }

  /** Entries after `since` (a `seq`), oldest first. */
  list(since = 0): readonly JournalEntry[] {
    return this.#entries.filter((entry) => entry.seq > since);
  }

  clear(): void {
    this.#entries = [];
  }
}

/** Reads a request body for the journal without consuming the original request. */
export async function journalBody(
  request: Request,
): Promise<{ body: unknown; contentType: string | null }> {
  const contentType = request.headers.get("content-type");
  if (!request.body || request.method === "GET") return { body: null, contentType };
  if (!contentType?.includes("json")) return { body: null, contentType };
  const text = await request.clone().text();
  try {
    return { body: maskValues(JSON.parse(text)), contentType };
  } catch {
    return { body: null, contentType };
  }
}

function maskValues(data: unknown): unknown {
  if (Array.isArray(data)) return data.map(maskValues);
  if (typeof data !== "object" || data === null) return data;
  return Object.fromEntries(
    Object.entries(data).map(([key, item]) => [
      key,
      key === "value" && typeof item === "string" ? "*".repeat(item.length) : maskValues(item),
    ]),
  );
}
