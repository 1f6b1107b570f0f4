import { randomBytes } from "node:crypto";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Fund, ProposalStatus } from "@/lib/generated/prisma/enums";
import { TRIEU } from "@/lib/money";
import { toSearchText } from "@/lib/text";

/** A đề án straight in the database at a given status (the enterprise journey is tested elsewhere). */
export async function makeProposal(db: PrismaClient, opts: {
  status: ProposalStatus; agencyCode?: string; establishmentName?: string; requestedTrieu?: number; year?: number; fund?: Fund; title?: string;
  pipeline?: "LOCAL" | "NATIONAL";
}): Promise<string> {
  const agency = await db.agency.findUniqueOrThrow({ where: { code: opts.agencyCode ?? "000.00.20.H45" }, select: { id: true } });
  const est = await db.establishment.findFirstOrThrow({ where: { name: opts.establishmentName ?? "Hộ kinh doanh Mộc Tiến Thành" }, select: { id: true, communeId: true } });
  const activity = await db.activityCategory.findFirstOrThrow({ where: { code: "UNG_DUNG_MAY_MOC", validTo: null }, select: { id: true } });
  const requested = BigInt(opts.requestedTrieu ?? 100) * TRIEU;
  const title = opts.title ?? "Ứng dụng máy móc chà nhám tự động";
  const code = `TEST-${randomBytes(5).toString("hex")}`;
  const p = await db.proposal.create({
    data: {
      code, title, activityCategoryId: activity.id, establishmentId: est.id, agencyId: agency.id, communeId: est.communeId,
      year: opts.year ?? 2026, fund: opts.fund ?? "KCDP", pipeline: opts.pipeline ?? "LOCAL", status: opts.status,
      totalCost: requested * 2n, requestedSupport: requested, counterpart: requested, attestCounterpart: true, attestNoDoubleFunding: true,
      submittedAt: new Date("2026-11-01T03:00:00Z"), searchText: toSearchText(title, code),
      budgetLines: { create: [{ position: 1, item: "Máy chà nhám", costKind: "MACHINERY", unitPrice: requested * 2n, total: requested * 2n, requestedSupport: requested, counterpart: requested }] },
    },
    select: { id: true },
  });
  return p.id;
}

export async function setEnvelopeRow(db: PrismaClient, amountTrieu: number, opts: { agencyCode?: string; year?: number; fund?: Fund } = {}) {
  const agency = await db.agency.findUniqueOrThrow({ where: { code: opts.agencyCode ?? "000.00.20.H45" }, select: { id: true } });
  const key = { agencyId: agency.id, year: opts.year ?? 2026, fund: opts.fund ?? "KCDP" };
  return db.budgetEnvelope.upsert({
    where: { agencyId_year_fund: key },
    create: { ...key, amount: BigInt(amountTrieu) * TRIEU, committed: 0n },
    update: { amount: BigInt(amountTrieu) * TRIEU, committed: 0n },
  });
}
