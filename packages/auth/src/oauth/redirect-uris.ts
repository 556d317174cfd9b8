/**
 * Which redirect URIs a client may use, by allow-list (OAuth 2.1 §2.3.1, RFC 8252 §7, MCP
 * authorization): `https` anywhere; `http` only on a loopback address (any port, RFC 8252 §7.3);
 * a native app's private-use scheme only in reverse-domain form (`com.example.app:/callback`,
 * RFC 8252 §7.1: a scheme based on a domain the app controls), plus the named schemes of known
 * MCP clients that predate that rule. Everything else is refused, with a message that says what is
 * allowed: at registration, and again for every authorization request (a client metadata document
 * is never registered, and a client stored before this rule must not slip through).
 */

const LOOPBACK_HOSTS = new Set(["localhost", "[::1]", "::1"]);
const IPV4_LOOPBACK = /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/;

/** `com.example.app`: two or more dot-separated labels, like a reversed domain name. */
const REVERSE_DOMAIN_SCHEME = /^[a-z][a-z0-9-]*(\.[a-z0-9][a-z0-9-]*)+$/;

/**
 * Schemes of widely used MCP clients that are not in reverse-domain form. Cursor registers
 * `cursor://anysphere.cursor-mcp/oauth/callback` next to its https and loopback URIs; refusing it
 * would refuse Cursor's whole registration. The code is PKCE-bound, like any public client's.
 */
const KNOWN_APP_SCHEMES = new Set(["cursor"]);

export const REDIRECT_URI_RULE =
  "use https, http on a loopback address (127.0.0.1, [::1] or localhost, any port), or a native app's private-use scheme in reverse-domain form such as com.example.app:/callback (RFC 8252)";

/** The reason `uri` is refused, or `undefined` when it is allowed. */
export function redirectUriProblem(uri: string): string | undefined {
  let url: URL;
  try {
    url = new URL(uri);
  } catch {
    return `redirect_uri "${uri}" is not an absolute URI: ${REDIRECT_URI_RULE}.`;
  }
  if (url.hash || uri.includes("#")) {
    return `redirect_uri "${uri}" must not contain a fragment (#...).`;
  }
  if (url.username || url.password) return `redirect_uri "${uri}" must not contain user info.`;
  const scheme = url.protocol.slice(0, -1).toLowerCase();
  if (scheme === "https") {
    return url.hostname ? undefined : `redirect_uri "${uri}" has no host.`;
  }
  if (scheme === "http") {
    const host = url.hostname.toLowerCase();
    return LOOPBACK_HOSTS.has(host) || IPV4_LOOPBACK.test(host)
      ? undefined
      : `redirect_uri "${uri}" uses http on a remote host: ${REDIRECT_URI_RULE}.`;
  }
  if (REVERSE_DOMAIN_SCHEME.test(scheme) || KNOWN_APP_SCHEMES.has(scheme)) return undefined;
  return `redirect_uri "${uri}" uses the scheme "${scheme}:", which is not allowed: ${REDIRECT_URI_RULE}.`;
}

/** The first problem among a registration's redirect URIs. */
export function redirectUrisProblem(uris: unknown): string | undefined {
  if (!Array.isArray(uris) || uris.length === 0) return "redirect_uris must list at least one URI.";
  for (const uri of uris) {
    if (typeof uri !== "string") return "redirect_uris must be strings.";
    const problem = redirectUriProblem(uri);
    if (problem) return problem;
  }
  return undefined;
}
