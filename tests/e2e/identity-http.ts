// Raw HTTP against the running portal for the identity specs: next-auth's own endpoints (CSRF token +
// credentials callback), as a script or an attacker would call them.
//
// Client addresses: the portal reads clientIp() (lib/http/client-ip.ts). Behind the portal's own server
// (scripts/server.ts, TRUSTED_PROXY_HOPS=1 in playwright.config.ts) the address is the last X-Forwarded-For
// entry; under plain `next start` the header x-kc-client-ip passes through as sent. Both are sent, so the
// tests stand for several addresses either way.
/** The demo identity provider of the e2e run (scripts/demo-idp.ts) and the portal's client at it. */
export const E2E_IDP_PORT = Number(process.env.E2E_IDP_PORT ?? 3290);
export const E2E_OIDC = { clientId: "khuyen-cong-e2e", clientSecret: "e2e-oidc-secret-0123456789" };

export function fromAddress(address: string): Record<string, string> {
  return { "x-forwarded-for": address, "x-kc-client-ip": address };
}

export type SignInReply = {
  status: number;
  location: string;
  cookieNames: string[];
  body: string;
  ms: number;
  sessionCookie: string | null;
};

export async function httpSignIn(
  base: string,
  identifier: string,
  password: string,
  headers: Record<string, string> = {},
): Promise<SignInReply> {
  const csrf = await fetch(`${base}/api/auth/csrf`, { headers });
  const jar = csrf.headers
    .getSetCookie()
    .map((c) => c.split(";")[0]!)
    .join("; ");
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const t0 = performance.now();
  const res = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { ...headers, "content-type": "application/x-www-form-urlencoded", cookie: jar },
    body: new URLSearchParams({ identifier, password, csrfToken, callbackUrl: `${base}/sau-dang-nhap` }),
  });
  const body = await res.text();
  const ms = performance.now() - t0;
  const set = res.headers.getSetCookie();
  const session = set.map((c) => c.split(";")[0]!).find((c) => c.includes("session-token=") && !c.endsWith("="));
  return {
    status: res.status,
    location: res.headers.get("location") ?? "",
    body,
    ms,
    cookieNames: set.map((c) => c.split("=")[0]!).sort(),
    sessionCookie: session ?? null,
  };
}

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}
