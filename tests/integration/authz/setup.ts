import { randomBytes } from "node:crypto";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Role } from "@/lib/generated/prisma/enums";
import type { Actor } from "@/lib/auth/actor";
import { TRIEU } from "@/lib/money";
import { actorFor } from "@/tests/helpers/fixtures";
import type { Ctx, Target } from "./harness";

const EMAILS: Record<Role, string> = {
  ENTERPRISE: "doanhnghiep@demo.vn",
  STAFF: "chuyenvien@demo.vn",
  APPRAISER: "thamdinh1@demo.vn",
  LEADER: "lanhdao@demo.vn",
  ADMIN: "quantri@demo.vn",
  MINISTRY_VIEWER: "bo@demo.vn",
};
const AGENCY: Record<Target, string> = { own: "000.00.20.H45", other: "000.00.20.H04" };
const PROPOSAL_CODE: Record<Target, string> = { own: "000.00.20.H45-260112-0001", other: "000.00.20.H04-260108-0001" };

/** Builds the matrix context on a database holding seedFixtures (the demo foundation). */
export async function buildCtx(db: PrismaClient): Promise<Ctx> {
  const actors = Object.fromEntries(
    await Promise.all(Object.entries(EMAILS).map(async ([r, e]) => [r, await actorFor(db, e)])),
  ) as Record<Role, Actor>;
  const proposal = {} as Record<Target, string>;
  const establishment = {} as Record<Target, string>;
  const decision = {} as Record<Target, string>;
  const activity = await db.activityCategory.findFirstOrThrow({
    where: { code: "UNG_DUNG_MAY_MOC", validTo: null },
    select: { id: true },
  });
  const ests = {} as Record<Target, { id: string; communeId: string | null }>;
  const agencies = {} as Record<Target, string>;
  for (const t of ["own", "other"] as const) {
    const p = await db.proposal.findUniqueOrThrow({
      where: { code: PROPOSAL_CODE[t] },
      select: { id: true, establishmentId: true },
    });
    proposal[t] = p.id;
    establishment[t] = p.establishmentId ?? "";
    ests[t] = await db.establishment.findUniqueOrThrow({
      where: { id: p.establishmentId ?? "" },
      select: { id: true, communeId: true },
    });
    agencies[t] = (await db.agency.findUniqueOrThrow({ where: { code: AGENCY[t] }, select: { id: true } })).id;
    decision[t] = (
      await db.decision.create({
        data: {
          proposalId: p.id,
          kind: "RETURN",
          number: `MATRIX-${t}-${randomBytes(3).toString("hex")}`,
          decidedAt: new Date("2026-02-01T03:00:00Z"),
          reason: "Thiếu báo giá.",
          signerId: actors.STAFF.id,
          signerName: actors.STAFF.name,
        },
        select: { id: true },
      })
    ).id;
    for (const year of [2026, 2027]) {
      await db.budgetEnvelope.upsert({
        where: { agencyId_year_fund: { agencyId: agencies[t], year, fund: "KCDP" } },
        create: { agencyId: agencies[t], year, fund: "KCDP", amount: 1_000_000n * TRIEU },
        update: { amount: 1_000_000n * TRIEU },
      });
    }
  }
  // The appraiser sees what is assigned: assign the own demo dossier.
  await db.assignment.create({
    data: { proposalId: proposal.own, appraiserId: actors.APPRAISER.id, assignedById: actors.STAFF.id },
  });
  const freshProposal: Ctx["freshProposal"] = async (t, status) => {
    const requested = 100n * TRIEU;
    const p = await db.proposal.create({
      data: {
        code: `MATRIX-${randomBytes(5).toString("hex")}`,
        title: "Ứng dụng máy móc kiểm thử phân quyền",
        activityCategoryId: activity.id,
        establishmentId: ests[t].id,
        agencyId: agencies[t],
        communeId: ests[t].communeId,
        year: 2026,
        fund: "KCDP",
        pipeline: "LOCAL",
        status,
        totalCost: requested * 2n,
        requestedSupport: requested,
        counterpart: requested,
        approvedSupport: status === "APPROVED" || status === "CONTRACTED" ? requested : null,
        attestCounterpart: true,
        attestNoDoubleFunding: true,
        submittedAt: new Date("2026-03-01T03:00:00Z"),
        searchText: "may moc kiem thu phan quyen",
      },
      select: { id: true },
    });
    if (t === "own")
      await db.assignment.create({
        data: { proposalId: p.id, appraiserId: actors.APPRAISER.id, assignedById: actors.STAFF.id },
      });
    return p.id;
  };
  return { db, actors, proposal, establishment, decision, freshProposal };
}
