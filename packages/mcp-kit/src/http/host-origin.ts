/**
 * DNS-rebinding protection. A page on an attacker's domain can resolve that domain to 127.0.0.1
 * and reach a local server, but it cannot change the `Host` it sends or the `Origin` the browser
 * adds. The checks are the MCP SDK's own validators; this module only decides the allow-lists:
 * loopback, the request's own `*.workers.dev` hostname, and the hostnames an operator configures.
 */
import {
  localhostAllowedHostnames,
  validateHostHeader,
  validateOriginHeader,
} from "@modelcontextprotocol/server";
import { HttpError, type Middleware } from "./pipeline";

export interface HostPolicy {
  /** Extra hostnames served (custom domains), from `MCP_ALLOWED_HOSTS`. */
  allowedHosts: readonly string[];
  /** Extra browser origins' hostnames allowed to call (web clients), from `MCP_ALLOWED_ORIGINS`. */
  allowedOrigins: readonly string[];
}

export function parseHostList(value: string | undefined): string[] {
  return (value ?? "")
    .split(",")
    .map((entry) => entry.trim().toLowerCase())
    .filter(Boolean);
}

/** Hostnames a request may be addressed to: loopback, configured ones, and workers.dev. */
export function allowedHostnames(requestHostname: string, policy: HostPolicy): string[] {
  const names = [...localhostAllowedHostnames(), ...policy.allowedHosts];
  // A workers.dev hostname is Cloudflare's own and cannot be pointed at a victim's machine.
  if (requestHostname.endsWith(".workers.dev")) names.push(requestHostname);
  return names;
}

/** Browser origins allowed to call: loopback pages, configured ones, and the server's own host. */
export function allowedOriginHostnames(serverHostname: string, policy: HostPolicy): string[] {
  return [
    ...localhostAllowedHostnames(),
    ...policy.allowedOrigins,
    ...policy.allowedHosts,
    serverHostname,
  ];
}

/** The host that was addressed: workerd always sets Host; in-process callers may not. */
function hostHeader(request: Request, url: URL): string {
  return request.headers.get("host") ?? url.host;
}

/** Refuses a request addressed to a hostname this server does not serve (403). */
export function checkHost<Env extends HostEnv>(): Middleware<Env> {
  return async function checkHost(http, next) {
    const host = hostHeader(http.request, http.url);
    const hostname = hostnameOf(host);
    const result = validateHostHeader(host, allowedHostnames(hostname, policyOf(http.env)));
    if (!result.ok) {
      throw new HttpError(
        403,
        `Host "${host}" is not allowed. Operators: add it to MCP_ALLOWED_HOSTS.`,
      );
    }
    return next();
  };
}

/**
 * Refuses a browser request from an origin that is not allowed (403). Requests without an
 * Origin (every non-browser MCP client) pass.
 */
export function checkOrigin<Env extends HostEnv>(): Middleware<Env> {
  return async function checkOrigin(http, next) {
    const origin = http.request.headers.get("origin");
    const serverHostname = hostnameOf(hostHeader(http.request, http.url));
    const allowed = allowedOriginHostnames(serverHostname, policyOf(http.env));
    if (!validateOriginHeader(origin, allowed).ok) {
      throw new HttpError(
        403,
        `Origin "${origin}" is not allowed. Operators: add its hostname to MCP_ALLOWED_ORIGINS.`,
      );
    }
    return next();
  };
}

export interface HostEnv {
  MCP_ALLOWED_HOSTS?: string;
  MCP_ALLOWED_ORIGINS?: string;
}

function policyOf(env: HostEnv): HostPolicy {
  return {
    allowedHosts: parseHostList(env.MCP_ALLOWED_HOSTS),
    allowedOrigins: parseHostList(env.MCP_ALLOWED_ORIGINS),
  };
}

function hostnameOf(host: string): string {
  try {
    return new URL(`http://${host}`).hostname.toLowerCase();
  } catch {
    return "";
  }
}
