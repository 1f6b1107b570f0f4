// An expected sign-in failure is one log line (issue 22): never a stack trace, never the password or the
// identifier typed (personal data); the account id only when the account exists.
import "server-only";
import { env } from "@/lib/env";

export function logSignInFailure(reason: string, address: string, userId?: string | null): void {
  if (env().NODE_ENV === "test") return;
  console.warn(`auth.signin.failed reason=${reason} address=${address} user=${userId ?? "-"}`);
}
