import "server-only";
import { randomUUID } from "node:crypto";
import type { Actor } from "@/lib/auth/actor";
import { queryPrepared, type Db, type Tx } from "@/lib/db";
import type { DecisionKind } from "@/lib/generated/prisma/enums";
import { Prisma } from "@/lib/generated/prisma/client";
import { env } from "@/lib/env";
import { vnDay } from "@/lib/dates";
import { ConflictError } from "@/lib/errors";
import { emailText, type Notice } from "@/lib/notifications/templates";
import { mailSafetyNetSql } from "@/lib/notifications/mail-job";
import { newMailStatus } from "@/lib/notifications/deliver";
import { noticeJobInsertSql } from "@/lib/notifications/fanout";
import { envelopeRefusal } from "@/lib/budget/envelope";
import { transitionCtes, utc, type TransitionSql } from "@/lib/proposals/transition-sql";
import { decisionNumberSuffix, sequenceKey } from "@/lib/decisions/numbering";
import type { Signer } from "@/lib/decisions/signer";

// A decision is ONE SQL statement, committed on its own: the status change of the đề án (conditional on
// the status and version the signer saw), its timeline event and audit row, the envelope commitment
// (approval), the supplement request (return), the next decision number, the decision, its audit row
// and the applicant's notices and e-mails. Nothing waits on the application while a row is locked, so
// the agency-wide rows (envelope, number counter) are held for microseconds rather than round trips —
// many signers of one agency decide at once without queueing behind each other's network latency.
// Locks are taken in one order by every decision: envelope, đề án, counter (then the dashboard roll-up).

/** Stands for the decision number in notice texts until the statement knows it. */
const NUMBER_SLOT = "⟦số-quyết-định⟧";

/** `phoneChannels`: the person chose SMS or Zalo with consent — only then does the decision write a queue job. */
export type Recipient = { id: string; email: string | null; phoneChannels?: boolean };

/** The applicant side of a đề án (the establishment's and the filer's active accounts), with e-mail. */
export function applicants(
  db: Db | Tx,
  p: { establishmentId: string | null; createdById: string | null },
): Promise<Recipient[]> {
  // No e-mail to those who turned it off (issue 17), read in the same round trip.
  return queryPrepared<Recipient>(
    db,
    Prisma.sql`
    SELECT u."id", CASE WHEN np."userId" IS NOT NULL AND NOT ('EMAIL' = ANY(np."channels")) THEN NULL ELSE u."email" END AS "email",
      COALESCE(np."consentAt" IS NOT NULL AND np."channels" && ARRAY['SMS', 'ZALO']::"Channel"[], false) AS "phoneChannels"
    FROM "User" u LEFT JOIN "NotificationPreference" np ON np."userId" = u."id"
    WHERE u."role" = 'ENTERPRISE' AND u."active" AND (u."establishmentId" = ${p.establishmentId ?? "__none__"} OR u."id" = ${p.createdById ?? "__none__"})`,
  );
}

export type DecisionInput = {
  transition: TransitionSql;
  agencyCode: string;
  kind: DecisionKind;
  reason: string;
  signer: Signer;
  at: Date;
  /** Approval: the envelope commitment — the status moves only if the amount fits, never over. */
  commit?: { envelopeId: string; amount: bigint };
  /** Return: what must be supplemented, by when. */
  supplement?: { items: string[]; deadline: Date };
  recipients: readonly Recipient[];
  notice: (number: string, decisionId: string) => Notice;
};

const fill = (text: string) => Prisma.sql`replace(${text}::text, ${NUMBER_SLOT}::text, dec."number")`;

function noticeCtes(d: DecisionInput, id: string): { sql: Prisma.Sql; mail: string[] } {
  const notice = d.notice(NUMBER_SLOT, id);
  const users = [...new Map(d.recipients.map((u) => [u.id, u])).values()];
  const mailTo = users
    .filter((u): u is { id: string; email: string } => Boolean(u.email))
    .map((u) => ({ id: randomUUID(), to: u.email }));
  const notifications = users.length
    ? Prisma.sql`, n AS (INSERT INTO "Notification" ("id", "userId", "kind", "title", "body", "link")
        SELECT v.id, v.uid, ${notice.kind}::text, ${fill(notice.title)}, ${fill(notice.body)}, ${notice.link}::text
        FROM dec, (VALUES ${Prisma.join(users.map((u) => Prisma.sql`(${randomUUID()}::text, ${u.id}::text)`))}) v(id, uid))`
    : Prisma.empty;
  const status = newMailStatus();
  const outbox = mailTo.length
    ? Prisma.sql`, o AS (INSERT INTO "OutboxEmail" ("id", "to", "subject", "text", "status")
        SELECT v.id, v.addr, ${fill(notice.title)}, ${fill(emailText(notice, env().APP_URL))}, ${status}::"OutboxStatus"
        FROM dec, (VALUES ${Prisma.join(mailTo.map((m) => Prisma.sql`(${m.id}::text, ${m.to}::text)`))}) v(id, addr))`
    : Prisma.empty;
  // SMS/Zalo (issue 17): the queue job of this event, in this same statement — no job without the decision.
  // Only when someone chose SMS or Zalo with consent (read with the recipients): a person who had not, at the
  // time of the event, gets nothing on those channels anyway, and the decision saves the insert.
  const job = users.some((u) => u.phoneChannels !== false)
    ? Prisma.sql`, nj AS (${noticeJobInsertSql(
        `decision:${id}`,
        users.map((u) => u.id),
        { ...notice, title: fill(notice.title), body: fill(notice.body) },
        Prisma.sql`, dec`,
      )})`
    : Prisma.empty;
  // E-mail's safety net (lib/notifications/mail-job.ts): a delayed "email" job in this same statement.
  const pending = status === "PENDING" ? mailTo.map((m) => m.id) : [];
  const mailJob = pending.length ? Prisma.sql`, mj AS (${mailSafetyNetSql(pending, Prisma.sql`, dec`)})` : Prisma.empty;
  return { sql: Prisma.sql`${notifications} ${outbox} ${job} ${mailJob}`, mail: pending };
}

/**
 * Writes the decision and everything that goes with it in one statement; returns it and the outbox ids
 * to deliver. A signer who lost the race (the đề án moved since it was read) gets ConflictError and
 * nothing is written; an approval that does not fit the envelope gets the envelope's explanation.
 */
export async function issueDecision(
  db: Db,
  actor: Actor,
  d: DecisionInput,
): Promise<{ decision: { id: string; number: string }; mail: string[] }> {
  const year = Number(vnDay(d.at).toISOString().slice(0, 4));
  // The printed number has no year (ND 30/2020); the counter's key (agency, year, type) stays on the row.
  const key = sequenceKey(d.agencyCode, year, d.kind);
  const id = randomUUID();
  const s = d.signer;
  const commit = d.commit && d.commit.amount > 0n ? d.commit : null;
  const env = commit
    ? Prisma.sql`env AS (SELECT "amount", "committed" FROM "BudgetEnvelope" WHERE "id" = ${commit.envelopeId} FOR UPDATE),`
    : Prisma.empty;
  const fits = commit
    ? Prisma.sql`EXISTS (SELECT 1 FROM env WHERE env."committed" + ${commit.amount}::bigint <= env."amount")`
    : undefined;
  const gate = commit
    ? Prisma.sql`gate AS (UPDATE "BudgetEnvelope" SET "committed" = "committed" + ${commit.amount}::bigint, "updatedAt" = (now() AT TIME ZONE 'UTC')
        WHERE "id" = ${commit.envelopeId} AND EXISTS (SELECT 1 FROM upd) RETURNING 1),`
    : Prisma.empty;
  const supplement = d.supplement
    ? Prisma.sql`sup AS (INSERT INTO "SupplementRequest" ("id", "proposalId", "round", "items", "reason", "deadline", "requestedById")
        SELECT ${randomUUID()}::text, upd."id", ${d.transition.round}::int, ARRAY(SELECT jsonb_array_elements_text(${JSON.stringify(d.supplement.items)}::jsonb)),
          ${d.reason}::text, ${d.supplement.deadline.toISOString().slice(0, 10)}::date, ${actor.id}::text FROM upd),`
    : Prisma.empty;
  const notices = noticeCtes(d, id);
  const rows = await queryPrepared<{ number: string | null; fits: boolean | null }>(
    db,
    Prisma.sql`
    WITH ${env} ${transitionCtes({ ...d.transition, when: fits })},
    ${gate} ${supplement}
    seq AS (
      INSERT INTO "SequenceCounter" ("key", "value") SELECT ${key}::text, 1 FROM upd
      ON CONFLICT ("key") DO UPDATE SET "value" = "SequenceCounter"."value" + 1 RETURNING "value"),
    dec AS (
      INSERT INTO "Decision" ("id", "proposalId", "kind", "number", "numberKey", "seq", "decidedAt", "reason", "signerId", "signerName",
        "onBehalfOfId", "onBehalfOfName", "signMode", "round")
      SELECT ${id}::text, ${d.transition.proposalId}::text, ${d.kind}::"DecisionKind",
        (CASE WHEN seq."value" < 10 THEN '0' ELSE '' END) || seq."value"::text || ${decisionNumberSuffix(d.kind, d.agencyCode)}::text,
        ${key}::text, seq."value",
        ${utc(d.at)}, ${d.reason}::text, ${s.signerId}::text, ${s.signerName}::text, ${s.onBehalfOfId}::text, ${s.onBehalfOfName}::text,
        ${s.signMode}::"SignMode", ${d.transition.round}::int
      FROM seq RETURNING "number"),
    aud AS (
      INSERT INTO "AuditLog" ("actorId", "actorRole", "onBehalfOfId", "action", "entity", "entityId", "reason", "data")
      SELECT ${actor.id}::text, ${actor.role}::text, ${s.onBehalfOfId}::text, ${`decision.${d.kind.toLowerCase()}`}::text, 'Decision', ${id}::text,
        ${d.reason}::text, jsonb_build_object('number', dec."number", 'proposalId', ${d.transition.proposalId}::text, 'signMode', ${s.signMode}::text)
      FROM dec)
    ${notices.sql}
    SELECT (SELECT "number" FROM dec) AS "number", ${fits ?? Prisma.sql`NULL::boolean`} AS "fits"`,
  );
  const number = rows[0]?.number;
  if (number == null) {
    if (commit && rows[0]?.fits === false) throw await envelopeRefusal(db, commit.envelopeId, commit.amount);
    throw new ConflictError();
  }
  return { decision: { id, number }, mail: notices.mail };
}
