import type { NextAuthConfig } from "next-auth";

// The part of the next-auth configuration that needs no database (shared by proxy.ts and the route).
export const authConfig = {
  trustHost: true,
  pages: { signIn: "/dang-nhap" },
  session: { strategy: "jwt", maxAge: Number(process.env.SESSION_MAX_AGE_SECONDS ?? 8 * 60 * 60) },
  providers: [],
  callbacks: {
    jwt({ token, user }) {
      if (user?.id) {
        token.uid = user.id;
        token.role = (user as { role?: string }).role;
      }
      return token;
    },
    session({ session, token }) {
      if (typeof token.uid === "string") {
        session.user = { ...session.user, id: token.uid, role: typeof token.role === "string" ? token.role : undefined } as typeof session.user;
      }
      return session;
    },
  },
} satisfies NextAuthConfig;
