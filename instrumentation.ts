// Next.js calls register() once when the server starts: the place for start-up warnings about configuration.
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { appUrlWarning } = await import("@/lib/app-url");
  try {
    const warning = appUrlWarning();
    if (warning) console.warn(warning);
  } catch {
    // An invalid configuration is reported by the first request that reads it (lib/env.ts), as before.
  }
}
