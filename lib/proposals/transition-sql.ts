import "server-only";
import { randomUUID } from "node:crypto";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/auth/actor";
import type { Pipeline, ProposalStatus } from "@/lib/generated/prisma/enums";
import { STATUS_INFO, type ProposalAction } from "@/lib/proposals/workflow";

/** The row as read before a transition: the conditional UPDATE requires this status and version. */
export type CurrentState = { status: ProposalStatus; pipeline: Pipeline; version: number; round: number };

/** A UTC instant for a `timestamp(3)` column (Prisma stores UTC), whatever the server's time zone. */
export const utc = (d: Date) => Prisma.sql`(${d.toISOString()}::timestamptz AT TIME ZONE 'UTC')`;

export type TransitionSql = {
  actor: Actor;
  proposalId: string;
  action: ProposalAction;
  current: CurrentState;
  /** From planTransition: the checked target, reason and round. */
  to: ProposalStatus;
  reason: string | null;
  round: number;
  /** Extra columns set with the status, e.g. Prisma.sql`"approvedSupport" = ${x}::bigint`. */
  set?: Prisma.Sql[];
  /** A further condition of the UPDATE (e.g. "the envelope fits"): false means nothing is written. */
  when?: Prisma.Sql;
  onBehalfOfId?: string | null;
  onBehalfOfName?: string | null;
  auditData?: Prisma.InputJsonValue;
  /** Staff filed it for the applicant at the desk (the audit row says so). */
  assisted?: boolean;
};

/**
 * THE way a đề án changes status (issue 14): every domain's transition — through `transitionProposal`
 * (lib/proposals/transition.ts) or as part of a decision's single statement (lib/decisions/issue.ts) — is these CTEs.
 * As CTEs of a single statement: `upd` (the conditional UPDATE — status and version as
 * read, so of N racing callers one gets a row), then its timeline event `ev` and audit row `ta`, written
 * only from `upd`'s row. Later CTEs chain from `upd` the same way, so a lost race writes nothing at all.
 */
export function transitionCtes(t: TransitionSql): Prisma.Sql {
  const set = t.set?.length ? Prisma.sql`, ${Prisma.join(t.set)}` : Prisma.empty;
  const when = t.when ? Prisma.sql`AND ${t.when}` : Prisma.empty;
  const data = t.auditData ?? { from: t.current.status, to: t.to, label: STATUS_INFO[t.to].label.vi };
  return Prisma.sql`
    upd AS (
      UPDATE "Proposal" SET "status" = ${t.to}::"ProposalStatus", "version" = "version" + 1, "round" = ${t.round}::int, "updatedAt" = (now() AT TIME ZONE 'UTC') ${set}
      WHERE "id" = ${t.proposalId} AND "status" = ${t.current.status}::"ProposalStatus" AND "version" = ${t.current.version}::int ${when}
      RETURNING "id"),
    ev AS (
      INSERT INTO "ProposalEvent" ("id", "proposalId", "action", "fromStatus", "toStatus", "actorId", "actorName", "onBehalfOfName", "reason", "round", "createdAt")
      SELECT ${randomUUID()}::text, upd."id", ${t.action}::text, ${t.current.status}::"ProposalStatus", ${t.to}::"ProposalStatus", ${t.actor.id}::text,
        ${t.actor.name}::text, ${t.onBehalfOfName ?? null}::text, ${t.reason}::text, ${t.round}::int, (clock_timestamp() AT TIME ZONE 'UTC')
      FROM upd),
    ta AS (
      INSERT INTO "AuditLog" ("actorId", "actorRole", "onBehalfOfId", "action", "entity", "entityId", "reason", "data", "assisted", "at")
      SELECT ${t.actor.id}::text, ${t.actor.role}::text, ${t.onBehalfOfId ?? null}::text, ${`proposal.${t.action}`}::text, 'Proposal', upd."id",
        ${t.reason}::text, ${JSON.stringify(data)}::jsonb, ${t.assisted ?? false}::boolean, (clock_timestamp() AT TIME ZONE 'UTC')
      FROM upd)`;
}
