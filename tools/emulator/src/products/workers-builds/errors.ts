/**
 * Workers and Workers Builds errors. `10007 workers.api.error.script_not_found` (HTTP 404) is what
 * the Workers script endpoints answer for an unknown name (quoted in many wrangler issue
 * reports). The Builds spec documents `12000 Not found` for missing builds and triggers. The
 * validation codes below (`10016` names, `10021` upload bodies, `12002` build requests) and their
 * wording are the emulator's own choice: no public source pins them.
 */
import { ApiError } from "../../envelope";

export const scriptNotFound = (): ApiError =>
  new ApiError(404, 10007, "workers.api.error.script_not_found");

export const buildsNotFound = (): ApiError => new ApiError(404, 12000, "Not found");

export const invalidScriptName = (): ApiError =>
  new ApiError(
    400,
    10016,
    "Invalid Worker name: use lowercase letters, digits and dashes (at most 63 characters).",
  );

export const invalidUpload = (detail: string): ApiError =>
  new ApiError(400, 10021, `Uncaught error in upload: ${detail}`);

export const invalidBuildRequest = (detail: string): ApiError => new ApiError(400, 12002, detail);

export const invalidBuildUuid = (): ApiError =>
  new ApiError(
    400,
    12002,
    "Invalid build UUID: expected a UUID such as 8f3b2c1d-4e5f-4a6b-9c7d-8e9f0a1b2c3d",
  );
