import { z } from "zod";

// The one reader of process.env. Defaults make `npm run demo` work on a fresh machine.
const schema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z.string().min(1).default("pglite:./data/pglite"),
  AUTH_SECRET: z.string().min(16).optional(),
  /**
   * Public address of the portal. Optional: pages derive it from the request when unset (lib/app-url.ts);
   * e-mails sent outside a request fall back to DEFAULT_APP_URL, so production should set it (a warning
   * at start-up says so, instrumentation.ts).
   */
  APP_URL: z.preprocess((v) => (v === "" ? undefined : v), z.string().url().optional()),
  SMTP_URL: z.string().optional(),
  MAIL_FROM: z.string().default("Khuyến công <no-reply@khuyencong.local>"),
  SESSION_MAX_AGE_SECONDS: z.coerce.number().int().positive().default(8 * 60 * 60),
  /** Bearer secret of POST /api/cron/reminders; unset = the route answers 503. */
  CRON_SECRET: z.preprocess((v) => (v === "" ? undefined : v), z.string().min(16).optional()),
  LOG_LEVEL: z.enum(["debug", "info", "warn", "error"]).default("info"),
});

export const DEFAULT_APP_URL = "http://localhost:3000";

export type Env = Omit<z.infer<typeof schema>, "APP_URL"> & {
  /** APP_URL, or DEFAULT_APP_URL when unset (e-mail links built outside a request). */
  APP_URL: string;
  /** Whether APP_URL was set; when not, pages use the request's own address (lib/app-url.ts). */
  appUrlConfigured: boolean;
};

let cached: Env | undefined;

export function env(): Env {
  if (!cached) {
    const parsed = schema.safeParse(process.env);
    if (!parsed.success) {
      throw new Error(`Cấu hình môi trường không hợp lệ: ${parsed.error.issues.map((i) => i.path.join(".")).join(", ")}`);
    }
    cached = { ...parsed.data, APP_URL: parsed.data.APP_URL ?? DEFAULT_APP_URL, appUrlConfigured: parsed.data.APP_URL !== undefined };
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
