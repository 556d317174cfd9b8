// Size of the tool lists a model pays for, in tokens of two common encodings.
import type { Client } from "@modelcontextprotocol/client";
import { getEncoding } from "js-tiktoken";

const CODE_MODE_TOOLS = ["search", "execute", "docs"];
const encodings = {
  cl100k_base: getEncoding("cl100k_base"),
  o200k_base: getEncoding("o200k_base"),
};

function tokens(value: unknown) {
  const text = JSON.stringify(value);
  return {
    chars: text.length,
    cl100k_base: encodings.cl100k_base.encode(text).length,
    o200k_base: encodings.o200k_base.encode(text).length,
  };
}

/** Code Mode's tools (and its whole list), and the whole ?codemode=false list with its time. */
export async function countTokens(codeMode: Client, endpoints: Client) {
  const codeModeTools = (await codeMode.listTools()).tools;
  const started = performance.now();
  const endpointTools = (await endpoints.listTools()).tools;
  const listMs = Math.round(performance.now() - started);
  return {
    codemode_search_execute_docs: tokens(
      codeModeTools.filter((tool) => CODE_MODE_TOOLS.includes(tool.name)),
    ),
    codemode_whole_list: tokens(codeModeTools),
    codemode_false_whole_list: tokens(endpointTools),
    codemode_false_tools: endpointTools.length,
    codemode_false_list_ms: listMs,
  };
}
