/**
 * Routes outside `/client/v4` for people and test harnesses: `GET /` (what is seeded and how to
 * call it), `GET /__emulator/health` and `POST /__emulator/reset` (wipe and re-seed).
 * The seeded tokens are public development values from docs/local-contract.md, which is why the
 * index page may print them.
 */
import { API_PREFIX } from "./dispatch";
import { json } from "./envelope";
import type { Router } from "./router";
import { ACCOUNTS, TOKENS, USER } from "./seed/identities";
import type { StorageStatus } from "./storage";

export interface ControlDeps {
  readonly router: Router;
  readonly instanceId: string;
  readonly startedAt: string;
  readonly schemaVersion: number;
  reset(): StorageStatus;
}

export const CONTROL_PREFIX = "/__emulator";

/** Answers a control request, or `null` when the path is not a control route. */
export function handleControlRequest(
  request: Request,
  url: URL,
  deps: ControlDeps,
): Response | null {
  const path = url.pathname.replace(/\/+$/, "") || "/";
  if (path === "/") return onlyMethod(request, "GET", () => indexPage(url, deps.router));
  if (path === `${CONTROL_PREFIX}/health`) {
    return onlyMethod(request, "GET", () =>
      json({
        status: "ok",
        schema_version: deps.schemaVersion,
        instance_id: deps.instanceId,
        started_at: deps.startedAt,
      }),
    );
  }
  if (path === `${CONTROL_PREFIX}/reset`) {
    return onlyMethod(request, "POST", () => {
      const status = deps.reset();
      return json({
        success: true,
        result: { reset: true, schema_version: status.schemaVersion, seeded: status.seeded },
      });
    });
  }
  return null;
}

function onlyMethod(request: Request, method: string, respond: () => Response): Response {
  if (request.method === method) return respond();
  return json({ success: false, error: `use ${method}` }, 405);
}

function indexPage(url: URL, router: Router): Response {
  const page = {
    name: "cloudflare-emulator",
    description: "Local stand-in for the Cloudflare v4 API (identity, Secrets Store).",
    base_url: `${url.origin}${API_PREFIX}`,
    user: { id: USER.id, email: USER.email },
    accounts: ACCOUNTS.map((account) => ({ id: account.id, name: account.name })),
    tokens: TOKENS.map((token) => ({
      token: token.value,
      kind: token.kind,
      status: token.status,
      accounts: token.accountIds,
      permissions: token.permissions,
    })),
    control: {
      health: `GET ${CONTROL_PREFIX}/health`,
      reset: `POST ${CONTROL_PREFIX}/reset`,
      behaviour: `GET|POST ${CONTROL_PREFIX}/behaviour`,
      faults: `GET|POST|DELETE ${CONTROL_PREFIX}/faults`,
      requests: `GET|DELETE ${CONTROL_PREFIX}/requests`,
    },
    routes: router.routes.map((route) => ({
      method: route.method,
      path: `${API_PREFIX}${route.path}`,
      permission: route.permission ?? null,
    })),
  };
  return new Response(`${JSON.stringify(page, null, 2)}\n`, {
    headers: { "content-type": "application/json; charset=utf-8" },
  });
}
