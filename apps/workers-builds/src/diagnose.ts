/**
 * Finds why a build failed from its log: the step that was running, the first error lines with
 * some context, and the `Failed:` summary lines Workers Builds prints.
 */
import { TOOL_ERROR_PATTERNS } from "./log-window";

export type BuildStep = "initialize" | "clone" | "install" | "build" | "deploy" | "unknown";

export interface LogDiagnosis {
  step: BuildStep;
  /** 1-based line number of the first error line, when one was found. */
  first_error_line?: number;
  /** The first error with a few lines before and after, as `#n text`. */
  excerpt: string[];
  /** Workers Builds' own `Failed: …` lines. */
  failed_lines: string[];
  /** Cloudflare API error code quoted by wrangler, e.g. 10000. */
  api_error_code?: number;
}

const STEP_MARKERS: Array<[RegExp, BuildStep]> = [
  [/^Initializing build environment/, "initialize"],
  [/^Cloning repository/, "clone"],
  [/^Installing project dependencies/, "install"],
  [/^Executing user build command/, "build"],
  [/^Executing user deploy command/, "deploy"],
];

const CONTEXT_BEFORE = 2;
const CONTEXT_AFTER = 10;

export function diagnoseLog(lines: Array<[number, string]>): LogDiagnosis {
  const texts = lines.map(([, text]) => text);
  const failed = texts.filter((text) => text.startsWith("Failed:"));
  let firstError = texts.findIndex((text) =>
    TOOL_ERROR_PATTERNS.some((pattern) => pattern.test(text)),
  );
  if (firstError === -1) firstError = texts.findIndex((text) => text.startsWith("Failed:"));
  const stepEnd = firstError === -1 ? texts.length : firstError + 1;
  let step: BuildStep = "unknown";
  for (const text of texts.slice(0, stepEnd)) {
    const marker = STEP_MARKERS.find(([pattern]) => pattern.test(text));
    if (marker) step = marker[1];
  }
  const diagnosis: LogDiagnosis = { step, excerpt: [], failed_lines: failed };
  if (firstError !== -1) {
    diagnosis.first_error_line = firstError + 1;
    const from = Math.max(0, firstError - CONTEXT_BEFORE);
    const to = Math.min(texts.length, firstError + CONTEXT_AFTER + 1);
    diagnosis.excerpt = texts.slice(from, to).map((text, index) => `#${from + index + 1} ${text}`);
  }
  const code = texts.join("\n").match(/\[code: (\d+)\]/);
  if (code) diagnosis.api_error_code = Number(code[1]);
  return diagnosis;
}

/** The commands of the build, as its trigger metadata gives them. */
export interface BuildCommands {
  build?: string | undefined;
  deploy?: string | undefined;
}

/** "the deploy command (`npm run deploy`)": the command that was running when it failed. */
export function failingCommand(step: BuildStep, commands: BuildCommands): string {
  if (step === "deploy") return `the deploy command${quoted(commands.deploy)}`;
  if (step === "build") return `the build command${quoted(commands.build)}`;
  if (step === "install") return "installing dependencies";
  return `the ${step} step`;
}

function quoted(command: string | undefined): string {
  return command ? ` (\`${command}\`)` : "";
}

/** A next step for the failures we recognise, naming the command that failed. */
export function suggestFix(
  diagnosis: LogDiagnosis,
  excerpt: string,
  commands: BuildCommands = {},
): string {
  const where = failingCommand(diagnosis.step, commands);
  if (diagnosis.api_error_code === 10000) {
    return "The deploy step was refused by the Cloudflare API (Authentication error 10000): the build's API token lacks permission. In the dashboard, check Workers & Pages > Worker > Settings > Build > API token (it needs Workers Scripts Edit on this account), or pick a new token, then retry with workers_builds_builds_trigger.";
  }
  if (/error TS\d+/.test(excerpt)) {
    return `TypeScript errors in ${where}. Fix the listed files (often after a dependency upgrade in the failing commit), push, or revert the commit; run that command locally to reproduce.`;
  }
  if (/ERESOLVE/.test(excerpt)) {
    return "npm could not resolve the dependency tree. Align the conflicting peer versions in package.json (or commit an updated lockfile), then push.";
  }
  if (diagnosis.step === "install") {
    return "Installing dependencies failed. Check the lockfile and the package manager version, then push a fix.";
  }
  return `The failure came from ${where}. Read the excerpt above; workers_builds_build_logs_get shows the full log around first_error_line.`;
}
