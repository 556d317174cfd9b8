// Redirect URI policy at registration (OAuth 2.1 + RFC 8252).
import { describe, expect, it } from "vitest";
import { redirectUriProblem, redirectUrisProblem } from "./redirect-uris";

describe("redirectUriProblem", () => {
  it.each([
    "https://claude.ai/api/mcp/auth_callback",
    "http://127.0.0.1:33418/callback",
    "http://localhost:6274/oauth/callback",
    "http://[::1]:8080/cb",
    "com.example.app:/oauth2redirect",
    "cursor://anysphere.cursor-mcp/oauth/callback",
  ])("accepts %s", (uri) => {
    expect(redirectUriProblem(uri)).toBeUndefined();
  });

  it.each([
    ["http://evil.example/cb", "http on a remote host"],
    ["javascript:alert(1)", "javascript"],
    ["https://app.example.com/cb#frag", "fragment"],
    ["https://user:pw@app.example.com/cb", "user info"],
    ["not a uri", "absolute"],
  ])("refuses %s and says why", (uri, why) => {
    expect(redirectUriProblem(uri)).toContain(why);
  });

  it("refuses a registration when any one URI is bad", () => {
    expect(redirectUrisProblem(["https://ok.example/cb", "http://evil.example/cb"])).toContain(
      "evil.example",
    );
    expect(redirectUrisProblem([])).toContain("at least one");
  });
});
