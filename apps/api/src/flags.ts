/** Connection options read from the MCP URL: `/mcp?codemode=false&readonly=true`. */
export interface ConnectionFlags {
  /** false: one tool per API operation instead of search + execute. */
  codemode: boolean;
  /** true: only GET requests reach the API. */
  readOnly: boolean;
}

export function connectionFlags(request: Request): ConnectionFlags {
  const params = new URL(request.url).searchParams;
  return {
    codemode: !isFalse(params.get("codemode")),
    readOnly: isTrue(params.get("readonly")),
  };
}

const isTrue = (value: string | null) => value !== null && /^(1|true|yes|on)$/i.test(value);
const isFalse = (value: string | null) => value !== null && /^(0|false|no|off)$/i.test(value);
