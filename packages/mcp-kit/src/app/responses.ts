/** Plain HTTP answers given before a request reaches the MCP handler. */

export function jsonRpcErrorResponse(status: number, message: string): Response {
  return Response.json(
    { jsonrpc: "2.0", error: { code: -32000, message }, id: null },
    { status, headers: { "Cache-Control": "no-store" } },
  );
}

export function notFoundResponse(pathname: string): Response {
  return Response.json(
    { error: "not_found", message: `Nothing at ${pathname}. The MCP endpoint is /mcp.` },
    { status: 404 },
  );
}
