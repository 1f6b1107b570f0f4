import "server-only";
import { headers } from "next/headers";
import type { NextAuthConfig } from "next-auth";
import { getDb } from "@/lib/db";
import { env } from "@/lib/env";
import { clientIp } from "@/lib/http/client-ip";
import { checkSession, createSession, revokeSession } from "@/lib/auth/server-session";

// next-auth callbacks that hold the session on the server (issue 22; ARCHITECTURE.md). At sign-in the
// jwt callback opens an AuthSession row and puts only its id (`sid`) in the token; on every later request
// (every auth() call: pages, actions, route handlers, /api/auth/session) it checks the row and answers
// null — next-auth then clears the cookie — when the row is revoked, idle or past its absolute end.

type SignInUser = { id?: string; role?: string; portalUserId?: string; secondFactorAt?: Date | null };

async function requestFacts(): Promise<{ ip: string | null; userAgent: string | null }> {
  try {
    const h = await headers();
    return { ip: clientIp(h), userAgent: h.get("user-agent") };
  } catch {
    return { ip: null, userAgent: null };
  }
}

/**
 * Where next-auth sends the browser after a sign-in or sign-out: only to this portal, on AUTH_URL's origin
 * when it is set. Next rewrites loopback request URLs (127.0.0.1 → localhost), so next-auth's own base URL can
 * differ from the address the browser used — and the session cookie belongs to that address.
 */
export function portalRedirect({ url, baseUrl }: { url: string; baseUrl: string }): string {
  const authUrl = env().AUTH_URL;
  const base = authUrl ? new URL(authUrl).origin : baseUrl;
  if (url.startsWith("/") && !url.startsWith("//")) return `${base}${url}`;
  try {
    const u = new URL(url);
    if (u.origin === base || u.origin === new URL(baseUrl).origin) return `${base}${u.pathname}${u.search}${u.hash}`;
  } catch {
    /* not a URL: fall through */
  }
  return base;
}

export const sessionCallbacks: NonNullable<NextAuthConfig["callbacks"]> = {
  redirect: async (p) => portalRedirect(p),
  async jwt({ token, user, account }) {
    const db = await getDb();
    if (user) {
      const u = user as SignInUser;
      const oidc = account?.type === "oidc";
      const uid = oidc ? u.portalUserId : u.id;
      if (!uid) return null;
      const facts = await requestFacts();
      const sid = await createSession(db, {
        userId: uid,
        method: oidc ? "oidc" : "password",
        secondFactorAt: u.secondFactorAt ?? null,
        ...facts,
      });
      return { sub: uid, uid, role: u.role, sid, sfa: u.secondFactorAt ? u.secondFactorAt.getTime() : null };
    }
    if (typeof token.sid !== "string") return null; // a token from before server-held sessions
    const live = await checkSession(db, token.sid);
    if (!live || live.userId !== token.uid) return null;
    return { ...token, sfa: live.secondFactorAt ? live.secondFactorAt.getTime() : null };
  },
  session({ session, token }) {
    if (typeof token.uid === "string") {
      session.user = {
        ...session.user,
        id: token.uid,
        role: typeof token.role === "string" ? token.role : undefined,
        sid: token.sid,
        sfa: typeof token.sfa === "number" ? token.sfa : null,
      } as typeof session.user;
    }
    return session;
  },
};

export const sessionEvents: NonNullable<NextAuthConfig["events"]> = {
  async signOut(message) {
    const token = "token" in message ? message.token : null;
    if (token && typeof token.sid === "string") await revokeSession(await getDb(), token.sid, "sign-out");
  },
};
