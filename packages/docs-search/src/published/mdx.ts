// Turns the MDX source of a docs page into plain markdown for indexing: module lines (import,
// export) go, JSX component tags go while the text between them stays. Code fences are left
// exactly as written, since people search for the config keys and commands inside them.

import { FenceTracker } from "../chunk/markdown.ts";

const MODULE_LINE =
  /^(?:import\s.+\sfrom\s+["'][^"']+["'];?|import\s+["'][^"']+["'];?|export\s+(?:const|default|function)\b.*)$/;
// Component tags start with a capital letter (<Tabs>, <TabItem label="x">, <Render file="y" />,
// </Tabs>); lower-case HTML tags are left to the chunker's inline cleanup.
const COMPONENT_TAG = /<\/?[A-Z][\w.]*(?:\s+[^<>]*?)?\s*\/?>/g;

export function cleanMdx(source: string): string {
  const fences = new FenceTracker();
  const out: string[] = [];
  for (const line of source.split("\n")) {
    if (fences.consume(line)) {
      out.push(line);
      continue;
    }
    if (MODULE_LINE.test(line.trim())) continue;
    out.push(line.replace(COMPONENT_TAG, "").replace(/\s+$/, ""));
  }
  return out.join("\n").replace(/\n{3,}/g, "\n\n");
}
