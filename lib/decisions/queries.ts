import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { proposalScope } from "@/lib/proposals/scope";
import { formatMoney } from "@/lib/money";
import { vndFullFigures, vndInWords } from "@/lib/money-words";
import { DOC_TITLE } from "@/lib/decisions/numbering";
import { isDelegationActive } from "@/lib/decisions/delegation-rules";
import { instrumentsAppliedTo } from "@/lib/rules/load";
import type { SignMode } from "@/lib/generated/prisma/enums";
import { libText } from "@/lib/i18n/lib-token";

export type DelegationOption = {
  id: string;
  mode: SignMode;
  principalName: string;
  principalTitle: string | null;
  validTo: string;
};

/** Delegations the actor may sign under now, for this agency (the decision form offers them). */
export async function listDelegationsFor(
  actor: Actor,
  agencyId: string,
  now = new Date(),
): Promise<DelegationOption[]> {
  if (actor.role === "ENTERPRISE") return [];
  const db = await getDb();
  const rows = await db.delegation.findMany({
    where: { delegateId: actor.id, agencyId, revokedAt: null, validFrom: { lte: now }, validTo: { gte: now } },
    select: {
      id: true,
      mode: true,
      validFrom: true,
      validTo: true,
      revokedAt: true,
      delegator: { select: { name: true, title: true } },
    },
  });
  return rows
    .filter((r) => isDelegationActive(r, now))
    .map((r) => ({
      id: r.id,
      mode: r.mode,
      principalName: r.delegator.name,
      principalTitle: r.delegator.title,
      validTo: r.validTo.toISOString(),
    }));
}

/** The printable decision: visible to whoever may see its đề án (the applicant included). */
export async function getDecisionDocument(actor: Actor, id: string) {
  const db = await getDb();
  const d = await db.decision.findFirst({
    where: { id, proposal: proposalScope(actor) },
    select: {
      id: true,
      kind: true,
      number: true,
      numberKey: true,
      decidedAt: true,
      reason: true,
      signerId: true,
      signerName: true,
      onBehalfOfId: true,
      onBehalfOfName: true,
      signMode: true,
      round: true,
      proposal: {
        select: {
          id: true,
          code: true,
          title: true,
          year: true,
          fund: true,
          requestedSupport: true,
          approvedSupport: true,
          establishment: { select: { name: true, address: true } },
          agency: { select: { name: true, province: { select: { name: true } } } },
          supplements: { select: { round: true, items: true, deadline: true } },
        },
      },
    },
  });
  if (!d || !d.proposal) throw new NotFoundError(libText("errors.theDocumentWasNotFound2"));
  const users = await db.user.findMany({
    where: { id: { in: [d.signerId, d.onBehalfOfId ?? "__none__"] } },
    select: { id: true, title: true },
  });
  const title = (uid: string | null) => users.find((u) => u.id === uid)?.title ?? null;
  const p = d.proposal;
  const supplement = d.kind === "RETURN" ? p.supplements.find((s) => s.round === d.round) : undefined;
  // Căn cứ: the instruments of the rule set that judged this đề án (its fund and province, on its submission day).
  const grounds = (await instrumentsAppliedTo(db, p.id)).map((g) => ({
    citation: g.citation,
    illustrative: g.illustrative,
  }));
  return {
    grounds,
    id: d.id,
    kind: d.kind,
    title: DOC_TITLE[d.kind],
    number: d.number,
    decidedAt: d.decidedAt.toISOString(),
    reason: d.reason,
    signMode: d.signMode,
    signerName: d.signerName,
    signerTitle: title(d.signerId),
    onBehalfOfName: d.onBehalfOfName,
    principalTitle: title(d.onBehalfOfId),
    agencyName: p.agency.name,
    provinceName: p.agency.province?.name ?? null,
    // The ministry decides national-fund đề án in its own series (its identifier ends in G12).
    issuedByMinistry: /(^|[.:])G12(:|$)/.test(d.numberKey ?? "") || /\.G12\b/.test(d.number),
    proposal: {
      id: p.id,
      code: p.code,
      title: p.title,
      year: p.year,
      fund: p.fund,
      establishmentName: p.establishment?.name ?? null,
      establishmentAddress: p.establishment?.address ?? null,
      requestedSupport: formatMoney(p.requestedSupport),
      approvedSupport: p.approvedSupport === null ? null : formatMoney(p.approvedSupport),
      // Documents print amounts in full figures and in words (issue 16: "Bằng chữ").
      supportFigures: vndFullFigures(p.approvedSupport ?? p.requestedSupport),
      supportWords: vndInWords(p.approvedSupport ?? p.requestedSupport),
    },
    supplement: supplement ? { items: supplement.items, deadline: supplement.deadline.toISOString() } : null,
  };
}

export type DecisionDocument = Awaited<ReturnType<typeof getDecisionDocument>>;

/** Decisions on one dossier, for the applicant's dossier page (the enterprise side may embed this). */
export async function listDecisionsForProposal(actor: Actor, proposalId: string) {
  const db = await getDb();
  const rows = await db.decision.findMany({
    where: { proposalId, proposal: proposalScope(actor) },
    orderBy: { decidedAt: "asc" },
    select: {
      id: true,
      kind: true,
      number: true,
      decidedAt: true,
      reason: true,
      signerName: true,
      onBehalfOfName: true,
      signMode: true,
    },
  });
  return rows.map((r) => ({ ...r, title: DOC_TITLE[r.kind], decidedAt: r.decidedAt.toISOString() }));
}
