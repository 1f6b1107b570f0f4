// Next.js calls register() once per server process before it serves requests: the HTTP hook of the logs
// and metrics, and start-up warnings about configuration.
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { installHttpHook } = await import("@/lib/observability/http-hook");
  const { env } = await import("@/lib/env");
  installHttpHook(env().REPLICA_STICKY_SECONDS);
  const { appUrlWarning } = await import("@/lib/app-url");
  try {
    const warning = appUrlWarning();
    if (warning) console.warn(warning);
  } catch {
    // An invalid configuration is reported by the first request that reads it (lib/env.ts), as before.
  }
}
