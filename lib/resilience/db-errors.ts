// Which errors mean "the database cannot be reached" (as opposed to a bug or a bad query)? Those become a
// 503 with Retry-After instead of a 500. Prisma wraps the driver's error; the pg error (SQLSTATE) or the
// socket error (errno code) sits somewhere down the `cause` chain, so the whole chain is checked.
const PRISMA_CODES = new Set(["P1001", "P1002", "P1003", "P1008", "P1017", "P2024"]);
// SQLSTATE: 08xxx connection exceptions, 57P01–57P03 (terminated by the administrator, crash shutdown,
// cannot connect now), 53300 too many connections, 3D000 database does not exist (renamed away).
const SQLSTATES = /^(08\d\d\d|57P0[123]|53300|3D000)$/;
const ERRNO = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EPIPE", "EHOSTUNREACH", "ENOTFOUND", "EAI_AGAIN"]);
// The driver adapter's own error kinds (@prisma/driver-adapter-utils).
const KINDS = new Set([
  "DatabaseNotReachable",
  "DatabaseDoesNotExist",
  "ConnectionClosed",
  "SocketTimeout",
  "TooManyConnections",
]);
const MESSAGES = [
  "connection terminated",
  "not currently accepting connections",
  "terminating connection due to administrator command",
  "too many connections",
  "connection refused",
  "can't reach database server",
  "server closed the connection unexpectedly",
  "client has encountered a connection error",
  "timeout exceeded when trying to connect",
  "connection is insecure",
];

export function isDatabaseUnavailable(e: unknown): boolean {
  const seen = new Set<unknown>();
  let cur: unknown = e;
  while (cur && typeof cur === "object" && !seen.has(cur)) {
    seen.add(cur);
    const o = cur as {
      code?: unknown;
      message?: unknown;
      cause?: unknown;
      err?: unknown;
      originalCode?: unknown;
      kind?: unknown;
    };
    for (const code of [o.code, o.originalCode]) {
      if (typeof code === "string" && (PRISMA_CODES.has(code) || SQLSTATES.test(code) || ERRNO.has(code))) return true;
    }
    if (typeof o.kind === "string" && KINDS.has(o.kind)) return true;
    const msg = typeof o.message === "string" ? o.message.toLowerCase() : "";
    if (msg && MESSAGES.some((m) => msg.includes(m))) return true;
    // next-auth keeps the error thrown in authorize() as cause.err.
    cur = o.cause ?? o.err;
  }
  return false;
}
