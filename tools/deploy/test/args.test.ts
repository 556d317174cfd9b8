// Scope: the deploy command's arguments: an environment in every spelling, the rest for wrangler.
import { describe, expect, it } from "vitest";
import { parseDeployArgs, UsageError } from "../src/args.ts";

describe("parseDeployArgs", () => {
  it("reads --env, --env= and -e, and hands everything else to wrangler", () => {
    expect(parseDeployArgs(["--env", "staging", "--dry-run", "--outdir", "dist"])).toEqual({
      env: "staging",
      dryRun: true,
      wranglerArgs: ["--dry-run", "--outdir", "dist"],
    });
    expect(parseDeployArgs(["--env=production"]).env).toBe("production");
    expect(parseDeployArgs(["-e", "staging"]).env).toBe("staging");
  });

  it("drops the `--` that `pnpm run deploy -- --env staging` passes on, so --env still counts", () => {
    expect(parseDeployArgs(["--", "--env", "staging"])).toMatchObject({
      env: "staging",
      wranglerArgs: [],
    });
  });

  it("has no environment when none is given", () => {
    expect(parseDeployArgs(["--dry-run"]).env).toBeUndefined();
  });

  it("refuses --env without a value and two different environments", () => {
    expect(() => parseDeployArgs(["--env"])).toThrow(UsageError);
    expect(() => parseDeployArgs(["--env", "--dry-run"])).toThrow(UsageError);
    expect(() => parseDeployArgs(["--env", "staging", "--env=production"])).toThrow(/given twice/);
  });
});
