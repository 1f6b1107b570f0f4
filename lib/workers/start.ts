import "server-only";
import type PgBoss from "pg-boss";
import { env } from "@/lib/env";
import { logError } from "@/lib/log";
import { adaptersFromEnv, type Adapters } from "@/lib/channels";
import { bossTargetFromEnv, createBoss, type BossTarget } from "@/lib/jobs/boss";
import { RELAY_BATCH, relayOutbox } from "@/lib/jobs/relay";
import { getDb } from "@/lib/db";
import { QUEUES, SCHEDULES, queueOptions, type QueueName, type RetryConfig } from "@/lib/jobs/queues";
import { sendDueReminders } from "@/lib/implementation/reminders";
import { alertCall, sendCallClosingReminders } from "@/lib/notifications/calls";
import { deliverOne, recordDeadLetter } from "@/lib/notifications/delivery";
import { deliverEmailJob } from "@/lib/notifications/deliver";
import { fanOutNotice, type NoticeJob } from "@/lib/notifications/fanout";
import { pushStatusChange } from "@/lib/national-sync/push";
import { parseQuietHours, type SendPolicy } from "@/lib/notifications/policy";

// The workers: started inside `npm run demo` / the app server (startWorkers()) and by `npm run worker`.
// Every option has a default from the environment; tests and the benchmark pass their own.

export type WorkerOptions = {
  target?: BossTarget;
  adapters?: Adapters;
  policy?: SendPolicy;
  retry?: RetryConfig;
  now?: () => Date;
  schedule?: boolean;
  pollingIntervalSeconds?: number;
  batchSize?: number;
  appUrl?: string;
  /** `npm run worker`: start even with JOBS_WORKERS=off (that setting is for the web processes beside it). */
  force?: boolean;
  /** How often the relay moves jobs from the outbox into pg-boss (ms; default 250). */
  relayIntervalMs?: number;
};

export type Workers = { boss: PgBoss; stop: () => Promise<void> };

const g = globalThis as unknown as { __kcWorkers?: Promise<Workers> };

async function start(o: WorkerOptions): Promise<Workers> {
  const e = env();
  const boss = createBoss(o.target ?? (await bossTargetFromEnv()), { schedule: o.schedule ?? true });
  boss.on("error", (err) => logError("jobs", err));
  await boss.start();
  const options = queueOptions(o.retry ?? { retryLimit: e.JOBS_RETRY_LIMIT, retryDelay: e.JOBS_RETRY_DELAY_SECONDS });
  for (const [name, opts] of Object.entries(options)) {
    await boss.createQueue(name, { name, ...opts });
    await boss.updateQueue(name, { name, ...opts });
  }
  const ctx = {
    adapters: o.adapters ?? adaptersFromEnv(),
    policy: o.policy ?? { quiet: parseQuietHours(e.NOTIFY_QUIET_HOURS), dailyCap: e.NOTIFY_DAILY_CAP },
    now: o.now ?? (() => new Date()),
  };
  const appUrl = o.appUrl ?? e.APP_URL;
  const work = <T extends object>(queue: QueueName, fn: (data: T) => Promise<unknown>) =>
    boss.work<T>(
      queue,
      { batchSize: o.batchSize ?? 10, pollingIntervalSeconds: o.pollingIntervalSeconds ?? 2 },
      async (jobs) => {
        // Each job on its own: one failure retries that job, not the whole batch.
        await Promise.all(
          jobs.map(async (job) => {
            try {
              await fn(job.data);
            } catch (err) {
              await boss.fail(queue, job.id, { message: err instanceof Error ? err.message : String(err) });
            }
          }),
        );
      },
    );
  await work<NoticeJob>(QUEUES.notice, (d) => fanOutNotice(d, appUrl));
  await work<{ id: string }>(QUEUES.delivery, (d) => deliverOne(d.id, ctx));
  await work<{ id?: string; reason?: string }>(QUEUES.deadLetter, (d) => recordDeadLetter(d));
  await work<{ ids: string[] }>(QUEUES.email, (d) => deliverEmailJob(d.ids));
  await work<{ callId: string }>(QUEUES.callAlerts, (d) => alertCall(d.callId));
  await work(QUEUES.reminders, () => sendDueReminders(ctx.now()));
  await work(QUEUES.callClosing, () => sendCallClosingReminders(ctx.now()));
  await work<{ eventId: string }>(QUEUES.nationalSync, (d) => pushStatusChange(d.eventId));
  if (o.schedule ?? true) {
    for (const s of SCHEDULES) await boss.schedule(s.queue, s.cron, undefined, { tz: "Asia/Ho_Chi_Minh" });
  }
  // The relay: outbox → pg-boss, a full batch at once and again straight away while there is more.
  const db = await getDb();
  let stopped = false;
  let running: Promise<void> | null = null;
  const relay = async () => {
    try {
      while (!stopped && (await relayOutbox(db)) === RELAY_BATCH);
    } catch (err) {
      logError("jobs.relay", err);
    }
  };
  const timer = setInterval(() => {
    running ??= relay().finally(() => {
      running = null;
    });
  }, o.relayIntervalMs ?? 250);
  timer.unref?.();
  return {
    boss,
    stop: async () => {
      stopped = true;
      clearInterval(timer);
      await running;
      await boss.stop({ graceful: true, timeout: 10_000 });
    },
  };
}

/**
 * Starts the queue's workers and scheduler once per process (a second call returns the same workers).
 * With JOBS_WORKERS=off it does nothing — for web processes when `npm run worker` runs beside them.
 */
export function startWorkers(options: WorkerOptions = {}): Promise<Workers | null> {
  if (options.target) return start(options);
  if (env().JOBS_WORKERS === "off" && !options.force) return Promise.resolve(null);
  g.__kcWorkers ??= start(options).catch((err: unknown) => {
    g.__kcWorkers = undefined;
    throw err;
  });
  return g.__kcWorkers;
}
