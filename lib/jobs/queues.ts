// The portal's queues (pure). The migration 20261203082636_job_queue creates them with these options;
// workers re-apply the options from the environment at start (JOBS_RETRY_LIMIT, JOBS_RETRY_DELAY_SECONDS).
export const QUEUES = {
  /** One event (a notice to some users): fans out into one delivery per user and chosen channel. */
  notice: "notice",
  /** One message on one channel to one person. */
  delivery: "delivery",
  /** Jobs that failed their last try, or met a permanent error: recorded on the delivery with the reason. */
  deadLetter: "dead-letter",
  /** E-mail of a notice written in a transaction: sent after commit, retried with backoff on SMTP errors. */
  email: "email",
  /** A new call for proposals: alerts the matching subscribers. */
  callAlerts: "call-alerts",
  /** Scheduled: deadline reminders (as POST /api/cron/reminders). */
  reminders: "reminders",
  /** Scheduled: reminders N days before a call closes. */
  callClosing: "call-closing",
  /** A dossier's status change pushed to the national public-service portal (lib/national-sync). */
  nationalSync: "national-sync",
} as const;

export type QueueName = (typeof QUEUES)[keyof typeof QUEUES];

export type RetryConfig = { retryLimit: number; retryDelay: number };

export function queueOptions(
  retry: RetryConfig,
): Record<QueueName, { retryLimit: number; retryDelay?: number; retryBackoff?: boolean; deadLetter?: string }> {
  const withDlq = { ...retry, retryBackoff: true, deadLetter: QUEUES.deadLetter };
  return {
    [QUEUES.deadLetter]: { retryLimit: 0 },
    [QUEUES.notice]: { ...withDlq, retryDelay: Math.min(retry.retryDelay, 10) },
    [QUEUES.delivery]: withDlq,
    [QUEUES.callAlerts]: withDlq,
    [QUEUES.email]: withDlq,
    [QUEUES.reminders]: { retryLimit: 2, retryDelay: 60, retryBackoff: true },
    [QUEUES.callClosing]: { retryLimit: 2, retryDelay: 60, retryBackoff: true },
    [QUEUES.nationalSync]: { ...retry, retryBackoff: true },
  } as Record<QueueName, { retryLimit: number; retryDelay?: number; retryBackoff?: boolean; deadLetter?: string }>;
}

/** Daily schedules (cron, Asia/Ho_Chi_Minh), run by pg-boss's scheduler in the worker. */
export const SCHEDULES: ReadonlyArray<{ queue: QueueName; cron: string }> = [
  { queue: QUEUES.reminders, cron: "0 7 * * *" },
  { queue: QUEUES.callClosing, cron: "30 7 * * *" },
];
