/**
 * What code does with a name in its scope, read from its syntax: lets a caller leave out data the
 * code never touches (the api's `search` sends no spec to code that only calls `spec.find`).
 */
import { type Node, parse } from "acorn";

/**
 * The members read from `name` (`spec.find` -> "find"), or "any" when the code uses `name` in
 * any other way (computed access, passing it along, destructuring, declaring its own) or
 * cannot be parsed. Conservative: "any" is always a safe answer.
 */
export function membersUsed(code: string, name: string): Set<string> | "any" {
  let root: Node;
  try {
    root = parse(code, {
      ecmaVersion: "latest",
      sourceType: "module",
      allowReturnOutsideFunction: true,
      allowAwaitOutsideFunction: true,
    });
  } catch {
    return "any";
  }
  const members = new Set<string>();
  let other = false;
  const visit = (node: Node, parent: Node | undefined, key: string): void => {
    if (other) return;
    const record = node as unknown as Record<string, unknown>;
    if (node.type === "Identifier" && record.name === name && !isPropertyName(parent, key)) {
      const member = parent as unknown as Record<string, unknown> | undefined;
      if (
        parent?.type === "MemberExpression" &&
        key === "object" &&
        member?.computed === false &&
        (member.property as { type?: string }).type === "Identifier"
      ) {
        members.add((member.property as { name: string }).name);
      } else {
        other = true;
      }
      return;
    }
    for (const [childKey, child] of Object.entries(record)) {
      if (Array.isArray(child)) {
        for (const item of child) if (isNode(item)) visit(item, node, childKey);
      } else if (isNode(child)) {
        visit(child, node, childKey);
      }
    }
  };
  visit(root, undefined, "");
  return other ? "any" : members;
}

/** `a.name`, `{ name: 1 }` and `class { name() {} }` name a property, not the variable. */
function isPropertyName(parent: Node | undefined, key: string): boolean {
  if (!parent || key === "value") return false;
  const record = parent as unknown as Record<string, unknown>;
  if (parent.type === "MemberExpression") return key === "property" && record.computed === false;
  if (
    parent.type === "Property" ||
    parent.type === "MethodDefinition" ||
    parent.type === "PropertyDefinition"
  ) {
    return key === "key" && record.computed === false && record.shorthand !== true;
  }
  return false;
}

function isNode(value: unknown): value is Node {
  return (
    typeof value === "object" &&
    value !== null &&
    typeof (value as { type?: unknown }).type === "string" &&
    typeof (value as { start?: unknown }).start === "number"
  );
}
