// Scope: API failures become CloudflareApiError/CloudflareNetworkError with codes, status, ray id, and no token.
import { describe, expect, it } from "vitest";
import {
  CloudflareApiError,
  CloudflareNetworkError,
  hasCode,
  isCloudflareApiError,
  isCloudflareNetworkError,
} from "./errors";
import {
  ACCOUNT_ID,
  failure,
  html,
  json,
  ok,
  scriptedFetch,
  TOKEN,
  testClient,
} from "./test-support";

const storesPath = `/accounts/${ACCOUNT_ID}/secrets_store/stores`;

async function caught(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error("expected the call to fail");
}

async function apiError(promise: Promise<unknown>): Promise<CloudflareApiError> {
  const error = await caught(promise);
  expect(error).toBeInstanceOf(CloudflareApiError);
  return error as CloudflareApiError;
}

describe("CloudflareApiError from error envelopes", () => {
  it("10000 Authentication error (403) carries code, status, ray id and a readable message", async () => {
    const { fetch } = scriptedFetch(
      failure(403, [{ code: 10000, message: "Authentication error" }], {
        "cf-ray": "8f1b2c3d4e5f6789-SJC",
      }),
    );
    const error = await apiError(testClient(fetch).get(storesPath));
    expect(error.message).toBe(
      `Cloudflare API error 10000: Authentication error (HTTP 403, GET ${storesPath})`,
    );
    expect(error).toMatchObject({
      name: "CloudflareApiError",
      status: 403,
      codes: [10000],
      errors: [{ code: 10000, message: "Authentication error" }],
      rayId: "8f1b2c3d4e5f6789-SJC",
      method: "GET",
      path: storesPath,
      attempts: 1,
    });
    expect(isCloudflareApiError(error)).toBe(true);
    expect(hasCode(error, 10000)).toBe(true);
    expect(hasCode(error, 7003)).toBe(false);
  });

  it("7003 could-not-route (404) keeps Cloudflare's message", async () => {
    const message = `Could not route to /client/v4/accounts/${ACCOUNT_ID}/secrets_store/stores/nope, perhaps your object identifier is invalid?`;
    const { fetch } = scriptedFetch(failure(404, [{ code: 7003, message }]));
    const error = await apiError(testClient(fetch).get(`${storesPath}/nope`));
    expect(error.status).toBe(404);
    expect(error.codes).toEqual([7003]);
    expect(error.message).toBe(
      `Cloudflare API error 7003: ${message} (HTTP 404, GET ${storesPath}/nope)`,
    );
  });

  it("1001 invalid_json_body (400) on a POST is not retried", async () => {
    const { fetch, calls } = scriptedFetch(
      failure(400, [{ code: 1001, message: "Invalid request body: invalid_json_body" }]),
    );
    const error = await apiError(
      testClient(fetch).post(storesPath, { body: { json: { name: 1 } } }),
    );
    expect(error).toMatchObject({ status: 400, codes: [1001], method: "POST" });
    expect(calls).toHaveLength(1);
  });

  it("9109 invalid access token is reported without the token", async () => {
    const { fetch } = scriptedFetch(
      failure(401, [{ code: 9109, message: "Invalid access token" }]),
    );
    const error = await apiError(testClient(fetch).get("/user/tokens/verify"));
    expect(error.message).toBe(
      "Cloudflare API error 9109: Invalid access token (HTTP 401, GET /user/tokens/verify)",
    );
    expect(hasCode(error, 9109)).toBe(true);
  });

  it("lists every error of a multi-error envelope, with documentation URLs and chains", async () => {
    const { fetch } = scriptedFetch(
      failure(400, [
        {
          code: 1004,
          message: "DNS Validation Error",
          documentation_url: "https://developers.cloudflare.com/dns",
        },
        {
          code: 1000,
          message: "Invalid rule",
          error_chain: [{ code: 20021, message: "filter parse error" }],
        },
      ]),
    );
    const error = await apiError(
      testClient(fetch).post("/zones/z1/dns_records", { body: { json: {} } }),
    );
    expect(error.message).toBe(
      "Cloudflare API errors 1004: DNS Validation Error; 1000: Invalid rule (HTTP 400, POST /zones/z1/dns_records)",
    );
    expect(error.codes).toEqual([1004, 1000]);
    expect(error.errors[0]?.documentationUrl).toBe("https://developers.cloudflare.com/dns");
    expect(error.errors[1]?.errorChain).toEqual([{ code: 20021, message: "filter parse error" }]);
    expect(hasCode(error, 20021)).toBe(true);
  });

  it("a 200 with success:false is an error", async () => {
    const { fetch } = scriptedFetch(
      json({
        success: false,
        errors: [{ code: 10013, message: "Workers Builds is not enabled" }],
        messages: [],
        result: null,
      }),
    );
    const error = await apiError(testClient(fetch).get(`/accounts/${ACCOUNT_ID}/builds/builds`));
    expect(error).toMatchObject({ status: 200, codes: [10013] });
  });

  it("an error without a code is described by its message and left out of codes", async () => {
    const { fetch } = scriptedFetch(failure(404, [{ message: "Not found" }]));
    const error = await apiError(testClient(fetch).get("/x"));
    expect(error.message).toBe("Cloudflare API error: Not found (HTTP 404, GET /x)");
    expect(error.codes).toEqual([]);
  });

  it("an envelope with no errors still fails with a generic message", async () => {
    const { fetch } = scriptedFetch(failure(409, []));
    const error = await apiError(testClient(fetch).get("/x"));
    expect(error.message).toBe("Cloudflare API request failed (HTTP 409, GET /x)");
  });

  it("keeps message and the query string apart from the raw body", async () => {
    const { fetch } = scriptedFetch(
      failure(403, [{ code: 10000, message: "Authentication error" }]),
    );
    const error = await apiError(testClient(fetch).get(`${storesPath}?page=2`));
    expect(error.path).toBe(storesPath);
    expect(error.internalMessage).toContain('"code":10000');
  });
});

describe("CloudflareApiError from non-envelope bodies", () => {
  it("an HTML 502 from the edge becomes an error with the body kept for logs only", async () => {
    const page = `<html><head><title>502 Bad Gateway</title></head><body>${"x".repeat(800)}</body></html>`;
    const { fetch } = scriptedFetch(html(502, page));
    const client = testClient(fetch, undefined, { retry: { maxRetries: 0 } });
    const error = await apiError(client.get(storesPath));
    expect(error.message).toBe(
      `Cloudflare API returned a body that is not a JSON envelope (HTTP 502, GET ${storesPath})`,
    );
    expect(error.errors).toEqual([]);
    expect(error.internalMessage).toHaveLength(500);
    expect(error.internalMessage.startsWith("<html>")).toBe(true);
    expect(error.message).not.toContain("<html>");
  });

  it("an HTML 500 on a POST is reported after a single attempt", async () => {
    const { fetch, calls } = scriptedFetch(html(500, "<h1>Internal Server Error</h1>"));
    const error = await apiError(testClient(fetch).post(storesPath, { body: { json: {} } }));
    expect(error.status).toBe(500);
    expect(calls).toHaveLength(1);
  });

  it("a 200 whose body is not an envelope is an error for request()", async () => {
    const { fetch } = scriptedFetch(new Response("<html>login</html>", { status: 200 }));
    const error = await apiError(testClient(fetch).get("/x"));
    expect(error.status).toBe(200);
  });

  it("requestRaw parses an error envelope for a failed download", async () => {
    const { fetch } = scriptedFetch(
      failure(404, [{ code: 10007, message: "This Worker does not exist on your account." }]),
    );
    const error = await apiError(
      testClient(fetch).requestRaw({
        method: "GET",
        path: `/accounts/${ACCOUNT_ID}/workers/scripts/nope/content/v2`,
      }),
    );
    expect(error.codes).toEqual([10007]);
    expect(error.status).toBe(404);
  });
});

describe("the token never leaks into errors", () => {
  it("is scrubbed from internalMessage and messages even when the API echoes it", async () => {
    const { fetch } = scriptedFetch(
      failure(400, [
        { code: 6003, message: `Invalid request headers: Authorization: Bearer ${TOKEN}` },
      ]),
    );
    const error = await apiError(testClient(fetch).get("/user"));
    expect(error.message).toContain("[redacted]");
    expect(JSON.stringify({ ...error, message: error.message, stack: error.stack })).not.toContain(
      TOKEN,
    );
  });

  it("is scrubbed from a network failure that mentions it", async () => {
    const { fetch } = scriptedFetch(() => {
      throw new TypeError(`connect failed for request with Authorization: Bearer ${TOKEN}`);
    });
    const client = testClient(fetch, undefined, { retry: { maxRetries: 0 } });
    const error = await caught(client.get("/user"));
    expect(isCloudflareNetworkError(error)).toBe(true);
    const networkError = error as CloudflareNetworkError;
    expect(networkError.message).toContain("[redacted]");
    expect(networkError.cause).toBeUndefined();
    expect(
      JSON.stringify({ ...networkError, message: networkError.message, stack: networkError.stack }),
    ).not.toContain(TOKEN);
  });

  it("is absent from every error an end-to-end failure produces", async () => {
    const { fetch } = scriptedFetch(html(502, "bad gateway"), html(502, "bad gateway"));
    const client = testClient(fetch, undefined, { retry: { maxRetries: 1 } });
    const error = (await caught(client.get(storesPath))) as CloudflareApiError;
    const everything = JSON.stringify({ ...error, message: error.message, stack: error.stack });
    expect(everything).not.toContain(TOKEN);
    expect(error.attempts).toBe(2);
  });
});

describe("CloudflareNetworkError", () => {
  it("describes a connection failure with method and path", async () => {
    const { fetch } = scriptedFetch(() => {
      throw new TypeError("Network connection lost.");
    });
    const error = (await caught(
      testClient(fetch).post(storesPath, { body: { json: {} } }),
    )) as CloudflareNetworkError;
    expect(error).toBeInstanceOf(CloudflareNetworkError);
    expect(error.kind).toBe("network");
    expect(error.message).toBe(
      `Cloudflare API request failed before a response arrived: TypeError: Network connection lost. (POST ${storesPath})`,
    );
  });

  it("reports a per-attempt timeout as kind timeout", async () => {
    const { fetch } = scriptedFetch(
      (request) =>
        new Promise<Response>((_, reject) => {
          request.signal?.addEventListener("abort", () =>
            reject(new DOMException("aborted", "AbortError")),
          );
        }),
    );
    const client = testClient(fetch, undefined, { timeoutMs: 5, retry: { maxRetries: 0 } });
    const error = (await caught(client.get("/user"))) as CloudflareNetworkError;
    expect(error.kind).toBe("timeout");
    expect(error.message).toBe("Cloudflare API request timed out after 5 ms (GET /user)");
  });

  it("reports the caller's abort as kind aborted, without retrying", async () => {
    const controller = new AbortController();
    const { fetch, calls } = scriptedFetch((request) => {
      controller.abort();
      return new Promise<Response>((_, reject) => {
        if (request.signal?.aborted) reject(new DOMException("aborted", "AbortError"));
      });
    });
    const error = (await caught(
      testClient(fetch).get("/user", { signal: controller.signal }),
    )) as CloudflareNetworkError;
    expect(error.kind).toBe("aborted");
    expect(calls).toHaveLength(1);
  });

  it("is not a CloudflareApiError and has no codes", async () => {
    const { fetch } = scriptedFetch(() => {
      throw new TypeError("fail");
    });
    const error = await caught(testClient(fetch).post("/x"));
    expect(isCloudflareApiError(error)).toBe(false);
    expect(hasCode(error, 10000)).toBe(false);
  });
});

it("ok() fixtures succeed, so the failure cases above are meaningful", async () => {
  const { fetch } = scriptedFetch(ok({ id: "x" }));
  await expect(testClient(fetch).get("/x")).resolves.toMatchObject({ result: { id: "x" } });
});
