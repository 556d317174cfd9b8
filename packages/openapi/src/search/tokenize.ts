/**
 * Text to search terms: split identifiers (`dns-records`, `dnsRecords`, `dns_records`), lower-case,
 * drop filler words, and stem lightly so that "records", "record" and "recording" meet.
 * Queries and operations go through the same function, so the stems only need to agree with
 * each other, not be real words.
 * @module
 */

/** Words that carry no meaning in an endpoint search ("cloudflare" is in every request to it). */
const STOPWORDS = new Set(
  [
    "a an the of for to in on at by with and or from into via using use my me i how do does can is are be",
    "this that these those it its your our all cloudflare through went goes going want wants need needs",
    "should would could will just also some any each other than then there here what which who whom when",
    "where why very too more most much many about again please we us they them their im i'm ive dont",
    // The pieces of contractions ("what's", "don't", "we've") once the apostrophe splits them.
    "s t d m ll re ve don doesn didn isn aren wasn won",
  ]
    .join(" ")
    .split(" "),
);

/**
 * The stem of one lower-case word: plural and verb endings removed, then a final "e", so that
 * create/creates/created/creating all become "creat". Words with digits (`r2`, `ipv4`) and
 * words under three letters are left alone; "ips" and "dns" lose their "s" like any plural.
 */
export function stem(word: string): string {
  let w = word;
  if (w.length < 3 || /\d/.test(w)) return w;
  if (w.endsWith("ies") && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith("sses")) w = w.slice(0, -2);
  else if (w.endsWith("s") && !/(ss|us|is)$/.test(w)) w = w.slice(0, -1);
  if (w.endsWith("ing") && w.length > 5) w = w.slice(0, -3);
  else if (w.endsWith("ed") && w.length > 4) w = w.slice(0, -2);
  if (w.endsWith("e") && w.length > 3) w = w.slice(0, -1);
  return w;
}

/** Lower-case words of `text`, identifiers split, nothing removed. */
export function splitWords(text: string): string[] {
  return (
    text
      // "HTTP/3" is one thing (the zone setting is "http3"), unlike "zones/{zone_id}".
      .replace(/\b([A-Za-z]+)\/(\d)\b/g, "$1$2")
      .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
      .replace(/([A-Z]+)([A-Z][a-z])/g, "$1 $2")
      .toLowerCase()
      .split(/[^a-z0-9]+/)
      .filter((word) => word !== "")
  );
}

/** True for a term made only of digits ("3", "1", "2024"): version numbers and ids, not topics. */
export function isNumeric(term: string): boolean {
  return /^\d+$/.test(term);
}

/** Search terms of `text`: split, stop words removed, stemmed. */
export function tokenize(text: string): string[] {
  const terms: string[] = [];
  for (const word of splitWords(text)) if (!STOPWORDS.has(word)) terms.push(stem(word));
  return terms;
}
