/**
 * The compact per-app report printed after each conformance run, and the decision whether the
 * app's run is acceptable.
 */
import type { AppOutcome, ScenarioResult, Verdict } from "./results.ts";

export interface AppReport {
  app: string;
  outcome: AppOutcome;
  seconds: number;
  /** The CLI's own exit code (it applies the baseline too); null when it was killed. */
  cliExitCode: number | null;
  timedOut: boolean;
  /** Set when the app has no baseline file. */
  missingBaseline?: string;
  /** Baseline entries without a reason comment. */
  unexplainedEntries: string[];
}

/** Lines describing why the run is not acceptable; empty when it is. */
export function problemsOf(report: AppReport): string[] {
  const problems: string[] = [];
  for (const result of report.outcome.results) {
    if (result.verdict === "unexpected-failure") problems.push(unexpectedLine(result));
    if (result.verdict === "stale") {
      problems.push(`stale baseline entry: ${result.scenario} passes now; remove it`);
    }
  }
  for (const entry of report.outcome.unknownBaselineEntries) {
    problems.push(`baseline entry ${entry} names no scenario that ran; remove or fix it`);
  }
  for (const entry of report.unexplainedEntries) {
    problems.push(`baseline entry ${entry} has no reason comment`);
  }
  if (report.missingBaseline) {
    problems.push(`no baseline file (${report.missingBaseline}): every scenario had to pass`);
  }
  if (report.timedOut) problems.push("the conformance CLI timed out and was killed");
  else if (report.cliExitCode !== 0 && problems.length === 0) {
    problems.push(`the conformance CLI exited with ${report.cliExitCode}; see its output above`);
  }
  return problems;
}

export function formatReport(report: AppReport): string {
  const results = report.outcome.results;
  const count = (verdict: Verdict) => results.filter((result) => result.verdict === verdict);
  const passed = count("passed");
  const lines = [
    `${report.app}: ${results.length} scenarios in ${report.seconds.toFixed(1)} s: ` +
      `${passed.length} passed, ${count("expected-failure").length} expected failures (baseline), ` +
      `${count("unexpected-failure").length} unexpected failures, ${count("stale").length} stale`,
    `  passed: ${passed.map((result) => result.scenario).join(", ") || "none"}`,
  ];
  const problems = problemsOf(report);
  for (const problem of problems) lines.push(`  FAIL ${problem}`);
  lines.push(`  ${problems.length === 0 ? "OK" : "NOT OK"}`);
  return lines.join("\n");
}

function unexpectedLine(result: ScenarioResult): string {
  const checks = result.problems
    .map(
      (check) =>
        `${check.id} ${check.status}${check.errorMessage ? `: ${check.errorMessage}` : ""}`,
    )
    .join("; ");
  return `unexpected failure: ${result.scenario} (${checks})`;
}
