/**
 * A small path router with `:param` segments. It tells apart "no such path" (404, code 7003)
 * from "path exists, wrong method" (405, code 7001), because the real API does.
 */
import type { HttpMethod, Route } from "./product";

export type RouteMatch =
  | { readonly kind: "found"; readonly route: Route; readonly params: Record<string, string> }
  | { readonly kind: "method-not-allowed" }
  | { readonly kind: "not-found" };

interface CompiledRoute {
  readonly route: Route;
  readonly segments: readonly string[];
  readonly literalCount: number;
}

export interface Router {
  match(method: string, path: string): RouteMatch;
  readonly routes: readonly Route[];
}

export function createRouter(routes: readonly Route[]): Router {
  const compiled = routes
    .map((route): CompiledRoute => {
      const segments = splitPath(route.path);
      return { route, segments, literalCount: segments.filter((s) => !s.startsWith(":")).length };
    })
    // Literal segments win over parameters when two patterns could both match.
    .sort((a, b) => b.literalCount - a.literalCount);

  return {
    routes,
    match(method, path) {
      const parts = splitPath(path);
      let pathMatched = false;
      for (const candidate of compiled) {
        const params = matchSegments(candidate.segments, parts);
        if (!params) continue;
        pathMatched = true;
        if (candidate.route.method === (method as HttpMethod)) {
          return { kind: "found", route: candidate.route, params };
        }
      }
      return pathMatched ? { kind: "method-not-allowed" } : { kind: "not-found" };
    },
  };
}

/** Splits a path into its non-empty segments, so a trailing slash does not matter. */
function splitPath(path: string): string[] {
  return path.split("/").filter((segment) => segment !== "");
}

function matchSegments(
  pattern: readonly string[],
  parts: readonly string[],
): Record<string, string> | null {
  if (pattern.length !== parts.length) return null;
  const params: Record<string, string> = {};
  for (let i = 0; i < pattern.length; i++) {
    const expected = pattern[i]!;
    const actual = parts[i]!;
    if (expected.startsWith(":")) {
      const value = safeDecode(actual);
      if (value === null || value === "") return null;
      params[expected.slice(1)] = value;
    } else if (expected !== actual) {
      return null;
    }
  }
  return params;
}

function safeDecode(segment: string): string | null {
  try {
    return decodeURIComponent(segment);
  } catch {
    return null;
  }
}
