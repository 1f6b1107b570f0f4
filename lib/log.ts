import "server-only";
import pino, { type DestinationStream, type Logger } from "pino";
import { currentContext } from "@/lib/observability/context";
import { env } from "@/lib/env";

// Structured JSON logs (one object per line on stdout) for a log shipper. Every line carries the request
// id, route, user id and agency of the current request (lib/observability/context.ts). Personal data is
// never logged: callers pass ids, and the redact list below blanks the fields that could hold it.
export const REDACTED_FIELDS = ["name", "email", "phone", "password", "address", "taxCode", "idNumber", "fullName"];

// LOG_LEVEL (lib/env.ts); tests stay quiet as before (they capture lines with createLogger when they need them).
function level(): string {
  try {
    const e = env();
    return e.NODE_ENV === "test" ? "silent" : e.LOG_LEVEL;
  } catch {
    return "info";
  }
}

export function createLogger(destination?: DestinationStream, lvl = level()): Logger {
  return pino(
    {
      level: lvl,
      base: { service: "khuyencong" },
      timestamp: pino.stdTimeFunctions.isoTime,
      redact: { paths: REDACTED_FIELDS.flatMap((f) => [f, `*.${f}`]), censor: "[redacted]" },
      mixin() {
        const c = currentContext();
        return c ? { requestId: c.requestId, route: c.route, userId: c.userId, agencyId: c.agencyId } : {};
      },
    },
    destination,
  );
}

const g = globalThis as unknown as { __kcLogger?: Logger };
export function logger(): Logger {
  return (g.__kcLogger ??= createLogger());
}

/** Tests capture lines through their own destination. */
export function setLoggerForTesting(l: Logger | undefined): void {
  g.__kcLogger = l;
}

export function logError(id: string, e: unknown): void {
  const err =
    e instanceof Error ? { type: e.name, message: e.message, stack: e.stack } : { type: typeof e, message: String(e) };
  logger().error({ errorId: id, error: err }, `error ${id}`);
}

export function logInfo(message: string, fields: Record<string, unknown> = {}): void {
  logger().info(fields, message);
}

export function logWarn(message: string, fields: Record<string, unknown> = {}): void {
  logger().warn(fields, message);
}
