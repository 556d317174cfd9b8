// Redirect URI allow-list (OAuth 2.1, RFC 8252, MCP authorization), at registration and authorization.
import { describe, expect, it } from "vitest";
import { redirectUriProblem, redirectUrisProblem } from "./redirect-uris";

describe("redirectUriProblem", () => {
  it.each([
    "https://claude.ai/api/mcp/auth_callback",
    "https://www.cursor.com/agents/mcp/oauth/callback",
    "http://127.0.0.1:33418/callback",
    "http://127.0.0.2/callback",
    "http://localhost:6274/oauth/callback",
    "http://[::1]:8080/cb",
    "com.example.app:/oauth2redirect",
    "com.example.app://callback",
    "io.modelcontextprotocol.inspector:/cb",
    "cursor://anysphere.cursor-mcp/oauth/callback",
  ])("allows %s", (uri) => {
    expect(redirectUriProblem(uri)).toBeUndefined();
  });

  it.each([
    ["http://evil.example/cb", "http on a remote host"],
    ["http://127.0.0.1.evil.example/cb", "http on a remote host"],
    ["x-safari-https://evil.example/cb", 'scheme "x-safari-https:"'],
    ["myapp:/cb", 'scheme "myapp:"'],
    ["javascript:alert(1)", 'scheme "javascript:"'],
    ["data:text/html,hi", 'scheme "data:"'],
    ["file:///etc/passwd", 'scheme "file:"'],
    ["ws://127.0.0.1/cb", 'scheme "ws:"'],
    ["https://app.example.com/cb#frag", "fragment"],
    ["https://user:pw@app.example.com/cb", "user info"],
    ["not a uri", "absolute"],
  ])("refuses %s and says why", (uri, why) => {
    const problem = redirectUriProblem(uri);
    expect(problem).toContain(why);
  });

  it("names what is allowed when it refuses a scheme", () => {
    expect(redirectUriProblem("x-safari-https://evil.example/cb")).toContain(
      "reverse-domain form such as com.example.app:/callback",
    );
  });

  it("refuses a registration when any one URI is not allowed", () => {
    expect(redirectUrisProblem(["https://ok.example/cb", "http://evil.example/cb"])).toContain(
      "evil.example",
    );
    expect(redirectUrisProblem([])).toContain("at least one");
    expect(redirectUrisProblem(["https://ok.example/cb", 7])).toContain("strings");
  });
});
