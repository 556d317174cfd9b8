/**
 * Helpers to write tiny one-operation specs inline in a test.
 * @module
 */

/** A 3.x document with one `POST /things` whose JSON body is `bodySchema`, plus `schemas`. */
export function specWithBody(
  bodySchema: unknown,
  schemas: Record<string, unknown> = {},
  openapi = "3.0.3",
): Record<string, unknown> {
  return {
    openapi,
    info: { title: "Test", version: "1" },
    paths: {
      "/things": {
        post: {
          operationId: "create-thing",
          requestBody: { content: { "application/json": { schema: bodySchema } } },
          responses: { "200": { description: "OK." } },
        },
      },
    },
    components: { schemas },
  };
}

/** A 3.x document with one `GET /things` whose 200 JSON response is `responseSchema`. */
export function specWithResponse(
  responseSchema: unknown,
  schemas: Record<string, unknown> = {},
): Record<string, unknown> {
  return {
    openapi: "3.1.0",
    info: { title: "Test", version: "1" },
    paths: {
      "/things": {
        get: {
          operationId: "list-things",
          responses: {
            "200": {
              description: "OK.",
              content: { "application/json": { schema: responseSchema } },
            },
          },
        },
      },
    },
    components: { schemas },
  };
}
