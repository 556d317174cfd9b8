/**
 * Keeping the upstream token alive. A client's refresh of our token is the moment to refresh
 * Cloudflare's (our access token ends before the upstream one does). One refresh at a time per
 * grant: Cloudflare rotates its refresh token, so a second concurrent refresh with the old one
 * would fail with invalid_grant and revoke a healthy grant. Concurrent callers in this isolate share
 * one upstream request, and its result is kept briefly for a caller that read the old props just
 * before it finished. Across isolates the window remains (accepted: clients refresh serially).
 */
import {
  OAuthError,
  type TokenExchangeCallbackOptions,
  type TokenExchangeCallbackResult,
} from "@cloudflare/workers-oauth-provider";
import type { OAuthEnv, OAuthSettings } from "./config";
import { readOAuthSettings } from "./config";
import {
  accessTokenTtlFor,
  type OAuthGrantProps,
  type RequestProps,
  upstreamNeedsRefresh,
} from "./grant-props";
import { refreshUpstreamTokens, UpstreamOAuthError, type UpstreamTokens } from "./upstream";

const RECENT_RESULT_MS = 60_000;

interface Flight {
  promise: Promise<UpstreamTokens>;
  settledAt?: number;
}

export class UpstreamRefresher {
  readonly #flights = new Map<string, Flight>();
  readonly #fetch: typeof fetch;
  readonly #now: () => number;
  /** Upstream refresh requests sent (for tests and logs). */
  requests = 0;

  constructor(options: { fetch?: typeof fetch; now?: () => number } = {}) {
    this.#fetch = options.fetch ?? ((input, init) => fetch(input, init));
    this.#now = options.now ?? Date.now;
  }

  /** New upstream tokens for a grant whose props hold `refreshToken`, shared per grant and token. */
  refresh(settings: OAuthSettings, grantId: string, refreshToken: string): Promise<UpstreamTokens> {
    this.#sweep();
    const key = `${grantId}\u0000${refreshToken}`;
    const existing = this.#flights.get(key);
    if (existing) return existing.promise;
    this.requests += 1;
    const flight: Flight = {
      promise: refreshUpstreamTokens(settings, refreshToken, this.#fetch).finally(() => {
        flight.settledAt = this.#now();
      }),
    };
    this.#flights.set(key, flight);
    // A failed refresh is not kept: the next attempt should ask again.
    flight.promise.catch(() => this.#flights.delete(key));
    return flight.promise;
  }

  #sweep(): void {
    const cutoff = this.#now() - RECENT_RESULT_MS;
    for (const [key, flight] of this.#flights) {
      if (flight.settledAt !== undefined && flight.settledAt < cutoff) this.#flights.delete(key);
    }
  }
}

/**
 * The provider's `tokenExchangeCallback`: aligns our access token's lifetime with the upstream
 * token's, and refreshes upstream when it is close to expiry. An upstream `invalid_grant` becomes
 * ours, which revokes the grant so the client signs in again instead of retrying forever.
 */
export function createTokenExchangeCallback(refresher: UpstreamRefresher) {
  return async function tokenExchange(
    options: TokenExchangeCallbackOptions<OAuthEnv>,
  ): Promise<TokenExchangeCallbackResult | undefined> {
    const props = options.props as RequestProps | undefined;
    if (props?.source !== "oauth") return undefined;
    if (options.grantType === "authorization_code") {
      return { accessTokenTTL: accessTokenTtlFor(props.upstream) };
    }
    if (options.grantType !== "refresh_token") return undefined;
    if (!upstreamNeedsRefresh(props.upstream)) {
      return { accessTokenTTL: accessTokenTtlFor(props.upstream) };
    }
    const settings = readOAuthSettings(options.env);
    if (!settings || !props.upstream.refreshToken) {
      throw new OAuthError("invalid_grant", {
        description: "The Cloudflare sign-in expired and cannot be renewed; authorize again.",
      });
    }
    let upstream: UpstreamTokens;
    try {
      upstream = await refresher.refresh(settings, options.grantId, props.upstream.refreshToken);
    } catch (error) {
      if (error instanceof UpstreamOAuthError && error.kind === "revoked") {
        throw new OAuthError("invalid_grant", {
          description:
            "Cloudflare no longer accepts this sign-in (revoked or expired); authorize again.",
        });
      }
      throw new OAuthError("temporarily_unavailable", {
        description: "Cloudflare's OAuth service is unavailable; retry the refresh shortly.",
        statusCode: 503,
        headers: { "Retry-After": "30" },
      });
    }
    const newProps: OAuthGrantProps = {
      ...props,
      upstream: {
        ...upstream,
        // Cloudflare may not rotate: keep the refresh token we have when it sends none.
        refreshToken: upstream.refreshToken ?? props.upstream.refreshToken,
      },
    };
    return { newProps, accessTokenTTL: accessTokenTtlFor(newProps.upstream) };
  };
}
