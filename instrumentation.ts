// Next.js calls register() once per server process before it serves requests.
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { installHttpHook } = await import("@/lib/observability/http-hook");
  const { env } = await import("@/lib/env");
  installHttpHook(env().REPLICA_STICKY_SECONDS);
}
