// Line-level markdown reading for chunking: finds headings outside code fences and turns the
// inline markup of a heading or a body into plain, searchable text.

/** A run of body lines under one heading path. */
export interface MarkdownSection {
  /** Headings from the outermost down, e.g. ["Bindings", "KV namespaces"]; empty for the intro. */
  headings: string[];
  /** Nesting level (1-6) of each entry of `headings`. */
  levels: number[];
  lines: string[];
}

const HEADING = /^(#{1,6})[ \t]+(.+?)(?:[ \t]+#+)?[ \t]*$/;
const FENCE = /^[ \t]*(`{3,}|~{3,})/;

/** Tracks whether a line sits inside a fenced code block (``` or ~~~, closed by a fence as long). */
export class FenceTracker {
  private open: string | undefined;

  /** Feeds one line; returns true when the line is part of a fenced block (fences included). */
  consume(line: string): boolean {
    const fence = FENCE.exec(line)?.[1];
    if (this.open === undefined) {
      if (fence !== undefined) {
        this.open = fence;
        return true;
      }
      return false;
    }
    if (
      fence !== undefined &&
      fence[0] === this.open[0] &&
      fence.length >= this.open.length &&
      line.trim() === fence
    ) {
      this.open = undefined;
    }
    return true;
  }
}

/** Splits markdown into sections at every heading that is not inside a code fence. */
export function splitSections(markdown: string): MarkdownSection[] {
  const sections: MarkdownSection[] = [];
  let current: MarkdownSection = { headings: [], levels: [], lines: [] };
  const fences = new FenceTracker();
  for (const line of markdown.split(/\r?\n/)) {
    const inFence = fences.consume(line);
    const heading = inFence ? null : HEADING.exec(line);
    if (!heading) {
      current.lines.push(line);
      continue;
    }
    sections.push(current);
    const level = heading[1]!.length;
    const headings: string[] = [];
    const levels: number[] = [];
    for (let index = 0; index < current.levels.length; index++) {
      if (current.levels[index]! < level) {
        headings.push(current.headings[index]!);
        levels.push(current.levels[index]!);
      }
    }
    headings.push(inlineToPlain(heading[2]!));
    levels.push(level);
    current = { headings, levels, lines: [] };
  }
  sections.push(current);
  return sections;
}

/** Strips inline markup: links and images keep their text, code spans and emphasis lose marks. */
export function inlineToPlain(text: string): string {
  return stripLinks(text)
    .replace(/<[^>]+>/g, "")
    .replace(/`+([^`]*)`+/g, "$1")
    .replace(/(\*\*|__)(.+?)\1/g, "$2")
    .replace(/(^|[^\w*])[*_]([^*_\s][^*_]*?)[*_](?=[^\w*]|$)/g, "$1$2")
    .replace(/\s+/g, " ")
    .trim();
}

/** Replaces `[text](target)` with `text` and `![alt](src)` with `alt`. */
export function stripLinks(text: string): string {
  return text.replace(/!?\[([^\]\n]*)\]\([^)\s]*(?:\s+"[^"]*")?\)/g, "$1");
}

/**
 * Cleans body text for indexing and snippets: link targets, admonition fences (`:::note`) and
 * horizontal rules carry no searchable words, so they go; code blocks stay, since users search
 * for configuration keys and commands.
 */
export function cleanBodyLine(line: string): string {
  const admonition = /^\s*:::\s*([a-z]+)?(?:\[(.*)\])?\s*$/.exec(line);
  if (admonition) return admonition[2] ?? "";
  if (/^\s*(?:-{3,}|\*{3,}|_{3,})\s*$/.test(line)) return "";
  return stripLinks(line);
}
