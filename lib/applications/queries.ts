import "server-only";
import { getDb } from "@/lib/db";
import { ATTACHMENT_SELECT } from "@/lib/storage/attachments";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/actor";
import { NotFoundError } from "@/lib/errors";
import { vnDay } from "@/lib/dates";
import { findProposalInScope, proposalScope } from "@/lib/proposals/scope";
import { establishmentScope } from "@/lib/establishments/scope";
import { loadActivities, loadDossierHistory, loadRulesFor } from "@/lib/rules/load";
import { activitiesInForce } from "@/lib/rules/in-force";
import { toActivityDto, toRuleDto } from "@/lib/rules/dto";
import { assertCanFile } from "@/lib/applications/guard";
import { loadEstablishmentFacts } from "@/lib/applications/facts";
import { draftSchema, emptyDraft, type DraftData } from "@/lib/applications/schemas";
import type { DecisionKind, ProposalStatus } from "@/lib/generated/prisma/enums";
import type { CommuneOption, DocumentDto, FormContext, ProposalDetail, ProposalListItem } from "@/lib/applications/dto";
import { libText } from "@/lib/i18n/lib-token";

const DECISION_KIND: Record<string, DecisionKind | undefined> = {
  approve: "APPROVE",
  reject: "REJECT",
  return: "RETURN",
};
const iso = (d: Date | null) => d?.toISOString() ?? null;
const docSelect = {
  id: true,
  kind: true,
  fileName: true,
  size: true,
  mimeType: true,
  createdAt: true,
  scanStatus: true,
} as const;
const toDoc = (d: {
  id: string;
  kind: string;
  fileName: string;
  size: number;
  mimeType: string;
  createdAt: Date;
}): DocumentDto => ({ ...d, createdAt: d.createdAt.toISOString() });

export async function listCurrentCommunes(on = new Date()): Promise<CommuneOption[]> {
  const db = await getDb();
  const day = vnDay(on);
  const rows = await db.adminUnit.findMany({
    where: { level: "COMMUNE", validFrom: { lte: day }, OR: [{ validTo: null }, { validTo: { gte: day } }] },
    select: { id: true, name: true, parent: { select: { name: true } } },
    orderBy: [{ parent: { name: "asc" } }, { name: "asc" }],
  });
  return rows.map((r) => ({ id: r.id, name: r.name, province: r.parent?.name ?? "" }));
}

const columnsSelect = {
  activityCategoryId: true,
  title: true,
  objectives: true,
  communeId: true,
  location: true,
  startDate: true,
  endDate: true,
  attestCounterpart: true,
  attestNoDoubleFunding: true,
  budgetLines: {
    orderBy: { position: "asc" },
    select: { item: true, costKind: true, quantity: true, unit: true, unitPrice: true, requestedSupport: true },
  },
} as const;

type Columns = {
  activityCategoryId: string;
  title: string;
  objectives: string;
  communeId: string | null;
  location: string | null;
  startDate: Date | null;
  endDate: Date | null;
  attestCounterpart: boolean;
  attestNoDoubleFunding: boolean;
  budgetLines: Array<{
    item: string;
    costKind: string;
    quantity: number;
    unit: string;
    unitPrice: bigint;
    requestedSupport: bigint;
  }>;
};

/** A draft created outside the form (seed, import) has no draftData: rebuild it from its columns. */
function draftFromColumns(p: Columns): DraftData {
  const day = (d: Date | null) => d?.toISOString().slice(0, 10) ?? "";
  const lines = p.budgetLines.map((l) => ({
    item: l.item,
    costKind: l.costKind,
    quantity: String(l.quantity),
    unit: l.unit,
    unitPrice: l.unitPrice.toString(),
    requestedSupport: l.requestedSupport.toString(),
  }));
  return {
    ...emptyDraft(p.communeId ?? ""),
    activityCategoryId: p.activityCategoryId,
    title: p.title.startsWith("(Chưa") ? "" : p.title,
    objectives: p.objectives,
    location: p.location ?? "",
    startDate: day(p.startDate),
    endDate: day(p.endDate),
    attestCounterpart: p.attestCounterpart,
    attestNoDoubleFunding: p.attestNoDoubleFunding,
    ...(lines.length ? { lines } : {}),
  };
}

/** Everything the application form needs: the draft, the establishment's facts and the rule rows as data. */
export async function getFormContext(
  actor: Actor,
  opts: { proposalId?: string; establishmentId?: string },
  now = new Date(),
): Promise<FormContext> {
  const { assisted } = assertCanFile(actor);
  const db = await getDb();
  let establishmentId = assisted ? opts.establishmentId : actor.establishmentId;
  let draft = emptyDraft();
  let documents: DocumentDto[] = [];
  if (opts.proposalId) {
    const p = await findProposalInScope(db, actor, opts.proposalId, {
      id: true,
      status: true,
      draftData: true,
      establishmentId: true,
      documents: { select: docSelect, orderBy: { createdAt: "asc" } },
      ...columnsSelect,
    });
    if (p.status !== "DRAFT") throw new NotFoundError(libText("errors.thisDossierIsSubmittedIt"));
    const parsed = p.draftData ? draftSchema.safeParse(p.draftData) : null;
    draft = parsed?.success ? parsed.data : draftFromColumns(p);
    documents = p.documents.map(toDoc);
    establishmentId = p.establishmentId ?? undefined;
  }
  if (!establishmentId) throw new NotFoundError(libText("errors.theEstablishmentWasNotFound"));
  const est = await db.establishment.findFirst({
    where: { AND: [{ id: establishmentId }, establishmentScope(actor)] },
    select: { id: true },
  });
  if (!est) throw new NotFoundError(libText("errors.theEstablishmentWasNotFound"));
  const facts = await loadEstablishmentFacts(db, est.id);
  if (!opts.proposalId && facts.communeId) draft.communeId = facts.communeId;
  const today = vnDay(now);
  // Judged by the rule set of the dossier's fund and province in force today (issue 15).
  const scope = opts.proposalId
    ? await db.proposal.findUnique({
        where: { id: opts.proposalId },
        select: { fund: true, agency: { select: { provinceId: true } } },
      })
    : null;
  const agency = facts.agencyId
    ? await db.agency.findUnique({ where: { id: facts.agencyId }, select: { provinceId: true } })
    : null;
  const { choice, rules } = await loadRulesFor(db, {
    fund: scope?.fund ?? "KCDP",
    provinceId: scope?.agency.provinceId ?? agency?.provinceId ?? actor.provinceId,
    date: today,
  });
  const history = await loadDossierHistory(db, est.id, today.getUTCFullYear(), opts.proposalId ?? null);
  const [activities, communes] = [await loadActivities(db), await listCurrentCommunes(now)];
  return {
    proposalId: opts.proposalId ?? null,
    draft,
    establishment: { ...facts, communeValidTo: iso(facts.communeValidTo) },
    rules: rules.map(toRuleDto),
    activities: activitiesInForce(activities, today)
      .filter((a) => rules.some((r) => r.activityCode === a.code))
      .map(toActivityDto),
    communes,
    documents,
    today: today.toISOString(),
    assisted,
    ruleSet: choice
      ? {
          set: {
            ...choice.set,
            issuedOn: choice.set.issuedOn.toISOString(),
            effectiveFrom: choice.set.effectiveFrom.toISOString(),
            effectiveTo: choice.set.effectiveTo?.toISOString() ?? null,
          },
          nationalFallback: choice.nationalFallback,
        }
      : null,
    fairsAbroadThisYear: history.fairsAbroadThisYear,
  };
}

export async function listOwnProposals(actor: Actor): Promise<ProposalListItem[]> {
  assertCan(actor, "proposal.viewOwn");
  return listProposalsOf(actor, actor.establishmentId);
}

export async function listProposalsOf(actor: Actor, establishmentId: string | null): Promise<ProposalListItem[]> {
  if (!establishmentId) return [];
  const db = await getDb();
  const rows = await db.proposal.findMany({
    where: { AND: [{ establishmentId }, proposalScope(actor)] },
    orderBy: [{ updatedAt: "desc" }],
    select: {
      id: true,
      code: true,
      title: true,
      status: true,
      requestedSupport: true,
      submittedAt: true,
      updatedAt: true,
      round: true,
      activityCategory: { select: { name: true } },
      supplements: { where: { answeredAt: null }, select: { round: true } },
    },
  });
  return rows.map((r) => ({
    id: r.id,
    code: r.code,
    title: r.title,
    status: r.status,
    activity: r.activityCategory.name,
    requestedSupport: r.requestedSupport.toString(),
    submittedAt: iso(r.submittedAt),
    updatedAt: r.updatedAt.toISOString(),
    openSupplement: r.status === "RETURNED" && r.supplements.some((s) => s.round === r.round),
  }));
}

/** One dossier with its budget, attachments, supplement requests and timeline; out of scope → NotFound. */
export async function getProposalDetail(actor: Actor, id: string): Promise<ProposalDetail> {
  const db = await getDb();
  const p = await findProposalInScope(db, actor, id, {
    id: true,
    code: true,
    title: true,
    objectives: true,
    status: true,
    location: true,
    startDate: true,
    endDate: true,
    totalCost: true,
    requestedSupport: true,
    counterpart: true,
    approvedSupport: true,
    submittedAt: true,
    decidedAt: true,
    assisted: true,
    priorityArea: true,
    round: true,
    activityCategory: { select: { name: true, article: true } },
    establishment: { select: { name: true } },
    agency: { select: { name: true } },
    commune: { select: { name: true } },
    budgetLines: {
      orderBy: { position: "asc" },
      select: {
        position: true,
        item: true,
        costKind: true,
        quantity: true,
        unit: true,
        unitPrice: true,
        total: true,
        requestedSupport: true,
        counterpart: true,
      },
    },
    documents: { select: docSelect, orderBy: { createdAt: "asc" } },
    events: {
      orderBy: { createdAt: "asc" },
      select: {
        id: true,
        action: true,
        fromStatus: true,
        toStatus: true,
        createdAt: true,
        actorName: true,
        onBehalfOfName: true,
        reason: true,
        round: true,
      },
    },
    decisions: { select: { kind: true, round: true, signMode: true } },
    supplements: {
      orderBy: { round: "asc" },
      select: {
        round: true,
        items: true,
        reason: true,
        deadline: true,
        createdAt: true,
        answeredAt: true,
        answerNote: true,
      },
    },
  });
  return {
    id: p.id,
    code: p.code,
    title: p.title,
    objectives: p.objectives,
    status: p.status,
    activity: p.activityCategory.name,
    activityArticle: p.activityCategory.article,
    establishment: p.establishment?.name ?? "",
    agency: p.agency.name,
    commune: p.commune?.name ?? null,
    location: p.location,
    startDate: iso(p.startDate),
    endDate: iso(p.endDate),
    totalCost: p.totalCost.toString(),
    requestedSupport: p.requestedSupport.toString(),
    counterpart: p.counterpart.toString(),
    approvedSupport: p.approvedSupport?.toString() ?? null,
    submittedAt: iso(p.submittedAt),
    decidedAt: iso(p.decidedAt),
    assisted: p.assisted,
    priorityArea: p.priorityArea,
    round: p.round,
    lines: p.budgetLines.map((l) => ({
      ...l,
      unitPrice: l.unitPrice.toString(),
      total: l.total.toString(),
      requestedSupport: l.requestedSupport.toString(),
      counterpart: l.counterpart.toString(),
    })),
    documents: p.documents.map(toDoc),
    events: p.events.map(({ createdAt, round, ...e }) => ({
      ...e,
      at: createdAt.toISOString(),
      // A decision is numbered with its round; that pairs the step with the way it was signed (KT./TL./TUQ.).
      signMode: p.decisions.find((d) => d.kind === DECISION_KIND[e.action] && d.round === round)?.signMode ?? null,
    })),
    supplements: p.supplements.map((s) => ({
      ...s,
      deadline: s.deadline.toISOString(),
      createdAt: s.createdAt.toISOString(),
      answeredAt: iso(s.answeredAt),
    })),
  };
}

/** An attachment's metadata and where its bytes are, for a download route; scope is the dossier's. */
export async function getDocumentContent(actor: Actor, documentId: string) {
  const db = await getDb();
  const doc = await db.document.findFirst({
    where: { id: documentId, proposal: proposalScope(actor) },
    select: ATTACHMENT_SELECT,
  });
  if (!doc) throw new NotFoundError(libText("errors.theDocumentWasNotFound"));
  return doc;
}

/** The status of a dossier in the actor's scope (NotFound otherwise): pages use it to pick editor or detail. */
export async function getProposalStatus(actor: Actor, id: string): Promise<ProposalStatus> {
  const db = await getDb();
  return (await findProposalInScope(db, actor, id, { status: true })).status;
}
