import { randomUUID } from "node:crypto";
import type { Actor } from "@/lib/auth/actor";
import type { Tx } from "@/lib/db";
import type { DecisionKind } from "@/lib/generated/prisma/enums";
import { Prisma } from "@/lib/generated/prisma/client";
import { env } from "@/lib/env";
import { vnDay } from "@/lib/dates";
import { emailText, type Notice } from "@/lib/notifications/templates";
import { envelopeRefusal } from "@/lib/plans/envelope";
import { decisionNumberSuffix, sequenceKey } from "@/lib/decisions/numbering";
import type { Signer } from "@/lib/decisions/signer";

// The envelope row and the decision-number counter are shared by every decision of an agency: whoever
// locks them holds up all the others until commit. So they are taken LAST, in one statement together
// with everything that needs the number (decision, its audit row, the applicant's notices and e-mails),
// and nothing but COMMIT follows. Order inside: envelope first (an over-commit refuses before a number
// is drawn, so numbers stay gap-free), then the counter.

/** Stands for the decision number in notice texts until the final statement knows it. */
const NUMBER_SLOT = "⟦số-quyết-định⟧";

export type Recipient = { id: string; email: string | null };

/** The applicant side of a đề án (the establishment's and the filer's active accounts), with e-mail. */
export function applicants(tx: Tx, p: { establishmentId: string | null; createdById: string | null }): Promise<Recipient[]> {
  return tx.user.findMany({
    where: { role: "ENTERPRISE", active: true, OR: [{ establishmentId: p.establishmentId ?? "__none__" }, { id: p.createdById ?? "__none__" }] },
    select: { id: true, email: true },
  });
}

export type IssueInput = {
  proposalId: string;
  agencyCode: string;
  kind: DecisionKind;
  reason: string;
  signer: Signer;
  round: number;
  at: Date;
  /** Approval only: the envelope commitment (conditional, never over the amount). */
  commit?: { envelopeId: string; amount: bigint };
  recipients: readonly Recipient[];
  notice: (number: string, decisionId: string) => Notice;
};

const ts = (d: Date) => Prisma.sql`(${d.toISOString()}::timestamptz AT TIME ZONE 'UTC')`;
const fill = (text: string) => Prisma.sql`replace(${text}::text, ${NUMBER_SLOT}::text, dec."number")`;

/** Writes the numbered decision and everything that quotes its number; returns it and the outbox ids. */
export async function issueDecision(tx: Tx, actor: Actor, d: IssueInput): Promise<{ decision: { id: string; number: string }; mail: string[] }> {
  const year = Number(vnDay(d.at).toISOString().slice(0, 4));
  const id = randomUUID();
  const notice = d.notice(NUMBER_SLOT, id);
  const text = emailText(notice, env().APP_URL);
  const users = [...new Map(d.recipients.map((u) => [u.id, u])).values()];
  const mailTo = users.filter((u): u is { id: string; email: string } => Boolean(u.email)).map((u) => ({ id: randomUUID(), to: u.email }));
  const s = d.signer;
  const commit = d.commit && d.commit.amount > 0n ? d.commit : null;
  const gate = commit
    ? Prisma.sql`UPDATE "BudgetEnvelope" SET "committed" = "committed" + ${commit.amount}::bigint, "updatedAt" = now()
        WHERE "id" = ${commit.envelopeId} AND "committed" + ${commit.amount}::bigint <= "amount" RETURNING 1`
    : Prisma.sql`SELECT 1`;
  const notifications = users.length
    ? Prisma.sql`, n AS (INSERT INTO "Notification" ("id", "userId", "kind", "title", "body", "link")
        SELECT v.id, v.uid, ${notice.kind}::text, ${fill(notice.title)}, ${fill(notice.body)}, ${notice.link}::text
        FROM dec, (VALUES ${Prisma.join(users.map((u) => Prisma.sql`(${randomUUID()}::text, ${u.id}::text)`))}) v(id, uid))`
    : Prisma.empty;
  const outbox = mailTo.length
    ? Prisma.sql`, o AS (INSERT INTO "OutboxEmail" ("id", "to", "subject", "text")
        SELECT v.id, v.addr, ${fill(notice.title)}, ${fill(text)}
        FROM dec, (VALUES ${Prisma.join(mailTo.map((m) => Prisma.sql`(${m.id}::text, ${m.to}::text)`))}) v(id, addr))`
    : Prisma.empty;
  const rows = await tx.$queryRaw<Array<{ number: string }>>`
    WITH gate AS (${gate}),
    seq AS (
      INSERT INTO "SequenceCounter" ("key", "value") SELECT ${sequenceKey(d.agencyCode, year, d.kind)}::text, 1 FROM gate
      ON CONFLICT ("key") DO UPDATE SET "value" = "SequenceCounter"."value" + 1 RETURNING "value"),
    dec AS (
      INSERT INTO "Decision" ("id", "proposalId", "kind", "number", "decidedAt", "reason", "signerId", "signerName",
        "onBehalfOfId", "onBehalfOfName", "signMode", "round")
      SELECT ${id}::text, ${d.proposalId}::text, ${d.kind}::"DecisionKind", seq."value"::text || ${decisionNumberSuffix(year, d.kind, d.agencyCode)}::text,
        ${ts(d.at)}, ${d.reason}::text, ${s.signerId}::text, ${s.signerName}::text, ${s.onBehalfOfId}::text, ${s.onBehalfOfName}::text,
        ${s.signMode}::"SignMode", ${d.round}::int
      FROM seq RETURNING "number"),
    aud AS (
      INSERT INTO "AuditLog" ("actorId", "actorRole", "onBehalfOfId", "action", "entity", "entityId", "reason", "data")
      SELECT ${actor.id}::text, ${actor.role}::text, ${s.onBehalfOfId}::text, ${`decision.${d.kind.toLowerCase()}`}::text, 'Decision', ${id}::text,
        ${d.reason}::text, jsonb_build_object('number', dec."number", 'proposalId', ${d.proposalId}::text, 'signMode', ${s.signMode}::text)
      FROM dec)
    ${notifications}
    ${outbox}
    SELECT "number" FROM dec`;
  const number = rows[0]?.number;
  if (number === undefined) {
    if (commit) throw await envelopeRefusal(tx, commit.envelopeId, commit.amount);
    throw new Error("Decision was not written");
  }
  return { decision: { id, number }, mail: mailTo.map((m) => m.id) };
}
