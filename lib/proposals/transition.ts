import "server-only";
import type { Tx } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { Prisma } from "@/lib/generated/prisma/client";
import type { ProposalStatus, Role } from "@/lib/generated/prisma/enums";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/errors";
import { transitionCtes, utc, type CurrentState } from "@/lib/proposals/transition-sql";
import { assertTransition, reasonRequired, type ProposalAction } from "@/lib/proposals/workflow";
import { notifyApplicant } from "@/lib/notifications/applicant";
import type { Notice } from "@/lib/notifications/templates";
import { libText } from "@/lib/i18n/lib-token";

export type TransitionOptions = {
  reason?: string | null;
  /** Extra columns changed together with the status (same conditional update). */
  data?: TransitionData;
  onBehalfOfId?: string | null;
  onBehalfOfName?: string | null;
  /**
   * The role the table is checked against when someone signs for another person (ký thay / thừa lệnh /
   * ủy quyền): the delegator's role. The caller has verified the delegation; the audit row still names
   * the real actor and `onBehalfOfId`.
   */
  actingRole?: Role;
  assisted?: boolean;
  auditData?: Prisma.InputJsonValue;
  /**
   * The row as the caller already read it in this transaction (saves a round trip). Safe: the
   * conditional UPDATE still requires this status and version, so a stale read only loses the race.
   */
  current?: CurrentState;
  /**
   * The applicant's notice of this step — in-app, e-mail (the queue's job after commit), SMS/Zalo job — sent by the
   * transition itself in the same transaction, so a step and its notice are written together or not at all. A
   * decision's single statement carries its notice the same way (lib/decisions/issue.ts).
   */
  notice?: (d: { id: string; code: string | null; title: string }) => Notice;
  /** Collect the e-mail ids here instead of enqueuing one job per đề án (a batch enqueues once). */
  mailOut?: string[];
};

export type { CurrentState };

/**
 * What a transition will do, checked against the workflow table (who may fire it from which status) and
 * its reason rule, before anything is written: the target status, the trimmed reason and the round.
 */
export function planTransition(
  actor: Actor,
  action: ProposalAction,
  current: CurrentState,
  options: Pick<TransitionOptions, "reason" | "actingRole"> = {},
): { to: ProposalStatus; reason: string | null; round: number } {
  const to = assertTransition(action, current.status, options.actingRole ?? actor.role, current.pipeline);
  const reason = options.reason?.trim() || null;
  if (reasonRequired(action) && (!reason || reason.length < 5)) {
    throw new ValidationError({ reason: [libText("validation.pleaseStateTheReasonAt")] });
  }
  return { to, reason, round: action === "return" ? current.round + 1 : current.round };
}

/** Columns a transition may set together with the status (same conditional UPDATE). */
export type TransitionData = {
  approvedSupport?: bigint;
  decidedAt?: Date;
  code?: string;
  submittedAt?: Date;
  searchText?: string;
};

function setColumns(d: TransitionData): Prisma.Sql[] {
  const out: Prisma.Sql[] = [];
  if (d.approvedSupport !== undefined) out.push(Prisma.sql`"approvedSupport" = ${d.approvedSupport}::bigint`);
  if (d.decidedAt !== undefined) out.push(Prisma.sql`"decidedAt" = ${utc(d.decidedAt)}`);
  if (d.code !== undefined) out.push(Prisma.sql`"code" = ${d.code}::text`);
  if (d.submittedAt !== undefined) out.push(Prisma.sql`"submittedAt" = ${utc(d.submittedAt)}`);
  if (d.searchText !== undefined) out.push(Prisma.sql`"searchText" = ${d.searchText}::text`);
  return out;
}

/**
 * Fires one workflow transition inside the caller's transaction: checks the table, then runs the one transition
 * statement (lib/proposals/transition-sql.ts — the same CTEs a decision's single statement is built on): the
 * conditional UPDATE (status must still be the one we read, version bumps), the timeline event and the audit row.
 * Of N racing callers exactly one wins; the others get ConflictError. The caller has already checked that the actor
 * may see this đề án (scope).
 */
export async function transitionProposal(
  tx: Tx,
  actor: Actor,
  proposalId: string,
  action: ProposalAction,
  options: TransitionOptions = {},
): Promise<{ from: ProposalStatus; to: ProposalStatus; round: number }> {
  const current =
    options.current ??
    (await tx.proposal.findUnique({
      where: { id: proposalId },
      select: { status: true, pipeline: true, version: true, round: true },
    }));
  if (!current) throw new NotFoundError();
  const { to, reason, round } = planTransition(actor, action, current, options);
  const ctes = transitionCtes({
    actor,
    proposalId,
    action,
    current,
    to,
    reason,
    round,
    set: setColumns(options.data ?? {}),
    onBehalfOfId: options.onBehalfOfId,
    onBehalfOfName: options.onBehalfOfName,
    auditData: options.auditData,
    assisted: options.assisted,
  });
  const rows = await tx.$queryRaw<Array<{ n: number }>>`WITH ${ctes} SELECT count(*)::int AS n FROM upd`;
  if (Number(rows[0]?.n ?? 0) !== 1) throw new ConflictError();
  if (options.notice) await notifyApplicant(tx, proposalId, options.notice, options.mailOut);
  return { from: current.status, to, round };
}
