// Next.js calls register() once per server process before it serves requests (next start, or the portal's
// scripts/server.ts): the HTTP hook of the logs and metrics, start-up warnings about configuration, and the
// job queue's workers. On embedded PGlite the workers must run here (the database belongs to this process);
// on PostgreSQL they may, or `npm run worker` runs them apart (then set JOBS_WORKERS=off here).
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
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
  // Digital signatures (issue 16): a wrong PKCS#12 path or password is named now, not at the first signature;
  // without one, the demo CA is created (./data/pki) and labelled as such.
  const { reportSigningConfig } = await import("@/lib/signing/signer");
  reportSigningConfig();
  const { registerQueueDepth } = await import("@/lib/observability/metrics");
  const { queueDepth } = await import("@/lib/jobs/depth");
  registerQueueDepth(queueDepth);
  const { startWorkers } = await import("@/lib/workers/start");
  await startWorkers().catch((e: unknown) => {
    // The portal still serves: jobs wait in the database until a worker runs.
    console.error("Hàng đợi công việc không khởi động được:", e);
  });
}
