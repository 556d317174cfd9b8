// Scope: the package's public surface — pins the exact runtime export list of src/index.ts.
import { expect, it } from "vitest";
import * as api from "./index";

it("exports exactly the documented runtime names", () => {
  expect(Object.keys(api).sort()).toEqual([
    "CloudflareApiError",
    "CloudflareClient",
    "CloudflareNetworkError",
    "DEFAULT_API_BASE_URL",
    "apiPath",
    "buildUrl",
    "fillPath",
    "hasCode",
    "isCloudflareApiError",
    "isCloudflareNetworkError",
    "parseEnvelope",
  ]);
});
