import "server-only";
import { getDb } from "@/lib/db";
import { assertCan, type Actor } from "@/lib/auth/actor";
import { RateLimitError } from "@/lib/errors";
import { hitRateLimit } from "@/lib/applications/rate-limit";
import { feedbackScope } from "@/lib/feedback/mutations";
import { libText } from "@/lib/i18n/lib-token";

/** "Nguyễn Văn An" → "N.V.A." — the only trace of the sender on a public page. */
export function initials(name: string): string {
  return (
    name
      .trim()
      .split(/\s+/)
      .filter(Boolean)
      .map((w) => `${w[0]!.toLocaleUpperCase("vi-VN")}.`)
      .join("") || "—"
  );
}

export async function listFeedbackForStaff(actor: Actor, now = new Date()) {
  assertCan(actor, "feedback.handle");
  const db = await getDb();
  const rows = await db.feedback.findMany({
    where: feedbackScope(actor),
    orderBy: [{ status: "asc" }, { dueAt: "asc" }],
    take: 200,
  });
  const staff = await db.user.findMany({
    where: { active: true, role: { in: ["STAFF", "LEADER"] }, ...(actor.agencyId ? { agencyId: actor.agencyId } : {}) },
    select: { id: true, name: true },
    orderBy: { name: "asc" },
    take: 200,
  });
  return { rows: rows.map((r) => ({ ...r, overdue: r.status !== "ANSWERED" && now > r.dueAt })), staff };
}

/** The sender's view by code (the code is theirs): status, deadline, and the answer once given. */
export async function lookupFeedback(code: string, clientKey: string, now = new Date()) {
  const db = await getDb();
  if (!(await hitRateLimit(db, `feedback-lookup:${clientKey}`, 20, 10 * 60_000, now)))
    throw new RateLimitError(libText("errors.youHaveLookedUpToo"));
  const f = await db.feedback.findUnique({
    where: { code: code.trim().toUpperCase() },
    select: { code: true, status: true, receivedAt: true, dueAt: true, answer: true, answeredAt: true },
  });
  return f;
}

/** Answered feedback whose senders agreed to publication: question and answer, the sender's initials only. */
export async function listPublicAnswers(take = 50) {
  const db = await getDb();
  const rows = await db.feedback.findMany({
    where: { status: "ANSWERED", publishConsent: true },
    orderBy: { answeredAt: "desc" },
    take,
    select: {
      code: true,
      kind: true,
      senderName: true,
      content: true,
      answer: true,
      receivedAt: true,
      answeredAt: true,
    },
  });
  return rows.map(({ senderName, ...r }) => ({ ...r, sender: initials(senderName) }));
}
