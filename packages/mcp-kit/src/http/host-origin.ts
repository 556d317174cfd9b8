/**
 * DNS-rebinding protection. A browser page on an attacker's domain can resolve that domain to
 * 127.0.0.1 and reach a local server, but it cannot change the `Host` it sends or the `Origin` the
 * browser adds: so both are checked against an allow-list (loopback, workers.dev, and the
 * hostnames an operator configures).
 */

const LOOPBACK_HOSTNAMES = new Set(["localhost", "127.0.0.1", "[::1]", "::1"]);

export interface HostPolicy {
  /** Extra hostnames served (custom domains), from `MCP_ALLOWED_HOSTS`. */
  allowedHosts: string[];
  /** Extra browser origins' hostnames allowed to call (web clients), from `MCP_ALLOWED_ORIGINS`. */
  allowedOrigins: string[];
}

export function parseHostList(value: string | undefined): string[] {
  return (value ?? "")
    .split(",")
    .map((entry) => entry.trim().toLowerCase())
    .filter(Boolean);
}

export function isAllowedHost(hostHeader: string | null, policy: HostPolicy): boolean {
  const hostname = hostnameOf(hostHeader ? `http://${hostHeader}` : undefined);
  if (!hostname) return false;
  return (
    LOOPBACK_HOSTNAMES.has(hostname) ||
    hostname.endsWith(".workers.dev") ||
    policy.allowedHosts.includes(hostname)
  );
}

/** Requests without an Origin (every non-browser client) pass; browser origins must be known. */
export function isAllowedOrigin(
  origin: string | null,
  hostHeader: string | null,
  policy: HostPolicy,
): boolean {
  if (origin === null) return true;
  const hostname = hostnameOf(origin);
  if (!hostname) return false;
  if (LOOPBACK_HOSTNAMES.has(hostname)) return true;
  if (policy.allowedOrigins.includes(hostname) || policy.allowedHosts.includes(hostname))
    return true;
  // Same-origin pages of an allowed host (e.g. a docs page served by this Worker).
  return hostname === hostnameOf(hostHeader ? `http://${hostHeader}` : undefined);
}

function hostnameOf(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    return new URL(url).hostname.toLowerCase();
  } catch {
    return undefined;
  }
}
