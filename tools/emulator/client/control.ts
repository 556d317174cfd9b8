/**
 * A small client for the emulator's test control routes (src/harness): behaviour switches,
 * injected faults and the request journal. For tests in other packages that run the emulator
 * (under `wrangler dev` or bound in), e.g. "this tool sent no DELETE", "it used 3 requests".
 */
import type { BehaviourSwitch } from "../src/harness/behaviour";
import type { FaultSpec } from "../src/harness/faults";
import type { JournalEntry } from "../src/harness/journal";

export type { BehaviourSwitch, FaultSpec, JournalEntry };

export interface EmulatorControl {
  /** Sets behaviour switches until the next reset. */
  behave(changes: Partial<Record<BehaviourSwitch, string>>): Promise<void>;
  /** Adds injected failures until the next reset (or {@link clearFaults}). */
  fault(...faults: FaultSpec[]): Promise<void>;
  clearFaults(): Promise<void>;
  /** API requests served after `since` (a `seq`; 0 for all kept), oldest first. */
  requests(since?: number): Promise<JournalEntry[]>;
  /** The `seq` of the newest request so far (0 when none): pass it to {@link requests} later. */
  mark(): Promise<number>;
}

/** `origin` is the emulator's base URL without `/client/v4` (`http://127.0.0.1:8787`). */
export function emulatorControl(origin: string, fetcher: typeof fetch = fetch): EmulatorControl {
  const send = async (method: string, path: string, body?: unknown): Promise<unknown> => {
    const response = await fetcher(`${origin}/__emulator/${path}`, {
      method,
      ...(body === undefined
        ? {}
        : { body: JSON.stringify(body), headers: { "content-type": "application/json" } }),
    });
    const parsed = (await response.json()) as { error?: string };
    if (!response.ok) {
      throw new Error(`emulator ${method} ${path}: ${response.status} ${parsed.error ?? ""}`);
    }
    return parsed;
  };
  const requests = async (since = 0) =>
    ((await send("GET", `requests?since=${since}`)) as { requests: JournalEntry[] }).requests;
  return {
    behave: async (changes) => void (await send("POST", "behaviour", changes)),
    fault: async (...faults) => void (await send("POST", "faults", faults)),
    clearFaults: async () => void (await send("DELETE", "faults")),
    requests,
    mark: async () => (await requests()).at(-1)?.seq ?? 0,
  };
}
