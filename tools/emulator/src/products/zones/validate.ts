/**
 * Validates a DNS record body (create, overwrite, or a partial update merged onto the current
 * record). Names may be given relative (`www`, `@`) or in full; they must end in the zone.
 */
import { invalidRecord } from "./errors";
import { isProxiable } from "./views";

export const RECORD_TYPES = ["A", "AAAA", "CNAME", "MX", "TXT", "NS", "CAA", "SRV"] as const;

export interface RecordInput {
  type: string;
  name: string;
  content: string;
  ttl: number;
  proxied: boolean;
  priority: number | null;
  comment: string | null;
  tags: string[];
}

const IPV4 = /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/;
const HOSTNAME =
  /^(?=.{1,253}$)([a-z0-9_]([a-z0-9-_]{0,61}[a-z0-9_])?\.)*[a-z0-9_]([a-z0-9-_]{0,61}[a-z0-9_])?\.?$/i;

/** `base` is the current record for PATCH, absent for POST and PUT. */
export function parseRecord(body: unknown, zoneName: string, base?: RecordInput): RecordInput {
  if (typeof body !== "object" || body === null || Array.isArray(body)) {
    throw invalidRecord(9207, "Request body is invalid.");
  }
  const input = body as Record<string, unknown>;
  const pick = <T>(key: string, fallback: T): unknown => (key in input ? input[key] : fallback);
  const type = pick("type", base?.type);
  if (typeof type !== "string" || !(RECORD_TYPES as readonly string[]).includes(type)) {
    throw invalidRecord(9004, `Invalid type. Use one of ${RECORD_TYPES.join(", ")}.`);
  }
  const name = fullName(pick("name", base?.name), zoneName);
  const content = pick("content", base?.content);
  if (typeof content !== "string" || content.trim() === "") {
    throw invalidRecord(9005, "Content for the record is missing.");
  }
  checkContent(type, content);
  const ttl = pick("ttl", base?.ttl ?? 1);
  if (
    typeof ttl !== "number" ||
    !(ttl === 1 || (Number.isInteger(ttl) && ttl >= 60 && ttl <= 86400))
  ) {
    throw invalidRecord(
      9021,
      "Invalid TTL. Must be between 60 and 86400 seconds, or 1 for Automatic.",
    );
  }
  const proxied = pick("proxied", base?.proxied ?? false);
  if (typeof proxied !== "boolean") throw invalidRecord(9003, "proxied must be a boolean.");
  if (proxied && !isProxiable(type)) {
    throw invalidRecord(9004, `${type} records cannot be proxied.`);
  }
  const priority = pick("priority", base?.priority ?? null);
  if (
    (type === "MX" || type === "SRV") &&
    (typeof priority !== "number" || priority < 0 || priority > 65535)
  ) {
    throw invalidRecord(9100, `${type} records need a priority between 0 and 65535.`);
  }
  const comment = pick("comment", base?.comment ?? null);
  if (comment !== null && typeof comment !== "string")
    throw invalidRecord(9207, "comment must be a string.");
  const tags = pick("tags", base?.tags ?? []);
  if (!Array.isArray(tags) || !tags.every((tag) => typeof tag === "string")) {
    throw invalidRecord(9207, "tags must be an array of strings.");
  }
  return {
    type,
    name,
    content,
    // Proxied records always use automatic TTL.
    ttl: proxied ? 1 : ttl,
    proxied,
    priority: type === "MX" || type === "SRV" ? (priority as number) : null,
    comment: comment as string | null,
    tags: tags as string[],
  };
}

function fullName(raw: unknown, zoneName: string): string {
  if (typeof raw !== "string" || raw.trim() === "")
    throw invalidRecord(9000, "DNS name is invalid.");
  const name = raw.trim().toLowerCase().replace(/\.$/, "");
  if (name === "@" || name === zoneName) return zoneName;
  const full = name.endsWith(`.${zoneName}`) ? name : `${name}.${zoneName}`;
  if (!HOSTNAME.test(full)) throw invalidRecord(9000, "DNS name is invalid.");
  return full;
}

function checkContent(type: string, content: string): void {
  if (type === "A" && !IPV4.test(content)) {
    throw invalidRecord(9005, "Content for A record must be a valid IPv4 address.");
  }
  if (
    (type === "AAAA" && !/^[0-9a-f:.]+$/i.test(content.trim())) ||
    (type === "AAAA" && !content.includes(":"))
  ) {
    throw invalidRecord(9006, "Content for AAAA record must be a valid IPv6 address.");
  }
  if ((type === "CNAME" || type === "MX" || type === "NS") && !HOSTNAME.test(content)) {
    throw invalidRecord(9007, `Content for ${type} record must be a hostname.`);
  }
}
