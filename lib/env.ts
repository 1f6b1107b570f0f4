import { z } from "zod";

const blank = (v: unknown) => (v === "" ? undefined : v);

// The one reader of process.env. Defaults make `npm run demo` work on a fresh machine.
const optionalString = z.preprocess((v) => (v === "" ? undefined : v), z.string().min(1).optional());
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
  SESSION_MAX_AGE_SECONDS: z.coerce
    .number()
    .int()
    .positive()
    .default(8 * 60 * 60),
  /** Bearer secret of POST /api/cron/reminders; unset = the route answers 503. */
  /** The portal's public origin for next-auth (read by next-auth itself too); the OIDC redirect URI is built on it. */
  AUTH_URL: optionalString,
  CRON_SECRET: z.preprocess((v) => (v === "" ? undefined : v), z.string().min(16).optional()),
  LOG_LEVEL: z.enum(["debug", "info", "warn", "error"]).default("info"),
  // Digital signatures of issued documents (lib/signing). A PKCS#12 file + password; unset = a clearly labelled
  // demo CA and signer certificate are created in SIGNING_DEMO_PKI_DIR on first use (demo and tests only).
  SIGNING_P12_PATH: optionalString,
  SIGNING_P12_PASSWORD: z.string().default(""),
  /** A folder with one PKCS#12 per issuing body, `<slug of its name>.p12` (+ `<slug>.pass`), e.g. so-cong-thuong-tinh-phu-tho.p12. */
  SIGNING_P12_DIR: optionalString,
  SIGNING_DEMO_PKI_DIR: z.string().min(1).default("./data/pki"),
  /** PEM bundle of the root certificates trusted when checking PDFs signed elsewhere (a counter-signed contract);
   * unset = the demo CA of SIGNING_DEMO_PKI_DIR (demo and tests only). */
  SIGNING_TRUSTED_ROOTS: optionalString,
  // Object storage for attachments (lib/storage). `local` = a folder (the demo's default); `s3` = any S3-compatible store.
  STORAGE_DRIVER: z.enum(["local", "s3"]).default("local"),
  STORAGE_LOCAL_DIR: z.string().min(1).default("./data/files"),
  S3_ENDPOINT: optionalString,
  S3_REGION: z.string().min(1).default("us-east-1"),
  S3_BUCKET: z.string().min(1).default("khuyencong"),
  S3_ACCESS_KEY_ID: optionalString,
  S3_SECRET_ACCESS_KEY: optionalString,
  S3_FORCE_PATH_STYLE: z
    .enum(["true", "false"])
    .default("true")
    .transform((v) => v === "true"),
  // ClamAV's clamd (lib/scan): a unix socket, or host+port. Neither = files are marked "not scanned", never "clean".
  CLAMAV_SOCKET: optionalString,
  CLAMAV_HOST: optionalString,
  CLAMAV_PORT: z.coerce.number().int().positive().default(3310),
  CLAMAV_TIMEOUT_MS: z.coerce.number().int().positive().default(30_000),
  // A streaming replica for replica-eligible reads (lib/db.ts dbRead); unset = everything reads the primary.
  DATABASE_REPLICA_URL: optionalString,
  // After a write, the same browser reads the primary for this long (covers replica lag).
  REPLICA_STICKY_SECONDS: z.coerce.number().int().min(0).default(10),
  /** Bearer token of GET /api/metrics; unset = the route answers 503. */
  METRICS_TOKEN: z.preprocess((v) => (v === "" ? undefined : v), z.string().min(16).optional()),
  /** Reverse proxies in front of the portal that append to X-Forwarded-For (0 = clients connect directly). */
  TRUSTED_PROXY_HOPS: z.coerce.number().int().min(0).max(5).default(0),
  /** Dynamic requests one instance runs at once (scripts/server.ts); more wait briefly, then get 503. */
  MAX_CONCURRENT_REQUESTS: z.coerce.number().int().min(1).max(1000).default(6),
  /** "off" behind a reverse proxy that compresses: the portal then sends its responses uncompressed (next.config.ts). */
  HTTP_COMPRESSION: z.enum(["on", "off"]).default("on"),
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
  NOTIFY_QUIET_HOURS: z
    .string()
    .regex(/^(\d{1,2}-\d{1,2})?$/)
    .default("21-7"),
  NOTIFY_CONSENT_VERSION: z.string().default("2026-12"),
  // The official-site identifier in every page's footer (issue 20): who runs the portal, its governing body, how to
  // reach it. The demo's values are illustrative and say so.
  // The national public-service portal (issue 20): where each dossier status change is pushed (docs/dong-bo-dvcqg.md).
  // Unset = nothing is sent (rows marked SKIPPED); `npm run demo` starts a local stand-in and sets it.
  NATIONAL_PORTAL_URL: z.preprocess(blank, z.string().url().optional()),
  NATIONAL_PORTAL_TOKEN: optionalString,
  NATIONAL_PROCEDURE_CODE: z.string().default("KC-HT-01 (minh họa)"),
  PORTAL_OPERATOR: z.string().default("Sở Công Thương tỉnh Phú Thọ (minh họa)"),
  PORTAL_OPERATOR_PARENT: z.string().default("Ủy ban nhân dân tỉnh Phú Thọ"),
  PORTAL_OPERATOR_CONTACT: z
    .string()
    .default("Địa chỉ, điện thoại, thư điện tử của Sở: cấu hình PORTAL_OPERATOR_CONTACT (minh họa)"),
  // Identity (issue 22; README "Identity").
  /** A session unused this long ends (minutes); SESSION_MAX_AGE_SECONDS is the absolute end. */
  SESSION_IDLE_MINUTES: z.coerce.number().int().positive().default(60),
  /** A leader's decision and an admin's rule change need a second factor confirmed within this many minutes. */
  STEP_UP_MAX_AGE_MINUTES: z.coerce.number().int().positive().default(15),
  /** Failed sign-ins per client address per 15 minutes before the address is refused. */
  SIGNIN_MAX_FAILURES_PER_ADDRESS: z.coerce.number().int().positive().default(10),
  /** Failed sign-ins per account from one address per 15 minutes before that pair is refused. */
  SIGNIN_MAX_FAILURES_PER_ACCOUNT_ADDRESS: z.coerce.number().int().positive().default(5),
  /** Failed sign-ins per account from all addresses per 15 minutes before the account is refused everywhere. */
  SIGNIN_MAX_FAILURES_PER_ACCOUNT: z.coerce.number().int().positive().default(50),
  /** OpenID Connect single sign-on (VNeID or a provincial gateway); off while OIDC_ISSUER is empty. */
  OIDC_ISSUER: z.preprocess((v) => (v === "" ? undefined : v), z.string().url().optional()),
  OIDC_CLIENT_ID: z.string().default(""),
  OIDC_CLIENT_SECRET: z.string().default(""),
  OIDC_SCOPES: z.string().default("openid profile"),
  /** Shown beside the button when the provider is a test environment (the demo IdP sets it). */
  OIDC_DEMO_NOTICE: z.string().default(""),
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
      throw new Error(
        `Cấu hình môi trường không hợp lệ: ${parsed.error.issues.map((i) => i.path.join(".")).join(", ")}`,
      );
    }
    cached = {
      ...parsed.data,
      APP_URL: parsed.data.APP_URL ?? DEFAULT_APP_URL,
      appUrlConfigured: parsed.data.APP_URL !== undefined,
    };
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

/** Tests that change process.env (storage driver, scanner, replica) read it again. */
export function resetEnvForTesting(): void {
  cached = undefined;
}
