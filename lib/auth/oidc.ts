import "server-only";
import type { OIDCConfig } from "next-auth/providers";
import { env } from "@/lib/env";
import { linkOrCreateFromClaims, type IdentityClaims } from "@/lib/auth/oidc-link";

// Single sign-on through OpenID Connect (issue 22): the way a province connects to VNeID (Decree
// 69/2024/NĐ-CP) or to its own identity gateway. Configured by env; absent while OIDC_ISSUER is empty.
export const OIDC_PROVIDER_ID = "vneid";

export function ssoEnabled(): boolean {
  const e = env();
  return Boolean(e.OIDC_ISSUER && e.OIDC_CLIENT_ID);
}

/** The notice shown beside the button when the provider is a test environment (empty in production). */
export function ssoNotice(): string {
  return env().OIDC_DEMO_NOTICE;
}

export function oidcProviders(): OIDCConfig<IdentityClaims>[] {
  const e = env();
  if (!e.OIDC_ISSUER || !e.OIDC_CLIENT_ID) return [];
  const issuer = e.OIDC_ISSUER;
  return [
    {
      id: OIDC_PROVIDER_ID,
      name: "VNeID",
      type: "oidc",
      issuer,
      clientId: e.OIDC_CLIENT_ID,
      clientSecret: e.OIDC_CLIENT_SECRET,
      authorization: { params: { scope: e.OIDC_SCOPES } },
      checks: ["pkce", "state", "nonce"],
      // One redirect URI on both legs of the code flow. next-auth builds the authorization leg's URI from
      // AUTH_URL as written, but the callback leg's from Next's request URL, which Next rewrites for loopback
      // addresses (127.0.0.1 → localhost): the provider then refuses the token request ("redirect_uri
      // mismatch"). Naming AUTH_URL's origin as the redirect proxy makes next-auth use that URI on both legs;
      // on a real domain both legs already agree and nothing changes.
      ...(e.AUTH_URL ? { redirectProxyUrl: new URL("/api/auth", e.AUTH_URL).toString().replace(/\/$/, "") } : {}),
      // The first sign-in links the identity to an existing account or creates one; the portal's own user id
      // travels as portalUserId (next-auth replaces `id` with a random one; lib/auth/callbacks.ts).
      async profile(claims) {
        const u = await linkOrCreateFromClaims(issuer, claims);
        return { id: claims.sub, name: u.name, email: u.email, role: u.role, portalUserId: u.id } as never;
      },
    },
  ];
}
