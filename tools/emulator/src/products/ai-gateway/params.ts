/**
 * Strict query-parameter readers. The AI Gateway API validates its query (the spec gives bounds
 * and enums), so out-of-range or malformed values answer 400 instead of being clamped.
 */
import { invalidInput } from "./errors";

export function readIntParam(
  url: URL,
  name: string,
  limits: { min: number; max?: number; fallback: number },
): number {
  const raw = url.searchParams.get(name);
  if (raw === null) return limits.fallback;
  if (!/^-?\d+$/.test(raw)) throw invalidInput(`${name} must be an integer`);
  const value = Number.parseInt(raw, 10);
  if (value < limits.min || (limits.max !== undefined && value > limits.max)) {
    const range = limits.max === undefined ? `>= ${limits.min}` : `${limits.min}..${limits.max}`;
    throw invalidInput(`${name} must be ${range}`);
  }
  return value;
}

export function readNumberParam(url: URL, name: string): number | null {
  const raw = url.searchParams.get(name);
  if (raw === null) return null;
  const value = Number(raw);
  if (raw.trim() === "" || !Number.isFinite(value)) throw invalidInput(`${name} must be a number`);
  return value;
}

export function readBoolParam(url: URL, name: string): boolean | null {
  const raw = url.searchParams.get(name);
  if (raw === null) return null;
  if (raw === "true") return true;
  if (raw === "false") return false;
  throw invalidInput(`${name} must be true or false`);
}

export function readEnumParam<T extends string>(
  url: URL,
  name: string,
  allowed: readonly T[],
  fallback: T,
): T {
  const raw = url.searchParams.get(name);
  if (raw === null) return fallback;
  if (!(allowed as readonly string[]).includes(raw)) {
    throw invalidInput(`${name} must be one of ${allowed.join(", ")}`);
  }
  return raw as T;
}

/** An RFC 3339 date-time, normalised to the stored form (`2026-10-15T00:00:00.000Z`). */
export function readDateParam(url: URL, name: string): string | null {
  const raw = url.searchParams.get(name);
  if (raw === null) return null;
  const ms = /^\d{4}-\d{2}-\d{2}/.test(raw) ? Date.parse(raw) : Number.NaN;
  if (Number.isNaN(ms)) throw invalidInput(`${name} must be an RFC 3339 date-time`);
  return new Date(ms).toISOString();
}
