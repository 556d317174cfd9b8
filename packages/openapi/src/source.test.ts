// Choosing the spec source from the environment and fetching it with a size bound.
import { describe, expect, it } from "vitest";
import { isOpenApiSpecError } from "./errors.ts";
import { DEFAULT_OPENAPI_SPEC_URL, describeUrl, fetchSpec, resolveSpecSource } from "./source.ts";

function fakeFetch(response: () => Response): typeof fetch {
  return async () => response();
}

async function failure(promise: Promise<unknown>) {
  try {
    await promise;
  } catch (error) {
    if (isOpenApiSpecError(error)) return error;
    throw error;
  }
  throw new Error("expected a failure");
}

describe("resolveSpecSource", () => {
  it("prefers a local file, then the URL, then Cloudflare's published spec", () => {
    expect(
      resolveSpecSource({
        CLOUDFLARE_OPENAPI_SPEC: "/data/spec.json",
        OPENAPI_SPEC_URL: "https://x",
      }),
    ).toEqual({
      kind: "file",
      path: "/data/spec.json",
    });
    expect(resolveSpecSource({ OPENAPI_SPEC_URL: "https://mirror.example/openapi.json" })).toEqual({
      kind: "url",
      url: "https://mirror.example/openapi.json",
    });
    expect(resolveSpecSource({ CLOUDFLARE_OPENAPI_SPEC: " ", OPENAPI_SPEC_URL: "" })).toEqual({
      kind: "url",
      url: DEFAULT_OPENAPI_SPEC_URL,
    });
  });
});

describe("fetchSpec", () => {
  it("parses the JSON body", async () => {
    const doc = await fetchSpec("https://spec.example/openapi.json", {
      fetch: fakeFetch(() => Response.json({ openapi: "3.1.0", paths: {} })),
    });
    expect(doc).toEqual({ openapi: "3.1.0", paths: {} });
  });

  it("fails on an HTTP error without printing the query string", async () => {
    const error = await failure(
      fetchSpec("https://spec.example/openapi.json?token=s3cret", {
        fetch: fakeFetch(() => new Response("nope", { status: 404 })),
      }),
    );
    expect(error.code).toBe("fetch_failed");
    expect(error.message).toContain("HTTP 404");
    expect(error.message).not.toContain("s3cret");
  });

  it("refuses a body over the size bound, declared or streamed", async () => {
    const declared = await failure(
      fetchSpec("https://spec.example/a.json", {
        maxBytes: 10,
        fetch: fakeFetch(() => new Response("{}", { headers: { "content-length": "9999" } })),
      }),
    );
    expect(declared.code).toBe("too_large");
    const streamed = await failure(
      fetchSpec("https://spec.example/a.json", {
        maxBytes: 10,
        fetch: fakeFetch(() => new Response(JSON.stringify({ padding: "x".repeat(100) }))),
      }),
    );
    expect(streamed.code).toBe("too_large");
  });

  it("reports invalid JSON and network failures with their codes", async () => {
    const invalid = await failure(
      fetchSpec("https://spec.example/a.json", {
        fetch: fakeFetch(() => new Response("{not json")),
      }),
    );
    expect(invalid.code).toBe("invalid_json");
    const network = await failure(
      fetchSpec("https://spec.example/a.json", {
        fetch: async () => {
          throw new TypeError("connection refused");
        },
      }),
    );
    expect(network.code).toBe("fetch_failed");
  });
});

describe("describeUrl", () => {
  it("drops user info, query and fragment", () => {
    expect(describeUrl("https://user:pass@spec.example/o.json?k=v#x")).toBe(
      "https://spec.example/o.json",
    );
    expect(describeUrl("not a url")).toBe("an invalid URL");
  });
});
