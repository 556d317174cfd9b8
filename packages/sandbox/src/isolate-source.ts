/**
 * Source of the Dynamic Worker's main module. The agent's function is compiled into the module
 * (workerd forbids eval at request time), so each distinct code gets its own isolate; data and
 * helpers that are the same for every call go in `setup`, which runs once per isolate.
 */

export interface IsolateSourceOptions {
  /** Parenthesised, guarded function expression from `instrumentCode`. */
  expression: string;
  guardName: string;
  /** Module-level statements, run once when the isolate starts (imports allowed). */
  setup: string;
  /** Statements run at the start of every call; `host` and `input` are in scope. */
  scope: string;
  maxTicks: number;
  /** Wall-clock budget of one call; checked by the guard wherever the clock advances during code. */
  timeoutMs: number;
  maxResultChars: number;
  maxLogChars: number;
}

export const DEADLINE_MESSAGE =
  "Stopped: the code ran past its time limit (runaway loop, recursion or too much work for one call).";

export const BUDGET_MESSAGE =
  "Stopped: the code ran too many loop iterations or function calls (runaway loop or recursion).";

export function isolateSource(options: IsolateSourceOptions): string {
  const { guardName: G } = options;
  // Imports must come first in a module; everything else of `setup` follows the helpers.
  const { imports, statements } = splitImports(options.setup);
  // Every module-level name the agent could reach carries the random guard name as prefix, and
  // every binding is const, so code cannot reset the budget or replace the helpers.
  const P = `${G}_`;
  return `${imports}
import { WorkerEntrypoint } from "cloudflare:workers";

const ${P}state = { ticks: 0, exceeded: false, late: false, deadline: 0, active: 0 };
const ${G} = () => {
  const state = ${P}state;
  if (state.exceeded || ++state.ticks > ${options.maxTicks}) {
    state.exceeded = true;
    throw new RangeError(${JSON.stringify(BUDGET_MESSAGE)});
  }
  // Production freezes the clock while code runs (the CPU limit covers it there); local workerd
  // lets it advance but enforces no CPU limit, so this check is what ends slow loops locally.
  if (state.late || ((state.ticks & 1023) === 0 && Date.now() > state.deadline)) {
    state.late = true;
    throw new RangeError(${JSON.stringify(DEADLINE_MESSAGE)});
  }
};
const sandbox = Object.freeze({
  deepFreeze(root) {
    const stack = [root];
    while (stack.length > 0) {
      const value = stack.pop();
      if (value === null || typeof value !== "object" || Object.isFrozen(value)) continue;
      Object.freeze(value);
      for (const key of Object.keys(value)) stack.push(value[key]);
    }
    return root;
  },
});
const ${P}isStackOverflow = (error) => error instanceof RangeError && /call stack/i.test(error.message);
const ${P}describe = (error) => {
  if (error instanceof Error) return error.name + ": " + error.message;
  try { return "Thrown value: " + JSON.stringify(error); } catch { return "Thrown value: " + String(error); }
};
const ${P}console = (lines) => {
  let used = 0;
  let dropped = 0;
  const write = (level, args) => {
    const text = args.map((arg) => {
      if (typeof arg === "string") return arg;
      try { return JSON.stringify(arg) ?? String(arg); } catch { return String(arg); }
    }).join(" ");
    const line = (level === "log" ? "" : level + ": ") + text;
    if (used + line.length > ${options.maxLogChars}) { dropped++; return; }
    used += line.length;
    lines.push(line);
  };
  const api = {
    log: (...a) => write("log", a), info: (...a) => write("info", a), debug: (...a) => write("debug", a),
    warn: (...a) => write("warn", a), error: (...a) => write("error", a),
  };
  return { api: Object.freeze(api), dropped: () => dropped };
};
const ${P}finish = (ok, value, logs, capture) => {
  if (capture.dropped() > 0) logs.push("[" + capture.dropped() + " more log lines dropped: the log limit was reached]");
  if (${P}state.exceeded) return { ok: false, kind: "budget", message: ${JSON.stringify(BUDGET_MESSAGE)}, logs };
  if (${P}state.late) return { ok: false, kind: "timeout", message: ${JSON.stringify(DEADLINE_MESSAGE)}, logs };
  if (!ok) {
    if (${P}isStackOverflow(value)) {
      return { ok: false, kind: "recursion", message: "Stopped: unbounded recursion (" + ${P}describe(value) + ").", logs };
    }
    return { ok: false, kind: "exception", message: ${P}describe(value), logs };
  }
  let json;
  try {
    json = JSON.stringify(value === undefined ? null : value, (_key, v) => typeof v === "bigint" ? v.toString() : v);
  } catch (error) {
    return { ok: false, kind: "exception", message: "The return value cannot be turned into JSON: " + ${P}describe(error), logs };
  }
  if (json === undefined) json = "null";
  if (json.length > ${options.maxResultChars}) {
    return { ok: false, kind: "too_large", message: "The return value is " + json.length + " characters of JSON; the limit is ${options.maxResultChars}. Return less: select fields, slice arrays, or summarise.", logs };
  }
  return { ok: true, json, logs };
};
${statements}

export default class extends WorkerEntrypoint {
  async run(host, input) {
    if (${P}state.active++ === 0) {
      Object.assign(${P}state, { ticks: 0, exceeded: false, late: false, deadline: Date.now() + ${Math.max(options.timeoutMs - 250, 50)} });
    }
    const ${P}logs = [];
    const ${P}capture = ${P}console(${P}logs);
    const console = ${P}capture.api;
    try {
${indent(options.scope, 6)}
      const ${P}fn = ${options.expression};
      return ${P}finish(true, await ${P}fn(), ${P}logs, ${P}capture);
    } catch (error) {
      return ${P}finish(false, error, ${P}logs, ${P}capture);
    } finally {
      ${P}state.active--;
    }
  }
}
`;
}

function splitImports(setup: string): { imports: string; statements: string } {
  const imports: string[] = [];
  const statements: string[] = [];
  for (const line of setup.split("\n")) {
    (/^\s*import\s/.test(line) ? imports : statements).push(line);
  }
  return { imports: imports.join("\n"), statements: statements.join("\n") };
}

function indent(text: string, spaces: number): string {
  const pad = " ".repeat(spaces);
  return text
    .split("\n")
    .map((line) => (line.trim() === "" ? "" : pad + line))
    .join("\n");
}
