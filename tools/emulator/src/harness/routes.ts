/**
 * Control routes for tests that need the API to misbehave or want to see what a server sent
 * (outside `/client/v4`, no auth, like the other `/__emulator` routes):
 *
 *   GET | POST           /__emulator/behaviour   switches (src/harness/behaviour.ts)
 *   GET | POST | DELETE  /__emulator/faults      injected failures (src/harness/faults.ts)
 *   GET | DELETE         /__emulator/requests    the request journal (`?since=<seq>`)
 *
 * `POST /__emulator/reset` restores all three along with the data.
 */
import { json } from "../envelope";
import type { Behaviour } from "./behaviour";
import type { Faults } from "./faults";
import type { Journal } from "./journal";

export interface HarnessState {
  readonly behaviour: Behaviour;
  readonly faults: Faults;
  readonly journal: Journal;
}

export const HARNESS_ROUTES = {
  behaviour: "/__emulator/behaviour",
  faults: "/__emulator/faults",
  requests: "/__emulator/requests",
} as const;

/** Answers a harness control request, or `null` when the path is not one. */
export async function handleHarnessRequest(
  request: Request,
  path: string,
  url: URL,
  state: HarnessState,
): Promise<Response | null> {
  switch (path) {
    case HARNESS_ROUTES.behaviour:
      if (request.method === "GET") return json({ behaviour: state.behaviour.snapshot() });
      if (request.method === "POST") {
        const body = await readBody(request);
        if (typeof body !== "object" || body === null || Array.isArray(body)) {
          return problem('send a JSON object such as {"secrets_store.patch_value": "refuse"}');
        }
        const error = state.behaviour.set(body as Record<string, unknown>);
        return error ? problem(error) : json({ behaviour: state.behaviour.snapshot() });
      }
      return wrongMethod("GET or POST");
    case HARNESS_ROUTES.faults:
      if (request.method === "GET") return json({ faults: state.faults.list() });
      if (request.method === "DELETE") {
        state.faults.clear();
        return json({ faults: [] });
      }
      if (request.method === "POST") {
        const body = await readBody(request);
        for (const fault of Array.isArray(body) ? body : [body]) {
          const error = state.faults.add(fault);
          if (error) return problem(error);
        }
        return json({ faults: state.faults.list() });
      }
      return wrongMethod("GET, POST or DELETE");
    case HARNESS_ROUTES.requests:
      if (request.method === "GET") {
        const since = Number(url.searchParams.get("since") ?? "0");
        return json({ requests: state.journal.list(Number.isFinite(since) ? since : 0) });
      }
      if (request.method === "DELETE") {
        state.journal.clear();
        return json({ requests: [] });
      }
      return wrongMethod("GET or DELETE");
    default:
      return null;
  }
}

async function readBody(request: Request): Promise<unknown> {
  try {
    return JSON.parse(await request.text()) as unknown;
  } catch {
    return undefined;
  }
}

function problem(error: string): Response {
  return json({ success: false, error }, 400);
}

function wrongMethod(allowed: string): Response {
  return json({ success: false, error: `use ${allowed}` }, 405);
}
