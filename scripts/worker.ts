// `npm run worker` — the job queue's workers and scheduler in a process of their own (production, on
// PostgreSQL): SMS/Zalo/e-mail deliveries with retries, call alerts, the daily deadline reminders and
// call-closing reminders. Run the web processes with JOBS_WORKERS=off beside it (or leave them on: pg-boss
// hands each job to one worker only). On embedded PGlite the database belongs to the app's process, so
// the workers run inside it instead (instrumentation.ts → startWorkers()).
import { env, isPostgresUrl } from "@/lib/env";
import { startWorkers } from "@/lib/workers/start";

async function main(): Promise<void> {
  if (!isPostgresUrl(env().DATABASE_URL)) {
    console.error(
      "npm run worker cần PostgreSQL (DATABASE_URL=postgresql://…). Với PGlite, hàng đợi chạy trong tiến trình của ứng dụng (npm run demo).",
    );
    process.exit(2);
  }
  const workers = await startWorkers({ force: true });
  if (!workers) process.exit(1);
  console.log("Hàng đợi công việc đang chạy (pg-boss). Ctrl+C để dừng.");
  for (const sig of ["SIGINT", "SIGTERM"] as const) {
    process.once(sig, () => {
      console.log("Đang dừng: chờ các việc đang làm xong…");
      workers.stop().then(
        () => process.exit(0),
        () => process.exit(1),
      );
    });
  }
}

main().catch((e: unknown) => {
  console.error("Không khởi động được hàng đợi:", e);
  process.exit(1);
});
