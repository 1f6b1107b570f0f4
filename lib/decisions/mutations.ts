import "server-only";
import { assertFreshSecondFactor } from "@/lib/auth/step-up";
import type { Actor } from "@/lib/auth/actor";
import { getDb, queryPrepared } from "@/lib/db";
import { can } from "@/lib/auth/permissions";
import { ForbiddenError, NotFoundError, ValidationError } from "@/lib/errors";
import { authorityRefusal } from "@/lib/decisions/authority";
import { parseOrThrow } from "@/lib/validation";
import { vnDay } from "@/lib/dates";
import { Prisma } from "@/lib/generated/prisma/client";
import { proposalScopeSql } from "@/lib/proposals/scope";
import type { Fund, Pipeline, ProposalStatus } from "@/lib/generated/prisma/enums";
import { planTransition } from "@/lib/proposals/transition";
import { utc, type TransitionSql } from "@/lib/proposals/transition-sql";
import type { ProposalAction } from "@/lib/proposals/workflow";
import { findPlanWithEnvelope } from "@/lib/budget/envelope";
import { notices } from "@/lib/notifications/templates";
import { deliverQuietly } from "@/lib/notifications/deliver";
import { applicants, issueDecision } from "@/lib/decisions/issue";
import { resolveSigner, type Signer } from "@/lib/decisions/signer";
import {
  approveSchema,
  rejectSchema,
  returnSchema,
  type ApproveInput,
  type RejectInput,
  type ReturnInput,
} from "@/lib/decisions/schemas";
import { routes } from "@/lib/routes";
import { formatMoney } from "@/lib/money";
import { ruleVerdictFor } from "@/lib/rules/load-verdict";
import { libText } from "@/lib/i18n/lib-token";

// Many approvals may queue on one envelope row; give an interactive transaction that takes it (plan
// approval, lib/plans/approve.ts) time instead of failing at the default 2 s/5 s.
export const DECISION_TX = { maxWait: 60_000, timeout: 60_000 } as const;

// Each decision: reads that lock nothing (the đề án in scope with its workflow state, the signer, the plan,
// the applicants), the checks of the workflow table, then ONE statement that writes it all
// (lib/decisions/issue.ts). The statement re-checks what may have changed since the reads — the status
// and version of the đề án, the envelope — so a stale read only loses the race; then e-mail after it.
const PROPOSAL = {
  id: true,
  code: true,
  title: true,
  agencyId: true,
  year: true,
  fund: true,
  requestedSupport: true,
  planId: true,
  status: true,
  pipeline: true,
  version: true,
  round: true,
  establishmentId: true,
  createdById: true,
  agency: { select: { code: true } },
} as const;

type Read = Prisma.ProposalGetPayload<{ select: typeof PROPOSAL }>;

/**
 * The đề án the decision is about, if the actor may see it (`proposalScopeSql`, the SQL twin of `proposalScope`),
 * with its agency's code: one prepared statement (issue 21: the decision's reads went through Prisma, planned on every
 * call, as two statements). Otherwise it answers as if the đề án did not exist.
 */
async function readForDecision(db: Awaited<ReturnType<typeof getDb>>, actor: Actor, id: string): Promise<Read> {
  const [r] = await queryPrepared<{
    id: string;
    code: string | null;
    title: string;
    agencyId: string;
    year: number;
    fund: Fund;
    requestedSupport: string;
    planId: string | null;
    status: ProposalStatus;
    pipeline: Pipeline;
    version: number;
    round: number;
    establishmentId: string | null;
    createdById: string | null;
    agencyCode: string;
  }>(
    db,
    Prisma.sql`
      SELECT p."id", p."code", p."title", p."agencyId", p."year", p."fund"::text AS "fund",
        p."requestedSupport"::text AS "requestedSupport", p."planId", p."status"::text AS "status",
        p."pipeline"::text AS "pipeline", p."version", p."round", p."establishmentId", p."createdById", a."code" AS "agencyCode"
      FROM "Proposal" p JOIN "Agency" a ON a."id" = p."agencyId"
      WHERE p."id" = ${id} AND ${proposalScopeSql(actor)}`,
  );
  if (!r) throw new NotFoundError();
  const { agencyCode, requestedSupport, ...rest } = r;
  return { ...rest, requestedSupport: BigInt(requestedSupport), agency: { code: agencyCode } };
}

/** Authority follows the fund (lib/decisions/authority.ts): refused before any write, naming who has it. */
function assertAuthority(p: Read, signer: Signer): void {
  const refusal = authorityRefusal(p.fund, signer.actingRole);
  if (refusal) throw new ForbiddenError(refusal);
}

/**
 * Issue 23: support the establishment already holds for the same cost items shares the caps. An approval above what
 * is left is refused before anything is written, citing the rule and the earlier đề án (lib/rules/caps.ts).
 */
async function assertWithinCapAfterEarlierSupport(
  db: Awaited<ReturnType<typeof getDb>>,
  proposalId: string,
  amount: bigint,
): Promise<void> {
  // One indexed statement answers the common case (no earlier support for the same cost kind): the full verdict is
  // computed only when there is some, so a decision stays one cheap read plus its single write statement.
  // It starts from the đề án's own budget lines: without any there is nothing to compare.
  const [hit] = await queryPrepared<{ n: number }>(
    db,
    Prisma.sql`
    SELECT 1 AS n FROM "BudgetLine" bl JOIN "Proposal" p ON p.id = bl."proposalId"
    JOIN "Proposal" o ON o."establishmentId" = p."establishmentId" AND o.id <> p.id AND o.status::text IN ('APPROVED', 'CONTRACTED', 'IN_PROGRESS', 'ACCEPTED', 'SETTLED')
    JOIN "BudgetLine" ol ON ol."proposalId" = o.id AND ol."costKind" = bl."costKind"
    WHERE bl."proposalId" = ${proposalId}
    LIMIT 1`,
  );
  if (!hit) return;
  const v = await ruleVerdictFor(db, proposalId);
  if (!v || v.priorSupport.length === 0 || amount <= BigInt(v.totalMaxSupportVnd)) return;
  const why = v.lines
    .filter((l) => !l.ok)
    .map((l) => `${l.item}: ${l.explanation}`)
    .join(" ");
  const message =
    `Không thể phê duyệt ${formatMoney(amount)}: vượt mức hỗ trợ tối đa còn lại cho cơ sở (${v.totalMaxSupport}). ${why}`.trim();
  throw new ValidationError({ approvedSupport: [message] }, message);
}

/** The ministry numbers its decisions in its own series; a province in its agency's. */
async function numberingAgency(db: Awaited<ReturnType<typeof getDb>>, actor: Actor, p: Read): Promise<string> {
  if (p.fund !== "KCQG" || !actor.agencyId) return p.agency.code;
  const a = await db.agency.findUnique({ where: { id: actor.agencyId }, select: { code: true } });
  return a?.code ?? p.agency.code;
}

function transition(
  actor: Actor,
  p: Read,
  action: ProposalAction,
  signer: Signer,
  reason: string,
  set: Prisma.Sql[] = [],
): TransitionSql {
  const plan = planTransition(actor, action, p, { reason, actingRole: signer.actingRole });
  return {
    actor,
    proposalId: p.id,
    action,
    current: p,
    ...plan,
    set,
    onBehalfOfId: signer.onBehalfOfId,
    onBehalfOfName: signer.onBehalfOfName,
    auditData: { signMode: signer.signMode, onBehalfOf: signer.onBehalfOfName },
  };
}

/**
 * Approves a recommended đề án into the year's plan: status, approved support, plan link, envelope
 * commitment and the numbered decision, all or nothing. Of racing approvals exactly one wins the
 * status change; the envelope refuses whatever does not fit.
 */
export async function approveProposal(actor: Actor, input: ApproveInput, at = new Date()) {
  assertFreshSecondFactor(actor); // step-up before anything is read (issue 22)
  const data = parseOrThrow(approveSchema, input);
  const db = await getDb();
  const p = await readForDecision(db, actor, data.proposalId);
  const signer = await resolveSigner(db, actor, "proposal.decide", p.agencyId, data.delegationId, at);
  assertAuthority(p, signer);
  const amount = data.approvedSupport ?? p.requestedSupport;
  if (amount <= 0n || amount > p.requestedSupport) {
    throw new ValidationError({ approvedSupport: [libText("validation.theApprovedSupportMustBe")] });
  }
  await assertWithinCapAfterEarlierSupport(db, p.id, amount);
  const t0 = transition(actor, p, "approve", signer, data.reason);
  const [{ planId, envelopeId }, recipients] = await Promise.all([
    findPlanWithEnvelope(db, p.agencyId, p.year, p.fund),
    applicants(db, p),
  ]);
  const out = await issueDecision(db, actor, {
    transition: {
      ...t0,
      set: [
        Prisma.sql`"approvedSupport" = ${amount}::bigint`,
        Prisma.sql`"decidedAt" = ${utc(at)}`,
        Prisma.sql`"planId" = ${planId}::text`,
      ],
    },
    agencyCode: await numberingAgency(db, actor, p),
    kind: "APPROVE",
    reason: data.reason,
    signer,
    at,
    commit: { envelopeId, amount },
    recipients,
    notice: (number, id) => notices.decided(p, true, number, data.reason, routes.decision(id)),
  });
  await deliverQuietly(out.mail);
  return out.decision;
}

export async function rejectProposal(actor: Actor, input: RejectInput, at = new Date()) {
  assertFreshSecondFactor(actor); // step-up before anything is read (issue 22)
  const data = parseOrThrow(rejectSchema, input);
  const db = await getDb();
  const p = await readForDecision(db, actor, data.proposalId);
  const signer = await resolveSigner(db, actor, "proposal.decide", p.agencyId, data.delegationId, at);
  assertAuthority(p, signer);
  const t = transition(actor, p, "reject", signer, data.reason, [Prisma.sql`"decidedAt" = ${utc(at)}`]);
  const out = await issueDecision(db, actor, {
    transition: t,
    agencyCode: await numberingAgency(db, actor, p),
    kind: "REJECT",
    reason: data.reason,
    signer,
    at,
    recipients: await applicants(db, p),
    notice: (number, id) => notices.decided(p, false, number, data.reason, routes.decision(id)),
  });
  await deliverQuietly(out.mail);
  return out.decision;
}

/**
 * Returns the dossier for supplement: a new round with the list of what is missing and a deadline
 * (kept per round, so the history of each round stays), a numbered notice, and the applicant told.
 * Intake staff return in their own right; a leader or a delegated signer may too.
 */
export async function returnProposal(actor: Actor, input: ReturnInput, at = new Date()) {
  assertFreshSecondFactor(actor); // step-up before anything is read (issue 22)
  const data = parseOrThrow(returnSchema, input);
  if (data.deadline.getTime() <= vnDay(at).getTime())
    throw new ValidationError({ deadline: [libText("validation.theSupplementDeadlineMustBe")] });
  const db = await getDb();
  const p = await readForDecision(db, actor, data.proposalId);
  const capability = can(actor.role, "proposal.intake") && !data.delegationId ? "proposal.intake" : "proposal.decide";
  const signer = await resolveSigner(db, actor, capability, p.agencyId, data.delegationId, at);
  const t = transition(actor, p, "return", signer, data.reason);
  const out = await issueDecision(db, actor, {
    transition: t,
    agencyCode: p.agency.code,
    kind: "RETURN",
    reason: data.reason,
    signer,
    at,
    recipients: await applicants(db, p),
    supplement: { items: data.items, deadline: data.deadline },
    notice: () => notices.returned(p, data.items, data.reason, data.deadline, t.round, routes.enterprise.dossier(p.id)),
  });
  await deliverQuietly(out.mail);
  return out.decision;
}
