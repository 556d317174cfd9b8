/**
 * Zone and DNS errors with the codes the v4 API uses: 1001 for an unknown zone, 81044 for an
 * unknown record, 81053/81058 for conflicting records, 9000-series for invalid record input.
 */
import { ApiError } from "../../envelope";

export function invalidZone(): ApiError {
  return new ApiError(404, 1001, "Invalid zone identifier");
}

export function recordNotFound(): ApiError {
  return new ApiError(404, 81044, "Record does not exist.");
}

export function invalidJsonBody(): ApiError {
  return new ApiError(400, 9207, "Request body is invalid.");
}

export function invalidRecord(code: number, message: string): ApiError {
  return new ApiError(400, code, message);
}

export function hostConflict(): ApiError {
  return new ApiError(400, 81053, "An A, AAAA, or CNAME record with that host already exists.");
}

export function identicalRecord(): ApiError {
  return new ApiError(400, 81058, "An identical record already exists.");
}
