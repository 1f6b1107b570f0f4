import { randomBytes } from "node:crypto";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Fund, ProposalStatus } from "@/lib/generated/prisma/enums";
import { TRIEU } from "@/lib/money";
import { toSearchText } from "@/lib/text";

/** A đề án straight in the database at a given status (the enterprise journey is tested elsewhere). */
export async function makeProposal(
  db: PrismaClient,
  opts: {
    status: ProposalStatus;
    agencyCode?: string;
    establishmentName?: string;
    requestedTrieu?: number;
    year?: number;
    fund?: Fund;
    title?: string;
    pipeline?: "LOCAL" | "NATIONAL";
    /** A household of its own (a copy of the named one with a fresh tax code): approvals of many đề án for one
     * establishment's machinery would be double funding (issue 23), so tests about envelopes and races use this. */
    ownEstablishment?: boolean;
  },
): Promise<string> {
  const agency = await db.agency.findUniqueOrThrow({
    where: { code: opts.agencyCode ?? "000.00.20.H45" },
    select: { id: true },
  });
  const base = await db.establishment.findFirstOrThrow({
    where: { name: opts.establishmentName ?? "Hộ kinh doanh Mộc Tiến Thành" },
  });
  const est = opts.ownEstablishment
    ? await (async () => {
        const {
          id: _id,
          taxCode: _t,
          createdAt: _c,
          updatedAt: _u,
          ...rest
        } = base as typeof base & { createdAt?: Date; updatedAt?: Date };
        const tag = randomBytes(4).toString("hex");
        return db.establishment.create({
          data: {
            ...rest,
            name: `${base.name} ${tag}`,
            taxCode: null,
            searchText: toSearchText(`${base.name} ${tag}`),
          },
          select: { id: true, communeId: true },
        });
      })()
    : base;
  const activity = await db.activityCategory.findFirstOrThrow({
    where: { code: "UNG_DUNG_MAY_MOC", validTo: null },
    select: { id: true },
  });
  const requested = BigInt(opts.requestedTrieu ?? 100) * TRIEU;
  const title = opts.title ?? "Ứng dụng máy móc chà nhám tự động";
  const code = `TEST-${randomBytes(5).toString("hex")}`;
  const p = await db.proposal.create({
    data: {
      code,
      title,
      activityCategoryId: activity.id,
      establishmentId: est.id,
      agencyId: agency.id,
      communeId: est.communeId,
      year: opts.year ?? 2026,
      fund: opts.fund ?? "KCDP",
      pipeline: opts.pipeline ?? "LOCAL",
      status: opts.status,
      totalCost: requested * 2n,
      requestedSupport: requested,
      counterpart: requested,
      attestCounterpart: true,
      attestNoDoubleFunding: true,
      submittedAt: new Date("2026-11-01T03:00:00Z"),
      searchText: toSearchText(title, code),
      budgetLines: {
        create: [
          {
            position: 1,
            item: "Máy chà nhám",
            costKind: "MACHINERY",
            unitPrice: requested * 2n,
            total: requested * 2n,
            requestedSupport: requested,
            counterpart: requested,
          },
        ],
      },
    },
    select: { id: true },
  });
  return p.id;
}

export async function setEnvelopeRow(
  db: PrismaClient,
  amountTrieu: number,
  opts: { agencyCode?: string; year?: number; fund?: Fund } = {},
) {
  const agency = await db.agency.findUniqueOrThrow({
    where: { code: opts.agencyCode ?? "000.00.20.H45" },
    select: { id: true },
  });
  const key = { agencyId: agency.id, year: opts.year ?? 2026, fund: opts.fund ?? "KCDP" };
  return db.budgetEnvelope.upsert({
    where: { agencyId_year_fund: key },
    create: { ...key, amount: BigInt(amountTrieu) * TRIEU, committed: 0n },
    update: { amount: BigInt(amountTrieu) * TRIEU, committed: 0n },
  });
}
