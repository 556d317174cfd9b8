// Pins the public export list of @repo/openapi: adding or removing a name is an API change.
import { expect, it } from "vitest";
import * as openapi from "./index.ts";

it("exports exactly the documented runtime names", () => {
  expect(Object.keys(openapi).sort()).toEqual([
    "DEFAULT_LIMITS",
    "DEFAULT_MAX_SPEC_BYTES",
    "DEFAULT_OPENAPI_SPEC_URL",
    "ERRATA",
    "HTTP_METHODS",
    "MAX_TOOL_DESCRIPTION_CHARS",
    "MAX_TOOL_NAME_LENGTH",
    "OpenApiSpecError",
    "PHRASE_SYNONYMS",
    "PROCESSED_SPEC_FORMAT",
    "applyErrata",
    "buildEndpointTools",
    "buildSearchIndex",
    "checkEndpointArguments",
    "collectProducts",
    "createOperationMatcher",
    "deriveProduct",
    "describeUrl",
    "endpointRequest",
    "endpointToolName",
    "fetchSpec",
    "findOperations",
    "indexByPath",
    "isOpenApiSpecError",
    "normalizeProductKey",
    "parseProcessedSpec",
    "parseSpecText",
    "processSpec",
    "resolveSpecSource",
    "serializeProcessedSpec",
    "toCard",
    "truncateText",
  ]);
});
