import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { getDb, type Db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { formatDate } from "@/lib/dates";
import { vndFullFigures, vndInWords } from "@/lib/money-words";
import { findProposalInScope } from "@/lib/proposals/scope";
import { assertCanViewImplementation } from "@/lib/implementation/access";
import { instrumentsAppliedTo } from "@/lib/rules/load";
import { KIND_LABELS } from "@/lib/applications/document-kind-labels";
import { agencyIssuer, type Issuer } from "@/lib/documents/issuer";
import { libText } from "@/lib/i18n/lib-token";

// What the issued documents of a đề án print (issue 16): the support contract, the acceptance minutes, the
// settlement and the submission receipt. Each query authorizes like the page that shows the document (the
// đề án's scope: an enterprise sees its own establishment's only; out of scope answers NotFound) and returns
// one plain DTO that both the HTML view and the PDF are drawn from.

/** A party of a contract or minutes: who represents it, with which title, address, tax code, account. */
export type Party = {
  name: string;
  representative: string | null;
  title: string | null;
  address: string | null;
  taxCode: string | null;
  account: string | null;
  accountAt: string | null;
  illustrative: boolean;
};

/** An amount as documents print it: full figures and words ("250.000.000 đồng", "Hai trăm năm mươi triệu đồng"). */
export type Amount = { value: string; figures: string; words: string };
const amount = (v: bigint): Amount => ({ value: v.toString(), figures: vndFullFigures(v), words: vndInWords(v) });

/** The approval a contract implements: the decision's number and date and who issued it. */
export type Approval = { number: string; date: string; issuer: string; about: string };

export type Ground = { citation: string; illustrative: boolean; role: "caps" | "eligibility" | "advance" };

const AGENCY = {
  name: true,
  code: true,
  representativeName: true,
  representativeTitle: true,
  address: true,
  taxCode: true,
  treasuryAccount: true,
  treasuryName: true,
  detailsIllustrative: true,
  province: { select: { name: true } },
} as const;
const ESTABLISHMENT = {
  name: true,
  address: true,
  representative: true,
  representativeTitle: true,
  taxCode: true,
  householdRegNo: true,
  bankAccount: true,
  bankName: true,
  fictional: true,
} as const;

type AgencyRow = {
  name: string;
  representativeName: string | null;
  representativeTitle: string | null;
  address: string | null;
  taxCode: string | null;
  treasuryAccount: string | null;
  treasuryName: string | null;
  detailsIllustrative: boolean;
  province: { name: string } | null;
};
type EstablishmentRow = {
  name: string;
  address: string | null;
  representative: string | null;
  representativeTitle: string | null;
  taxCode: string | null;
  householdRegNo: string | null;
  bankAccount: string | null;
  bankName: string | null;
  fictional: boolean;
};

function agencyParty(a: AgencyRow, name?: string): Party {
  return {
    name: name ?? a.name,
    representative: a.representativeName,
    title: a.representativeTitle,
    address: a.address,
    taxCode: a.taxCode,
    account: a.treasuryAccount,
    accountAt: a.treasuryName,
    illustrative: a.detailsIllustrative,
  };
}

function establishmentParty(e: EstablishmentRow | null, fallbackName: string, name?: string): Party {
  return {
    name: name ?? e?.name ?? fallbackName,
    representative: e?.representative ?? null,
    title: e?.representativeTitle ?? null,
    address: e?.address ?? null,
    taxCode: e?.taxCode ?? e?.householdRegNo ?? null,
    account: e?.bankAccount ?? null,
    accountAt: e?.bankName ?? null,
    illustrative: e?.fictional ?? false,
  };
}

function issuerOf(a: AgencyRow): Issuer {
  return agencyIssuer(a.name, a.province?.name ?? null);
}

/** The approval of a đề án: its APPROVE decision, else the province's decision approving the plan it is in. */
async function approvalOf(db: Db, proposalId: string): Promise<Approval | null> {
  const d = await db.decision.findFirst({
    where: { proposalId, kind: "APPROVE" },
    orderBy: { decidedAt: "desc" },
    select: {
      number: true,
      numberKey: true,
      decidedAt: true,
      proposal: { select: { agency: { select: { name: true } } } },
    },
  });
  if (d) {
    const ministry = /(^|[.:])G12(:|$)/.test(d.numberKey ?? "") || /\.G12\b/.test(d.number);
    return {
      number: d.number,
      date: d.decidedAt.toISOString(),
      issuer: ministry ? "Bộ Công Thương" : (d.proposal?.agency.name ?? ""),
      about: "phê duyệt hỗ trợ đề án khuyến công",
    };
  }
  const p = await db.proposal.findUnique({
    where: { id: proposalId },
    select: {
      plan: {
        select: {
          status: true,
          name: true,
          decisionNo: true,
          decisionDate: true,
          agency: { select: { province: { select: { name: true } } } },
        },
      },
    },
  });
  const plan = p?.plan;
  if (plan?.status === "APPROVED" && plan.decisionNo && plan.decisionDate) {
    const province = plan.agency.province?.name;
    return {
      number: plan.decisionNo,
      date: plan.decisionDate.toISOString(),
      issuer: province ? `Ủy ban nhân dân ${province}` : "Ủy ban nhân dân tỉnh",
      about: `phê duyệt ${plan.name}`,
    };
  }
  return null;
}

async function grounds(db: Db, proposalId: string): Promise<Ground[]> {
  return (await instrumentsAppliedTo(db, proposalId)).map((g) => ({
    citation: g.citation,
    illustrative: g.illustrative,
    role: g.role,
  }));
}

async function userName(db: Db, id: string | null): Promise<{ name: string; title: string | null } | null> {
  if (!id) return null;
  return db.user.findUnique({ where: { id }, select: { name: true, title: true } });
}

const PROJECT = {
  id: true,
  code: true,
  title: true,
  year: true,
  fund: true,
  location: true,
  startDate: true,
  endDate: true,
  totalCost: true,
  counterpart: true,
  approvedSupport: true,
  requestedSupport: true,
  implementingUnit: true,
  activityCategory: { select: { name: true } },
  commune: { select: { name: true } },
  agency: { select: AGENCY },
  establishment: { select: ESTABLISHMENT },
} as const;

type ProjectRow = {
  id: string;
  code: string | null;
  title: string;
  year: number;
  fund: "KCQG" | "KCDP";
  location: string | null;
  startDate: Date | null;
  endDate: Date | null;
  totalCost: bigint;
  counterpart: bigint;
  approvedSupport: bigint | null;
  requestedSupport: bigint;
  implementingUnit: string | null;
  activityCategory: { name: string };
  commune: { name: string } | null;
  agency: AgencyRow;
  establishment: EstablishmentRow | null;
};

function project(p: ProjectRow) {
  return {
    id: p.id,
    code: p.code,
    title: p.title,
    year: p.year,
    fund: p.fund,
    activity: p.activityCategory.name,
    place: p.location ?? p.commune?.name ?? null,
    startDate: p.startDate?.toISOString() ?? null,
    endDate: p.endDate?.toISOString() ?? null,
    totalCost: amount(p.totalCost),
    counterpart: amount(p.counterpart),
  };
}

/** The support contract of a đề án (hợp đồng hỗ trợ), with both parties, the approval it implements and the instruments. */
export async function getContractDocument(actor: Actor, proposalId: string) {
  assertCanViewImplementation(actor);
  const db = await getDb();
  const p = await findProposalInScope(db, actor, proposalId, {
    ...PROJECT,
    contract: {
      select: {
        id: true,
        number: true,
        signedAt: true,
        amount: true,
        partyA: true,
        partyB: true,
        copies: true,
        createdById: true,
      },
    },
  });
  const c = p.contract;
  if (!c) throw new NotFoundError(libText("errors.theProjectHasNoSupport"));
  const partyA = agencyParty(p.agency, c.partyA);
  if (!partyA.representative) {
    const by = await userName(db, c.createdById);
    partyA.representative = by?.name ?? null;
    partyA.title = by?.title ?? null;
  }
  return {
    id: c.id,
    number: c.number,
    signedAt: c.signedAt.toISOString(),
    copies: c.copies,
    amount: amount(c.amount),
    issuer: issuerOf(p.agency),
    partyA,
    partyB: establishmentParty(p.establishment, p.implementingUnit ?? "Đơn vị thụ hưởng", c.partyB),
    approval: await approvalOf(db, p.id),
    grounds: await grounds(db, p.id),
    project: project(p),
  };
}

export type ContractDocument = Awaited<ReturnType<typeof getContractDocument>>;

/** The contract line other documents cite: "Hợp đồng số … ngày …". */
type ContractRef = { number: string; signedAt: string; amount: Amount } | null;
const contractRef = (c: { number: string; signedAt: Date; amount: bigint } | null): ContractRef =>
  c && { number: c.number, signedAt: c.signedAt.toISOString(), amount: amount(c.amount) };

/** Biên bản nghiệm thu: the parties, the contract and approval, what was achieved, the money, the conclusion. */
export async function getAcceptanceDocument(actor: Actor, proposalId: string, acceptanceId: string) {
  assertCanViewImplementation(actor);
  const db = await getDb();
  const p = await findProposalInScope(db, actor, proposalId, {
    ...PROJECT,
    contract: { select: { number: true, signedAt: true, amount: true } },
    acceptances: {
      where: { id: acceptanceId },
      select: {
        id: true,
        kind: true,
        minutesNo: true,
        acceptedAt: true,
        note: true,
        doubleFundingFlag: true,
        createdById: true,
        results: { select: { value: true, indicator: { select: { name: true, unit: true } } } },
      },
    },
    acceptanceSchedules: { orderBy: { createdAt: "desc" }, take: 1, select: { place: true } },
  });
  const a = p.acceptances[0];
  if (!a) throw new NotFoundError(libText("errors.theAcceptanceMinutesWereNot"));
  const approved = p.approvedSupport ?? p.contract?.amount ?? 0n;
  const disbursed = await db.ledgerEntry.groupBy({
    by: ["kind"],
    where: {
      proposalId: p.id,
      kind: { in: ["ADVANCE", "FINAL_PAYMENT", "REFUND"] },
      occurredAt: { lte: a.acceptedAt },
    },
    _sum: { amount: true },
  });
  const sum = (k: string) => disbursed.find((r) => r.kind === k)?._sum.amount ?? 0n;
  const signer = await userName(db, a.createdById);
  return {
    id: a.id,
    kind: a.kind,
    number: a.minutesNo,
    acceptedAt: a.acceptedAt.toISOString(),
    place: p.acceptanceSchedules[0]?.place ?? null,
    note: a.note,
    doubleFundingFlag: a.doubleFundingFlag,
    results: a.results.map((r) => ({ name: r.indicator.name, unit: r.indicator.unit, value: r.value.toString() })),
    issuer: issuerOf(p.agency),
    partyA: agencyParty(p.agency),
    partyB: establishmentParty(p.establishment, p.implementingUnit ?? "Đơn vị thụ hưởng"),
    contract: contractRef(p.contract),
    approval: await approvalOf(db, p.id),
    project: project(p),
    approved: amount(approved),
    advanced: amount(sum("ADVANCE") + sum("FINAL_PAYMENT") - sum("REFUND")),
    signer: { name: signer?.name ?? p.agency.name, title: signer?.title ?? null },
  };
}

export type AcceptanceDocument = Awaited<ReturnType<typeof getAcceptanceDocument>>;

/** Quyết toán: the reconciled money in full figures and words, the contract and approval it closes. */
export async function getSettlementDocument(actor: Actor, proposalId: string) {
  assertCanViewImplementation(actor);
  const db = await getDb();
  const p = await findProposalInScope(db, actor, proposalId, {
    ...PROJECT,
    contract: { select: { number: true, signedAt: true, amount: true } },
    settlement: {
      select: {
        id: true,
        number: true,
        settledAt: true,
        approvedSupport: true,
        disbursed: true,
        refunded: true,
        settledSupport: true,
        counterpart: true,
        requiredCounterpart: true,
        exceptionReason: true,
        note: true,
        createdById: true,
      },
    },
    acceptances: { orderBy: { acceptedAt: "asc" }, select: { minutesNo: true, acceptedAt: true } },
  });
  const s = p.settlement;
  if (!s) throw new NotFoundError(libText("errors.theProjectHasNotBeen"));
  const signer = await userName(db, s.createdById);
  return {
    id: s.id,
    number: s.number,
    settledAt: s.settledAt.toISOString(),
    note: s.note,
    exceptionReason: s.exceptionReason,
    approved: amount(s.approvedSupport),
    disbursed: amount(s.disbursed),
    refunded: amount(s.refunded),
    settled: amount(s.settledSupport),
    counterpart: amount(s.counterpart),
    requiredCounterpart: s.requiredCounterpart === null ? null : amount(s.requiredCounterpart),
    issuer: issuerOf(p.agency),
    partyA: agencyParty(p.agency),
    partyB: establishmentParty(p.establishment, p.implementingUnit ?? "Đơn vị thụ hưởng"),
    contract: contractRef(p.contract),
    approval: await approvalOf(db, p.id),
    grounds: await grounds(db, p.id),
    project: project(p),
    acceptances: p.acceptances.map((a) => ({ number: a.minutesNo, date: a.acceptedAt.toISOString() })),
    signer: { name: signer?.name ?? p.agency.name, title: signer?.title ?? null },
  };
}

export type SettlementDocument = Awaited<ReturnType<typeof getSettlementDocument>>;

/** Giấy tiếp nhận hồ sơ: the dossier code, who filed what and when, the support asked for, the attachments received. */
export async function getReceiptDocument(actor: Actor, proposalId: string) {
  const db = await getDb();
  const p = await findProposalInScope(db, actor, proposalId, {
    ...PROJECT,
    round: true,
    submittedAt: true,
    assisted: true,
    createdById: true,
    documents: { orderBy: { createdAt: "asc" }, select: { kind: true, fileName: true, createdAt: true } },
  });
  if (!p.code || !p.submittedAt) throw new NotFoundError(libText("errors.theDossierHasNotBeen"));
  const submittedAt = p.submittedAt;
  const filer = p.assisted ? await userName(db, p.createdById) : null;
  return {
    proposalId: p.id,
    code: p.code,
    round: p.round,
    submittedAt: submittedAt.toISOString(),
    assisted: p.assisted,
    receivedBy: filer ? { name: filer.name, title: filer.title } : null,
    issuer: issuerOf(p.agency),
    agency: agencyParty(p.agency),
    applicant: establishmentParty(p.establishment, p.implementingUnit ?? "Đơn vị đề nghị"),
    project: project(p),
    requested: amount(p.requestedSupport),
    // What was received with this submission: the attachments on file when it was submitted (not later progress photos).
    documents: p.documents
      .filter((d) => d.createdAt.getTime() <= submittedAt.getTime() + 1000)
      .map((d) => ({ kind: KIND_LABELS[d.kind] ?? d.kind, fileName: d.fileName })),
  };
}

export type ReceiptDocument = Awaited<ReturnType<typeof getReceiptDocument>>;

/** "dd/mm/yyyy" of an ISO date — the short form the clauses use. */
export const shortDate = (iso: string | null) => (iso ? formatDate(iso) : "……");
