/**
 * Host functions: what agent code may call as `host.call(name, args)`, and how one call is run.
 * Shared by the in-process bridge (host-bridge.ts) and the remote executor.
 */

/**
 * A function agent code may call as `host.call(name, [args])`. Arguments come from untrusted code:
 * validate them. Throw an Error to reject the call with its message.
 */
export type HostFunction = (...args: never[]) => unknown;
export type HostFunctions = Readonly<Record<string, HostFunction>>;

export const CLOSED_MESSAGE = "This run has ended; nothing more can be sent.";

/** Runs `functions[name](...args)` for a call that came from the isolate (in-process or remote). */
export async function invokeHostFunction(
  functions: HostFunctions,
  name: unknown,
  args: unknown,
  isOpen: () => boolean = () => true,
): Promise<unknown> {
  if (!isOpen()) throw new Error(CLOSED_MESSAGE);
  if (typeof name !== "string" || !Object.hasOwn(functions, name)) {
    throw new TypeError(`host has no function ${JSON.stringify(name)}.`);
  }
  const fn = functions[name] as (...values: unknown[]) => unknown;
  const result = await fn(...(Array.isArray(args) ? args : []));
  if (!isOpen()) throw new Error(CLOSED_MESSAGE);
  return result;
}
