/**
 * Shapes of the vocabulary data.
 * @module
 */

/** What a request asks to do with a thing, as far as the words say. */
export type Intent = "list" | "get" | "create" | "update" | "delete" | "export" | "import";

/**
 * One meaning, in the words people use and in the words the API and the docs use.
 *
 * - `say`: phrasings people and agents write, lower case, matched as whole words with light
 *   stemming ("teammates" matches "teammate"); put the longer phrasings of a meaning in one entry.
 * - `means`: the words the spec (summaries, paths, setting ids, enum values) and the docs (titles,
 *   headings) use for it. Searches add them to the query, below the user's own words.
 * - `api`: spec product keys (`deriveProduct`) this meaning belongs to.
 * - `docs`: docs product slugs (first URL segment) it belongs to.
 * - `intent`: the action it asks for, when the phrase is a verb.
 */
export interface VocabularyEntry {
  say: readonly string[];
  means?: string;
  api?: readonly string[];
  docs?: readonly string[];
  intent?: Intent;
  /** Counts only when the phrase opens the request: "list" is a verb there, a noun elsewhere. */
  leading?: true;
  /**
   * The products in `api` answer the request whatever else it names: "who deleted the dns
   * record" is answered by the audit log, not by the DNS records it mentions.
   */
  answers?: true;
}

/**
 * A kind of wording rather than a fixed phrase ("every 5 minutes", "shop.example.com"), as a
 * regular expression over the lower-case request.
 */
export interface VocabularyPattern extends Omit<VocabularyEntry, "say"> {
  pattern: RegExp;
  /** Shown in readings and tests. */
  name: string;
}

/**
 * A product as people name it. `api` and `docs` are the keys the searches know it by; `names`
 * are its names (they name the product on their own); `collides` lists ordinary words that stem
 * onto the product's key ("calls", "streaming", "pages") and must not name it alone.
 */
export interface ProductEntry {
  names: readonly string[];
  api?: readonly string[];
  docs?: readonly string[];
  collides?: readonly string[];
  /**
   * Products whose operations answer almost any generic wording (Radar's 200 analytics endpoints,
   * Workers AI's model runs) count only when the request is about them: a name or an entry
   * pointing at the product appears in it.
   */
  gated?: true;
}

/**
 * Phrasings of operations, the way people and agents ask for them, keyed by `METHOD /path` as the
 * spec writes the path template (`GET /zones/{zone_id}/dns_records`). Parameter names do not
 * matter when keys are looked up (`operationKey`), so keys survive renamed path parameters.
 */
export type OperationPhrasings = Readonly<Record<string, readonly string[]>>;
