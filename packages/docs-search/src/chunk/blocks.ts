// Groups section lines into blocks (paragraphs, lists, whole code fences) and packs blocks into
// passages of bounded size, splitting only where a reader would: between blocks, then lines.

import { cleanBodyLine, FenceTracker } from "./markdown.ts";

/** Splits lines into blank-line separated blocks; a fenced code block is never split here. */
export function toBlocks(lines: readonly string[]): string[] {
  const blocks: string[] = [];
  const fences = new FenceTracker();
  let current: string[] = [];
  const flush = () => {
    if (current.length > 0) blocks.push(current.join("\n"));
    current = [];
  };
  for (const raw of lines) {
    if (fences.consume(raw)) {
      current.push(raw.trimEnd());
      continue;
    }
    const line = cleanBodyLine(raw).trim();
    if (line === "") flush();
    else current.push(line);
  }
  flush();
  return blocks;
}

/**
 * Packs blocks into passages of at most `maxChars` characters (joined by blank lines). A block
 * larger than the bound is cut at line ends, and a single overlong line at a space.
 */
export function packBlocks(blocks: readonly string[], maxChars: number): string[] {
  const passages: string[] = [];
  let current = "";
  const push = (piece: string) => {
    if (current === "") current = piece;
    else if (current.length + 2 + piece.length <= maxChars) current += `\n\n${piece}`;
    else {
      passages.push(current);
      current = piece;
    }
  };
  for (const block of blocks) {
    for (const piece of splitOversized(block, maxChars)) push(piece);
  }
  if (current !== "") passages.push(current);
  return passages;
}

function splitOversized(block: string, maxChars: number): string[] {
  if (block.length <= maxChars) return [block];
  const pieces: string[] = [];
  let current = "";
  for (const line of block.split("\n")) {
    for (const part of splitLine(line, maxChars)) {
      if (current === "") current = part;
      else if (current.length + 1 + part.length <= maxChars) current += `\n${part}`;
      else {
        pieces.push(current);
        current = part;
      }
    }
  }
  if (current !== "") pieces.push(current);
  return pieces;
}

function splitLine(line: string, maxChars: number): string[] {
  const parts: string[] = [];
  let rest = line;
  while (rest.length > maxChars) {
    const space = rest.lastIndexOf(" ", maxChars);
    const cut = space > maxChars / 2 ? space : maxChars;
    parts.push(rest.slice(0, cut));
    rest = rest.slice(cut).trimStart();
  }
  if (rest !== "") parts.push(rest);
  return parts;
}
