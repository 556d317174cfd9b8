/**
 * Turns the CLI's per-scenario `checks.json` files into one verdict per scenario and compares them
 * with the app's baseline, using the CLI's own rule: a scenario fails when any check is FAILURE or
 * WARNING (INFO and SUCCESS pass).
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

export interface Check {
  id: string;
  status: string;
  errorMessage?: string;
}

export type Verdict =
  | "passed"
  | "expected-failure"
  | "unexpected-failure"
  /** In the baseline but passing now: the entry must go. */
  | "stale";

export interface ScenarioResult {
  scenario: string;
  verdict: Verdict;
  /** The FAILURE and WARNING checks (empty when the scenario passed). */
  problems: Check[];
}

export interface AppOutcome {
  results: ScenarioResult[];
  /** Baseline entries naming a scenario that did not run (typos, removed scenarios). */
  unknownBaselineEntries: string[];
}

const FAILING_STATUSES = new Set(["FAILURE", "WARNING"]);
// The CLI names each folder `server-<scenario>-<ISO time with ":" and "." replaced by "-">`.
const RESULT_DIR = /^server-(.+)-\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z$/;

/**
 * @param scenarios the scenarios the CLI ran; one without a checks.json crashed and counts as failed.
 * @param checkUnknownEntries false when only some scenarios ran (`--scenario`).
 */
export function evaluate(
  outputDir: string,
  scenarios: readonly string[],
  expectedFailures: readonly string[],
  checkUnknownEntries: boolean,
): AppOutcome {
  const checks = readChecks(outputDir);
  const baseline = new Set(expectedFailures);
  const results = scenarios.map((scenario): ScenarioResult => {
    const found = checks.get(scenario);
    const problems = found
      ? found.filter((check) => FAILING_STATUSES.has(check.status))
      : [{ id: scenario, status: "FAILURE", errorMessage: "the CLI wrote no results" }];
    const failed = problems.length > 0;
    const expected = baseline.has(scenario);
    const verdict: Verdict = failed
      ? expected
        ? "expected-failure"
        : "unexpected-failure"
      : expected
        ? "stale"
        : "passed";
    return { scenario, verdict, problems };
  });
  const ran = new Set(scenarios);
  const unknownBaselineEntries = checkUnknownEntries
    ? expectedFailures.filter((entry) => !ran.has(entry))
    : [];
  return { results, unknownBaselineEntries };
}

function readChecks(outputDir: string): Map<string, Check[]> {
  const checks = new Map<string, Check[]>();
  if (!existsSync(outputDir)) return checks;
  for (const entry of readdirSync(outputDir, { withFileTypes: true })) {
    const scenario = entry.isDirectory() ? RESULT_DIR.exec(entry.name)?.[1] : undefined;
    const file = join(outputDir, entry.name, "checks.json");
    if (!scenario || !existsSync(file)) continue;
    checks.set(scenario, JSON.parse(readFileSync(file, "utf8")) as Check[]);
  }
  return checks;
}
