/**
 * Which redirect URIs a client may register: https anywhere, http only on a loopback address (any
 * port, RFC 8252 §7.3), and a native app's private-use scheme (RFC 8252 §7.1). Everything else is
 * refused at registration with a message that says what is allowed.
 */

const LOOPBACK_HOSTS = new Set(["localhost", "127.0.0.1", "[::1]", "::1"]);
// Schemes that run code or read local data where a browser lands; never a redirect target.
const FORBIDDEN_SCHEMES = new Set([
  "javascript",
  "data",
  "file",
  "vbscript",
  "blob",
  "about",
  "ftp",
  "ws",
  "wss",
]);

export const REDIRECT_URI_RULE =
  "use https, http on a loopback address (127.0.0.1, [::1] or localhost, any port), or a native app's private-use scheme such as com.example.app:/callback (RFC 8252)";

/** The reason `uri` is refused, or `undefined` when it is allowed. */
export function redirectUriProblem(uri: string): string | undefined {
  let url: URL;
  try {
    url = new URL(uri);
  } catch {
    return `redirect_uri "${uri}" is not an absolute URI: ${REDIRECT_URI_RULE}.`;
  }
  if (url.hash) return `redirect_uri "${uri}" must not contain a fragment (#...).`;
  if (url.username || url.password) return `redirect_uri "${uri}" must not contain user info.`;
  const scheme = url.protocol.slice(0, -1).toLowerCase();
  if (scheme === "https") return undefined;
  if (scheme === "http") {
    return LOOPBACK_HOSTS.has(url.hostname.toLowerCase()) ||
      /^127(\.\d{1,3}){3}$/.test(url.hostname)
      ? undefined
      : `redirect_uri "${uri}" uses http on a remote host: ${REDIRECT_URI_RULE}.`;
  }
  if (FORBIDDEN_SCHEMES.has(scheme))
    return `redirect_uri "${uri}" uses the ${scheme}: scheme: ${REDIRECT_URI_RULE}.`;
  return undefined;
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
