/**
 * Injected failures: a test asks that a route answer an error (a 500 from the latest-builds
 * lookup, a 400 for a body the live API refuses) so it can check how a server copes. A fault
 * matches a route by method and the route's path pattern as the index page lists it
 * (`/accounts/:account_id/builds/builds/latest`), optionally only some concrete paths
 * (`path_contains`), and fires `times` times (every time when omitted) until reset.
 */
import { ApiError } from "../envelope";

export interface FaultSpec {
  readonly method: string;
  /** Route pattern below `/client/v4`, with `:params`. */
  readonly route: string;
  /** Only requests whose path (below `/client/v4`) contains this text. */
  readonly path_contains?: string;
  readonly status: number;
  readonly code: number;
  readonly message: string;
  /** How many matching requests fail; omit for all of them. */
  readonly times?: number;
}

interface ActiveFault extends FaultSpec {
  hits: number;
}

export class Faults {
  #faults: ActiveFault[] = [];

  /** Validates and adds one fault; returns a problem description instead when it is malformed. */
  add(raw: unknown): string | null {
    const spec = readFault(raw);
    if (typeof spec === "string") return spec;
    this.#faults.push({ ...spec, hits: 0 });
    return null;
  }

  /** The error the request must answer, or `null` to serve it normally. */
  take(method: string, route: string, path: string): ApiError | null {
    const fault = this.#faults.find(
      (candidate) =>
        candidate.method === method &&
        candidate.route === route &&
        (candidate.path_contains === undefined || path.includes(candidate.path_contains)) &&
        (candidate.times === undefined || candidate.hits < candidate.times),
    );
    if (!fault) return null;
    fault.hits++;
    return new ApiError(fault.status, fault.code, fault.message);
  }

  list(): readonly (FaultSpec & { hits: number })[] {
    return this.#faults.map((fault) => ({ ...fault }));
  }

  clear(): void {
    this.#faults = [];
  }
}

function readFault(raw: unknown): FaultSpec | string {
  if (typeof raw !== "object" || raw === null) return "a fault is a JSON object";
  const f = raw as Record<string, unknown>;
  const method = typeof f.method === "string" ? f.method.toUpperCase() : "";
  if (!["GET", "POST", "PUT", "PATCH", "DELETE"].includes(method)) return "method is required";
  if (typeof f.route !== "string" || !f.route.startsWith("/")) {
    return "route is the route pattern, e.g. /accounts/:account_id/builds/builds/latest";
  }
  const status = f.status;
  if (typeof status !== "number" || !Number.isInteger(status) || status < 400 || status > 599) {
    return "status is an HTTP error status (400-599)";
  }
  if (typeof f.code !== "number" || !Number.isInteger(f.code)) return "code is the v4 error code";
  if (typeof f.message !== "string" || f.message === "") return "message is required";
  if (f.times !== undefined && (typeof f.times !== "number" || f.times < 1)) {
    return "times is a positive number";
  }
  if (f.path_contains !== undefined && typeof f.path_contains !== "string") {
    return "path_contains is a string";
  }
  return {
    method,
    route: f.route,
    status,
    code: f.code,
    message: f.message,
    ...(typeof f.path_contains === "string" ? { path_contains: f.path_contains } : {}),
    ...(typeof f.times === "number" ? { times: f.times } : {}),
  };
}
