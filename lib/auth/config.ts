import type { NextAuthConfig } from "next-auth";

// The database-free part of the next-auth configuration. The JWT's own maxAge is the absolute session end
// (SESSION_MAX_AGE_SECONDS); the real state of a session lives in the AuthSession table (callbacks.ts).
export const authConfig = {
  trustHost: true,
  pages: { signIn: "/dang-nhap", error: "/dang-nhap" },
  session: { strategy: "jwt", maxAge: Number(process.env.SESSION_MAX_AGE_SECONDS ?? 8 * 60 * 60) },
  providers: [],
} satisfies NextAuthConfig;
