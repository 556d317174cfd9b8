/**
 * Prepares agent-written code for the isolate: checks that it is one function (or a function
 * body), and inserts a call to a guard at the top of every loop body and function body. workerd
 * enforces no CPU limit in local development and Date.now() does not advance while code runs, so a
 * counted guard is what stops `while (true) {}` or runaway recursion without taking the server
 * down; in production it also ends runaway code long before the platform's CPU limit would.
 */
import { type Node, parse, parseExpressionAt } from "acorn";
import { SandboxCodeError } from "./errors.ts";

export const MAX_CODE_CHARS = 100_000;

export interface InstrumentedCode {
  /** A parenthesised function expression, safe to embed as an expression. */
  expression: string;
  /** How the submitted code was read. */
  form: "function" | "body";
}

const PARSE_OPTIONS = { ecmaVersion: "latest", sourceType: "module" } as const;

/**
 * @param guardName identifier of the guard function to call; must not occur in the code.
 * @throws SandboxCodeError when the code is empty, too long, not valid JavaScript or not a function.
 */
export function instrumentCode(code: string, guardName: string): InstrumentedCode {
  const trimmed = code.trim();
  if (trimmed === "")
    throw new SandboxCodeError(
      "The code is empty. Pass an async arrow function, e.g. `async () => { ... }`.",
    );
  if (trimmed.length > MAX_CODE_CHARS) {
    throw new SandboxCodeError(
      `The code is ${trimmed.length} characters; the limit is ${MAX_CODE_CHARS}.`,
    );
  }
  if (trimmed.includes(guardName))
    throw new SandboxCodeError("The code uses a reserved identifier.");

  const asFunction = readFunctionExpression(trimmed);
  if (asFunction)
    return { expression: wrap(instrument(trimmed, asFunction, guardName)), form: "function" };

  // Models often send only the body of the function; accept it when it parses as one.
  const wrapped = `async () => {\n${trimmed}\n}`;
  let body: Node;
  try {
    body = parseExpressionAt(wrapped, 0, PARSE_OPTIONS);
  } catch (error) {
    throw syntaxError(trimmed, error);
  }
  if (body.end !== wrapped.length) throw syntaxError(trimmed, undefined);
  return { expression: wrap(instrument(wrapped, body, guardName)), form: "body" };
}

function readFunctionExpression(code: string): Node | undefined {
  try {
    const node = parseExpressionAt(code, 0, PARSE_OPTIONS);
    // Only comments and semicolons may follow the function.
    const rest = parse(code.slice(node.end), PARSE_OPTIONS);
    if (rest.body.some((statement) => statement.type !== "EmptyStatement")) return undefined;
    if (node.type === "ArrowFunctionExpression" || node.type === "FunctionExpression") return node;
    return undefined;
  } catch {
    return undefined;
  }
}

/** A comment at the end of the code must not swallow the closing parenthesis. */
function wrap(expression: string): string {
  return `(${expression}\n)`;
}

function syntaxError(code: string, error: unknown): SandboxCodeError {
  // Re-parse the code as a module on its own so positions refer to what the caller wrote.
  let detail = error instanceof Error ? error.message : "unexpected input";
  try {
    parse(code, {
      ...PARSE_OPTIONS,
      allowReturnOutsideFunction: true,
      allowAwaitOutsideFunction: true,
    });
  } catch (own) {
    if (own instanceof Error) detail = own.message;
  }
  return new SandboxCodeError(
    `The code is not valid JavaScript (${detail}). Pass one async arrow function, e.g. \`async () => { return 1; }\`.`,
  );
}

interface Insertion {
  at: number;
  text: string;
  closing: boolean;
  depth: number;
}

const LOOPS = new Set([
  "ForStatement",
  "ForInStatement",
  "ForOfStatement",
  "WhileStatement",
  "DoWhileStatement",
]);
const FUNCTIONS = new Set(["FunctionDeclaration", "FunctionExpression", "ArrowFunctionExpression"]);

function instrument(source: string, root: Node, guardName: string): string {
  const call = `${guardName}();`;
  const insertions: Insertion[] = [];
  const guardBody = (body: Node, depth: number, arrowExpression: boolean) => {
    if (body.type === "BlockStatement") {
      insertions.push({ at: body.start + 1, text: call, closing: false, depth });
    } else if (arrowExpression) {
      insertions.push({ at: body.start, text: `(${guardName}(),`, closing: false, depth });
      insertions.push({ at: body.end, text: ")", closing: true, depth });
    } else {
      insertions.push({ at: body.start, text: `{${call}`, closing: false, depth });
      insertions.push({ at: body.end, text: "}", closing: true, depth });
    }
  };

  const visit = (node: Node, depth: number): void => {
    const record = node as unknown as Record<string, unknown>;
    if (LOOPS.has(node.type)) guardBody(record.body as Node, depth, false);
    if (FUNCTIONS.has(node.type)) {
      guardBody(record.body as Node, depth, node.type === "ArrowFunctionExpression");
    }
    for (const key of Object.keys(record)) {
      const child = record[key];
      if (Array.isArray(child)) {
        for (const item of child) if (isNode(item)) visit(item, depth + 1);
      } else if (isNode(child)) {
        visit(child, depth + 1);
      }
    }
  };
  visit(root, 0);

  // Same offset: close what ends there (innermost first) before opening what starts there
  // (outermost first).
  insertions.sort(
    (a, b) =>
      a.at - b.at ||
      Number(b.closing) - Number(a.closing) ||
      (a.closing ? b.depth - a.depth : a.depth - b.depth),
  );
  let out = "";
  let cursor = root.start;
  for (const insertion of insertions) {
    out += source.slice(cursor, insertion.at) + insertion.text;
    cursor = insertion.at;
  }
  return out + source.slice(cursor, root.end);
}

function isNode(value: unknown): value is Node {
  return (
    typeof value === "object" &&
    value !== null &&
    typeof (value as { type?: unknown }).type === "string" &&
    typeof (value as { start?: unknown }).start === "number"
  );
}
