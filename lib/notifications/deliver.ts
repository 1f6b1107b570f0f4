import "server-only";
import nodemailer from "nodemailer";
import { getDb } from "@/lib/db";
import { env } from "@/lib/env";
import { logError } from "@/lib/log";

/**
 * Sends outbox rows after the transaction that wrote them has committed. With SMTP_URL set, through
 * nodemailer; without it, the rows become STORED and an administrator reads them in /quan-tri/hop-thu.
 * A send failure never undoes the business change: the row is marked FAILED with the error.
 */
export async function deliverOutbox(ids: readonly string[], options: { smtpUrl?: string } = {}): Promise<void> {
  if (ids.length === 0) return;
  const db = await getDb();
  const smtpUrl = options.smtpUrl ?? env().SMTP_URL;
  if (!smtpUrl) {
    await db.outboxEmail.updateMany({ where: { id: { in: [...ids] }, status: "PENDING" }, data: { status: "STORED" } });
    return;
  }
  const rows = await db.outboxEmail.findMany({
    where: { id: { in: [...ids] }, status: { in: ["PENDING", "FAILED", "STORED"] } },
  });
  const transport = nodemailer.createTransport(withTimeouts(smtpUrl));
  try {
    for (const row of rows) {
      try {
        await transport.sendMail({ from: env().MAIL_FROM, to: row.to, subject: row.subject, text: row.text });
        await db.outboxEmail.update({
          where: { id: row.id },
          data: { status: "SENT", sentAt: new Date(), error: null },
        });
      } catch (e) {
        logError(`mail-${row.id}`, e);
        await db.outboxEmail.update({
          where: { id: row.id },
          data: { status: "FAILED", error: e instanceof Error ? e.message.slice(0, 500) : String(e) },
        });
      }
    }
  } finally {
    transport.close();
  }
}

/**
 * SMTP timeouts well under the e-mail job's delay (lib/notifications/mail-job.ts), so that the immediate
 * send after commit has finished — or failed — before the safety-net job looks at the same rows.
 * Settings already in SMTP_URL's query win.
 */
function withTimeouts(smtpUrl: string): string {
  const u = new URL(smtpUrl);
  for (const [k, v] of [
    ["connectionTimeout", "20000"],
    ["greetingTimeout", "15000"],
    ["socketTimeout", "30000"],
  ] as const) {
    if (!u.searchParams.has(k)) u.searchParams.set(k, v);
  }
  return u.toString();
}

/**
 * The status a new outbox row is written with: PENDING (delivered after commit) when SMTP is configured;
 * otherwise STORED at once — it would become STORED anyway, and the decision needs no second round trip.
 */
export function newMailStatus(): "PENDING" | "STORED" {
  return env().SMTP_URL ? "PENDING" : "STORED";
}

/** Never lets a mail problem turn a committed change into an error page. */
export async function deliverQuietly(ids: readonly string[]): Promise<void> {
  try {
    await deliverOutbox(ids);
  } catch (e) {
    logError("outbox", e);
  }
}

/** The "email" job: sends; throws while any is still FAILED, so that the queue retries with backoff. */
export async function deliverEmailJob(ids: readonly string[]): Promise<void> {
  await deliverOutbox(ids);
  const db = await getDb();
  const failed = await db.outboxEmail.findFirst({
    where: { id: { in: [...ids] }, status: "FAILED" },
    select: { error: true },
  });
  if (failed) throw new Error(`SMTP: ${failed.error ?? "gửi thư thất bại"}`);
}
