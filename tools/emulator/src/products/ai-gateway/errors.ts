/**
 * AI Gateway errors. The spec documents 404 as `{ code: 7002, message: "Not Found" }` and shows
 * `7001 Input Validation Error` for bad input; the emulator appends which parameter was wrong
 * (the real message wording for each parameter is not documented). The spec's 400 schema types
 * `result` as an object (required), so validation failures carry `result: {}`.
 */
import { ApiError } from "../../envelope";

export const notFound = (): ApiError => new ApiError(404, 7002, "Not Found");

export const invalidInput = (detail: string): ApiError =>
  new ApiError(400, 7001, `Input Validation Error: ${detail}`, undefined, {});
