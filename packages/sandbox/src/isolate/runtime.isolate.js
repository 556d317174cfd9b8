// @ts-check
/**
 * Runtime of one sandbox run, loaded as module "sandbox-runtime.js" into every Dynamic Worker
 * (the host imports this file as text; it never runs in the host). The generated main module
 * (see src/job.ts) creates one run per isolate: a guard the instrumented code calls at the top of
 * every loop and function body, a captured console, and `execute`, which turns whatever the
 * code returns or throws into a SandboxOutcome.
 * @module
 */

export const BUDGET_MESSAGE =
  "Stopped: the code ran too many loop iterations or function calls (runaway loop or recursion).";
export const DEADLINE_MESSAGE =
  "Stopped: the code ran past its time limit (runaway loop, recursion or too much work for one call).";

/** Clock reads are spaced out to this many guard calls while each call is quick. */
const MAX_CHECK_STEP = 1024;
/** A gap this long (ms) between two clock reads means calls are slow: read it at every call. */
const SLOW_GAP_MS = 5;

/**
 * @param {import("./runtime").RunOptions} options
 * @returns {import("./runtime").Run}
 */
export function createRun(options) {
  // The clock starts in `execute`: at module level (isolate start-up) workerd's Date reads 0.
  const state = {
    ticks: 0,
    exceeded: false,
    late: false,
    deadline: Number.POSITIVE_INFINITY,
    lastCheck: 0,
    step: 1,
    nextCheck: 1,
  };
  // Production freezes the clock while code runs (its CPU limit covers that case); locally the
  // clock advances but nothing limits CPU, so this check is what ends slow loops in-process. The
  // spacing adapts: a loop whose body spends 50 ms inside a built-in is checked every iteration.
  const guard = () => {
    if (state.exceeded || ++state.ticks > options.maxTicks) {
      state.exceeded = true;
      throw new RangeError(BUDGET_MESSAGE);
    }
    if (state.late) throw new RangeError(DEADLINE_MESSAGE);
    if (state.ticks < state.nextCheck) return;
    const now = Date.now();
    if (now > state.deadline) {
      state.late = true;
      throw new RangeError(DEADLINE_MESSAGE);
    }
    state.step = now - state.lastCheck > SLOW_GAP_MS ? 1 : Math.min(state.step * 2, MAX_CHECK_STEP);
    state.lastCheck = now;
    state.nextCheck = state.ticks + state.step;
  };

  /** @type {string[]} */
  const logs = [];
  const capture = captureConsole(logs, options.maxLogChars);

  /**
   * @param {() => Promise<unknown>} body
   * @returns {Promise<import("./runtime").Outcome>}
   */
  async function execute(body) {
    state.lastCheck = Date.now();
    state.deadline = state.lastCheck + options.deadlineMs;
    let ok = true;
    /** @type {unknown} */
    let value;
    try {
      value = await body();
    } catch (error) {
      ok = false;
      value = error;
    }
    if (capture.dropped() > 0) {
      logs.push(`[${capture.dropped()} more log lines dropped: the log limit was reached]`);
    }
    if (state.exceeded) return { ok: false, kind: "budget", message: BUDGET_MESSAGE, logs };
    if (state.late) return { ok: false, kind: "timeout", message: DEADLINE_MESSAGE, logs };
    if (!ok) return failure(value, logs);
    return serialise(value, options.maxResultChars, logs);
  }

  return Object.freeze({ guard, execute, console: capture.api });
}

/**
 * @param {unknown} error
 * @param {string[]} logs
 * @returns {import("./runtime").Outcome}
 */
function failure(error, logs) {
  if (error instanceof RangeError && /call stack/i.test(error.message)) {
    return {
      ok: false,
      kind: "recursion",
      message: `Stopped: unbounded recursion (${describe(error)}).`,
      logs,
    };
  }
  return { ok: false, kind: "exception", message: describe(error), logs };
}

/**
 * @param {unknown} value
 * @param {number} maxChars
 * @param {string[]} logs
 * @returns {import("./runtime").Outcome}
 */
function serialise(value, maxChars, logs) {
  let json;
  try {
    json = JSON.stringify(value === undefined ? null : value, (_key, item) =>
      typeof item === "bigint" ? item.toString() : item,
    );
  } catch (error) {
    return {
      ok: false,
      kind: "exception",
      message: `The return value cannot be turned into JSON: ${describe(error)}`,
      logs,
    };
  }
  json ??= "null";
  if (json.length > maxChars) {
    return {
      ok: false,
      kind: "too_large",
      message: `The return value is ${json.length} characters of JSON; the limit is ${maxChars}. Return less: select fields, slice arrays, or summarise.`,
      logs,
    };
  }
  return { ok: true, json, logs };
}

/** @param {unknown} error */
function describe(error) {
  if (error instanceof Error) return `${error.name}: ${error.message}`;
  try {
    return `Thrown value: ${JSON.stringify(error)}`;
  } catch {
    return `Thrown value: ${String(error)}`;
  }
}

/**
 * @param {string[]} lines
 * @param {number} maxChars
 */
function captureConsole(lines, maxChars) {
  let used = 0;
  let dropped = 0;
  /**
   * @param {string} level
   * @param {unknown[]} args
   */
  const write = (level, args) => {
    const text = args
      .map((arg) => {
        if (typeof arg === "string") return arg;
        try {
          return JSON.stringify(arg) ?? String(arg);
        } catch {
          return String(arg);
        }
      })
      .join(" ");
    const line = (level === "log" ? "" : `${level}: `) + text;
    if (used + line.length > maxChars) {
      dropped++;
      return;
    }
    used += line.length;
    lines.push(line);
  };
  /** @type {import("./runtime").CapturedConsole} */
  const api = Object.freeze({
    log: (/** @type {unknown[]} */ ...args) => write("log", args),
    info: (/** @type {unknown[]} */ ...args) => write("info", args),
    debug: (/** @type {unknown[]} */ ...args) => write("debug", args),
    warn: (/** @type {unknown[]} */ ...args) => write("warn", args),
    error: (/** @type {unknown[]} */ ...args) => write("error", args),
  });
  return { api, dropped: () => dropped };
}

/**
 * Freezes `root` and everything reachable from it, so data shared by the host (a spec) stays
 * read-only for the code.
 * @template T
 * @param {T} root
 * @returns {T}
 */
export function deepFreeze(root) {
  /** @type {unknown[]} */
  const stack = [root];
  while (stack.length > 0) {
    const value = stack.pop();
    if (value === null || typeof value !== "object" || Object.isFrozen(value)) continue;
    Object.freeze(value);
    for (const key of Object.keys(value))
      stack.push(/** @type {Record<string, unknown>} */ (value)[key]);
  }
  return root;
}
