import { z } from "zod";

const blank = (v: unknown) => (v === "" ? undefined : v);

// The one reader of process.env. Defaults make `npm run demo` work on a fresh machine.
const schema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z.string().min(1).default("pglite:./data/pglite"),
  AUTH_SECRET: z.string().min(16).optional(),
  APP_URL: z.string().url().default("http://localhost:3000"),
  SMTP_URL: z.string().optional(),
  MAIL_FROM: z.string().default("Khuyến công <no-reply@khuyencong.local>"),
  SESSION_MAX_AGE_SECONDS: z.coerce.number().int().positive().default(8 * 60 * 60),
  /** Bearer secret of POST /api/cron/reminders; unset = the route answers 503. */
  CRON_SECRET: z.preprocess((v) => (v === "" ? undefined : v), z.string().min(16).optional()),
  LOG_LEVEL: z.enum(["debug", "info", "warn", "error"]).default("info"),
  // Job queue and SMS/Zalo channels (lib/jobs, lib/channels). Unset gateway = that channel is off.
  JOBS_WORKERS: z.enum(["on", "off"]).default("on"),
  JOBS_RETRY_LIMIT: z.coerce.number().int().min(0).max(20).default(5),
  JOBS_RETRY_DELAY_SECONDS: z.coerce.number().int().min(1).default(30),
  SMS_GATEWAY_URL: z.preprocess(blank, z.string().url().optional()),
  SMS_API_KEY: z.preprocess(blank, z.string().optional()),
  SMS_SECRET_KEY: z.preprocess(blank, z.string().optional()),
  SMS_BRANDNAME: z.preprocess(blank, z.string().optional()),
  ZALO_ZNS_URL: z.string().url().default("https://business.openapi.zalo.me/message/template"),
  ZALO_OA_ACCESS_TOKEN: z.preprocess(blank, z.string().optional()),
  ZALO_ZNS_TEMPLATE_ID: z.preprocess(blank, z.string().optional()),
  NOTIFY_DAILY_CAP: z.coerce.number().int().min(1).default(5),
  /** SMS/Zalo are held back between these hours, Asia/Ho_Chi_Minh ("21-7"; "" = never). */
  NOTIFY_QUIET_HOURS: z.string().regex(/^(\d{1,2}-\d{1,2})?$/).default("21-7"),
  NOTIFY_CONSENT_VERSION: z.string().default("2026-12"),
});

export type Env = z.infer<typeof schema>;

let cached: Env | undefined;

export function env(): Env {
  if (!cached) {
    const parsed = schema.safeParse(process.env);
    if (!parsed.success) {
      throw new Error(`Cấu hình môi trường không hợp lệ: ${parsed.error.issues.map((i) => i.path.join(".")).join(", ")}`);
    }
    cached = parsed.data;
  }
  return cached;
}

export function isPostgresUrl(url: string): boolean {
  return url.startsWith("postgres://") || url.startsWith("postgresql://");
}

/** `pglite:./data/pglite` → `./data/pglite`; `pglite:memory` → undefined (in-memory). */
export function pgliteDataDir(url: string): string | undefined {
  const rest = url.startsWith("pglite:") ? url.slice("pglite:".length) : url;
  return rest === "memory" || rest === "" ? undefined : rest;
}
