import "server-only";
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { authConfig } from "@/lib/auth/config";
import { verifyCredentials } from "@/lib/auth/credentials";
import { sessionCallbacks, sessionEvents } from "@/lib/auth/callbacks";
import { oidcProviders } from "@/lib/auth/oidc";
import { clientIp } from "@/lib/http/client-ip";
import { env } from "@/lib/env";

// Codes a sign-in form may tell apart. A locked account answers exactly like a wrong password (null →
// "credentials"): only an address-wide throttle and an official's code request (after the right password)
// say something else.
class ThrottledError extends CredentialsSignin {
  code = "throttled";
}
class SecondFactorNeeded extends CredentialsSignin {
  code = "otp";
}
class SecondFactorWrong extends CredentialsSignin {
  code = "otp-invalid";
}

export const { handlers, auth, signIn, signOut } = NextAuth({
  ...authConfig,
  secret: env().AUTH_SECRET ?? (env().NODE_ENV === "production" ? undefined : "dev-only-secret-change-me-0123456789"),
  callbacks: sessionCallbacks,
  events: sessionEvents,
  logger: {
    // Expected sign-in failures are logged once, as one line, by verifyCredentials (lib/auth/sign-in-log.ts).
    error(error) {
      if (error instanceof CredentialsSignin || (error as { type?: string }).type === "CredentialsSignin") return;
      const cause = (error as { cause?: { err?: unknown } | unknown }).cause;
      const inner = cause && typeof cause === "object" && "err" in cause ? (cause as { err: unknown }).err : cause;
      console.error(
        `auth.error ${error.name}: ${error.message}${inner instanceof Error ? ` — ${inner.name}: ${inner.message}` : ""}`,
      );
    },
    warn(code) {
      console.warn(`auth.warn ${code}`);
    },
  },
  providers: [
    Credentials({
      credentials: { identifier: {}, password: {}, otp: {} },
      async authorize(credentials, request) {
        const outcome = await verifyCredentials(credentials, new Date(), clientIp(request.headers));
        if (outcome.ok) return outcome.user;
        if (outcome.reason === "throttled") throw new ThrottledError();
        if (outcome.reason === "second-factor") throw new SecondFactorNeeded();
        if (outcome.reason === "second-factor-invalid") throw new SecondFactorWrong();
        return null;
      },
    }),
    ...oidcProviders(),
  ],
});
