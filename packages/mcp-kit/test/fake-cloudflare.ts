/**
 * A fake Cloudflare API for kit tests: real v4 envelope shapes for the identity routes the kit
 * uses, plus a small "widgets" product, with counters so tests can see what was called.
 */

export const ACCOUNT_A = { id: "023e105f4ecef8ad9ca31a8372d0c353", name: "Acme Corp" };
export const ACCOUNT_B = { id: "9a7806061c88ada191ed06f989cc3dac", name: "Globex Labs" };

interface TokenRecord {
  id: string;
  kind: "user" | "account";
  accounts: (typeof ACCOUNT_A)[];
  status: string;
}

export const TOKENS: Record<string, TokenRecord> = {
  "user-token-aaaaaaaa": {
    id: "tok-user",
    kind: "user",
    accounts: [ACCOUNT_A, ACCOUNT_B],
    status: "active",
  },
  // A second token of the same user, for reads only: another credential, with its own state.
  "readonly-token-dddddd": {
    id: "tok-readonly",
    kind: "user",
    accounts: [ACCOUNT_A, ACCOUNT_B],
    status: "active",
  },
  "account-token-bbbbbbb": {
    id: "tok-acct",
    kind: "account",
    accounts: [ACCOUNT_A],
    status: "active",
  },
  "expired-token-ccccccc": {
    id: "tok-exp",
    kind: "user",
    accounts: [ACCOUNT_A],
    status: "expired",
  },
};

export interface FakeApi {
  fetch: typeof fetch;
  calls: string[];
}

function ok(result: unknown, resultInfo?: unknown): Response {
  return Response.json({
    success: true,
    errors: [],
    messages: [],
    result,
    ...(resultInfo ? { result_info: resultInfo } : {}),
  });
}

function fail(status: number, code: number, message: string): Response {
  return Response.json(
    { success: false, errors: [{ code, message }], messages: [], result: null },
    { status },
  );
}

export function createFakeApi(): FakeApi {
  const calls: string[] = [];
  const handle = async (request: Request): Promise<Response> => {
    const url = new URL(request.url);
    const path = url.pathname.replace(/^\/client\/v4/, "");
    calls.push(`${request.method} ${path}`);
    const token = request.headers.get("authorization")?.replace(/^Bearer /, "") ?? "";
    const record = TOKENS[token];
    if (path === "/user/tokens/verify") {
      if (record?.kind !== "user") return fail(401, 1000, "Invalid API Token");
      return ok({ id: record.id, status: record.status });
    }
    if (!record) return fail(403, 9109, "Invalid access token");
    if (path === "/user") {
      return record.kind === "user"
        ? ok({ id: "7c5dae5552338874e5053f2534d2767a" })
        : fail(403, 9109, "Unauthorized to access requested resource");
    }
    if (path === "/accounts") {
      return ok(record.accounts, {
        page: 1,
        per_page: 50,
        count: record.accounts.length,
        total_count: record.accounts.length,
        total_pages: 1,
      });
    }
    const match = /^\/accounts\/([^/]+)\/(.+)$/.exec(path);
    if (!match)
      return fail(
        404,
        7003,
        `Could not route to ${path}, perhaps your object identifier is invalid?`,
      );
    const [, accountId, rest] = match;
    if (!record.accounts.some((account) => account.id === accountId))
      return fail(403, 10000, "Authentication error");
    if (rest === "tokens/verify") {
      if (record.kind !== "account") return fail(401, 1000, "Invalid API Token");
      return ok({ id: record.id, status: record.status });
    }
    if (rest === "widgets") {
      const widgets = ["w1", "w2", "w3"].map((id) => ({ id, account: accountId }));
      const page = Number(url.searchParams.get("page") ?? 1);
      const perPage = Number(url.searchParams.get("per_page") ?? 20);
      return ok(widgets.slice((page - 1) * perPage, page * perPage), {
        page,
        per_page: perPage,
        count: Math.max(0, Math.min(perPage, widgets.length - (page - 1) * perPage)),
        total_count: widgets.length,
      });
    }
    const widget = /^widgets\/([^/]+)$/.exec(rest ?? "");
    if (widget) {
      const id = decodeURIComponent(widget[1] ?? "");
      return id.startsWith("w")
        ? ok({ id, account: accountId })
        : fail(404, 1001, "widget_not_found");
    }
    if (rest === "forbidden") return fail(403, 10000, "Authentication error");
    return fail(
      404,
      7003,
      `Could not route to ${path}, perhaps your object identifier is invalid?`,
    );
  };
  return {
    calls,
    fetch: (async (input: RequestInfo | URL, init?: RequestInit) =>
      handle(new Request(input, init))) as typeof fetch,
  };
}
