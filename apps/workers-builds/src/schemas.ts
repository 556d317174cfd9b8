/**
 * Zod fields shared by the Workers Builds tools, each with the description the model reads.
 */
import { z } from "@repo/mcp-kit";

export const WorkerSchema = z
  .string()
  .min(1)
  .max(100)
  .describe("Worker name as shown in the dashboard (e.g. `api-gateway`), or its 32-hex tag.");

export const BuildUuidSchema = z
  .string()
  .min(1)
  .max(64)
  .describe(
    "Build UUID (e.g. 8f3b2c1d-4e5f-4a6b-9c7d-8e9f0a1b2c3d), as returned by workers_builds_builds_list.",
  );

export const BranchSchema = z.string().min(1).max(255).describe("Git branch name, e.g. `main`.");

export const CommitHashSchema = z
  .string()
  .regex(/^[0-9a-f]{7,40}$/i)
  .describe("Git commit hash (7 to 40 hex characters).");
