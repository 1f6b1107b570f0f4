// Next.js calls register() once when a server process starts (next start, or a custom server). The job
// queue's workers run here, beside the app: on embedded PGlite they must (the database belongs to this
// process); on PostgreSQL they may, or `npm run worker` runs them apart (then set JOBS_WORKERS=off here).
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  const { startWorkers } = await import("@/lib/jobs/workers");
  await startWorkers().catch((e: unknown) => {
    // The portal still serves: jobs wait in the database until a worker runs.
    console.error("Hàng đợi công việc không khởi động được:", e);
  });
}
