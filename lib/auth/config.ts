import "server-only";
import type { NextAuthConfig } from "next-auth";
import { env } from "@/lib/env";
import { routes } from "@/lib/routes";

// The database-free part of the next-auth configuration. The JWT's own maxAge is the absolute session end
// (SESSION_MAX_AGE_SECONDS); the real state of a session lives in the AuthSession table (callbacks.ts).
export const authConfig = {
  trustHost: true,
  pages: { signIn: routes.signIn, error: routes.signIn },
  session: { strategy: "jwt", maxAge: env().SESSION_MAX_AGE_SECONDS },
  providers: [],
} satisfies NextAuthConfig;
