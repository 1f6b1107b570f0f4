import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { authConfig } from "@/lib/auth/config";
import { verifyCredentials } from "@/lib/auth/credentials";

class LockedError extends CredentialsSignin {
  code = "locked";
}

export const { handlers, auth, signIn, signOut } = NextAuth({
  ...authConfig,
  secret: process.env.AUTH_SECRET ?? (process.env.NODE_ENV === "production" ? undefined : "dev-only-secret-change-me-0123456789"),
  logger: {
    // A wrong password is an expected outcome (audited in verifyCredentials), not a server error.
    error(error) {
      if (error.name === "CredentialsSignin" || error.name === "LockedError") return;
      console.error(error);
    },
  },
  providers: [
    Credentials({
      credentials: { identifier: {}, password: {} },
      async authorize(credentials) {
        const outcome = await verifyCredentials(credentials);
        if (outcome.ok) return outcome.user;
        if (outcome.reason === "locked") throw new LockedError();
        return null;
      },
    }),
  ],
});
