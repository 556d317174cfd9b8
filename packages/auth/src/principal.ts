/**
 * Who is calling a server, after authentication. Built by the API-token verifier today and by the
 * OAuth provider later; tools only ever see this shape, never the credential itself.
 */

/** An account the caller can act on. */
export interface AccountRef {
  id: string;
  name: string;
}

export interface Principal {
  /** How the caller authenticated. */
  kind: "api-token" | "oauth";
  /**
   * Whose state this is (the active account): one credential, never the person behind it.
   * `token:<SHA-256 of the API token>` or `grant:<random id of the OAuth grant>`, so a read-only
   * token and a full-access one of the same user keep separate state, and every server of a
   * deployment that sees the same credential shares it.
   */
  credentialKey: string;
  /** `user` tokens may see many accounts; `account` tokens are owned by exactly one. */
  tokenKind: "user" | "account";
  /** Accounts the credential can see, in API order. */
  accounts: AccountRef[];
  /** OAuth scopes granted, when the caller came through OAuth. */
  scopes?: string[];
  /**
   * True when an OAuth grant holds no scope that can change anything: servers must refuse writes
   * (the kit's tools do; a server that runs code, like Code Mode, must gate its own requests).
   * Undefined for API tokens, whose own permissions decide.
   */
  readOnly?: boolean;
}
