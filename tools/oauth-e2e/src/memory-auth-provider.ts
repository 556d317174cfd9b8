/**
 * An in-memory OAuth client provider for the MCP SDK client, as a desktop client implements it:
 * dynamic registration, PKCE verifier and tokens kept here; "redirecting the user" records the
 * authorization URL for the test to walk.
 */
import type {
  OAuthClientMetadata,
  OAuthClientProvider,
  OAuthDiscoveryState,
  StoredOAuthClientInformation,
  StoredOAuthTokens,
} from "@modelcontextprotocol/client";

export class MemoryAuthProvider implements OAuthClientProvider {
  clientInfo: StoredOAuthClientInformation | undefined;
  stored: StoredOAuthTokens | undefined;
  authorizationUrl: URL | undefined;
  #verifier = "";
  #discovery: OAuthDiscoveryState | undefined;

  readonly redirectUrl: string;
  readonly clientName: string;

  constructor(redirectUrl: string, clientName = "E2E Test Client") {
    this.redirectUrl = redirectUrl;
    this.clientName = clientName;
  }

  get clientMetadata(): OAuthClientMetadata {
    return {
      client_name: this.clientName,
      redirect_uris: [this.redirectUrl],
      grant_types: ["authorization_code", "refresh_token"],
      response_types: ["code"],
      token_endpoint_auth_method: "none",
    };
  }

  clientInformation() {
    return this.clientInfo;
  }
  saveClientInformation(info: StoredOAuthClientInformation) {
    this.clientInfo = info;
  }
  tokens() {
    return this.stored;
  }
  saveTokens(tokens: StoredOAuthTokens) {
    this.stored = tokens;
  }
  redirectToAuthorization(url: URL) {
    this.authorizationUrl = url;
  }
  saveCodeVerifier(verifier: string) {
    this.#verifier = verifier;
  }
  codeVerifier() {
    return this.#verifier;
  }
  saveDiscoveryState(state: OAuthDiscoveryState) {
    this.#discovery = state;
  }
  discoveryState() {
    return this.#discovery;
  }
}
