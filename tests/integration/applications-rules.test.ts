import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/auth/actor";
import { setDbForTesting } from "@/lib/db";
import { ForbiddenError, ValidationError } from "@/lib/errors";
import { addRulePeriod } from "@/lib/rules/mutations";
import { submitApplication } from "@/lib/applications/submit";
import { getFormContext } from "@/lib/applications/queries";
import { seedEnterprise } from "@/prisma/seed/enterprise";
import { actorFor, seedFixtures } from "@/tests/helpers/fixtures";
import { createPgliteTestDb, type PgliteTestDb } from "@/tests/helpers/test-db";
import { attachQuotation, machineryDraft } from "./applications-helpers";

const T = 1_000_000n;
let t: PgliteTestDb;
let db: PrismaClient;
let owner: Actor;
let admin: Actor;

beforeAll(async () => {
  t = await createPgliteTestDb();
  db = t.prisma;
  setDbForTesting(db);
  await seedFixtures(db);
  await seedEnterprise(db);
  owner = await actorFor(db, "doanhnghiep@demo.vn");
  admin = await actorFor(db, "quantri@demo.vn");
}, 180_000);

afterAll(async () => {
  setDbForTesting(undefined);
  await t?.close();
});

// The owner's đề án are Phú Thọ KCĐP dossiers: judged by Phú Thọ's local rule set from 01/01/2026 (issue 15),
// whose levels are illustrative (MACHINERY copies the national 300 triệu, minh họa); the province's admin maintains that set.
const raise = {
  ruleSetCode: "PT-KCDP-NQ23-2025",
  code: "MACHINERY",
  validFrom: "2027-01-01",
  maxPercent: "70",
  maxAmount: "400 triệu",
  legalBasisCode: "TT28-2018",
  article: "Điều 8 khoản 4",
  reason: "Mức mới theo văn bản sửa đổi (giả định kiểm thử)",
};

describe("caps are data with validity periods", () => {
  it("the seed holds every row of the table, and seeding twice changes nothing", async () => {
    const before = await db.supportRule.count();
    await seedEnterprise(db);
    expect(await db.supportRule.count()).toBe(before);
    const machinery = await db.supportRule.findMany({
      where: { code: "MACHINERY", ruleSet: { provinceId: null } },
      orderBy: { validFrom: "asc" },
      select: { maxAmount: true, maxPercentBp: true },
    });
    expect(machinery).toEqual([
      { maxAmount: 200n * T, maxPercentBp: 5000 },
      { maxAmount: 300n * T, maxPercentBp: 5000 },
    ]);
    const est = await db.establishment.findUniqueOrThrow({
      where: { id: owner.establishmentId ?? "" },
      select: { industryCode: true },
    });
    expect(est.industryCode).toBe("THU_CONG_MY_NGHE");
  });

  it("only an admin adds a period; it must start after the current one; multipliers stay ≤ 1.5×", async () => {
    expect(await addRulePeriod(owner, raise).catch((e: unknown) => e)).toBeInstanceOf(ForbiddenError);
    const early = (await addRulePeriod(admin, { ...raise, validFrom: "2018-01-01" }).catch(
      (e: unknown) => e,
    )) as ValidationError;
    expect(early.fieldErrors.validFrom?.[0]).toContain("01/01/2026");
    expect(
      await addRulePeriod(admin, { ...raise, ruleSetCode: "QG-TT28-2018" }).catch((e: unknown) => e),
    ).toBeInstanceOf(ForbiddenError);
    const tooHigh = (await addRulePeriod(admin, { ...raise, priorityMultiplier: "2" }).catch(
      (e: unknown) => e,
    )) as ValidationError;
    expect(tooHigh.fieldErrors.priorityMultiplier?.[0]).toContain("1,5");
  });

  it("a dossier is judged by the cap in force on its submission date", async () => {
    const id = await addRulePeriod(admin, raise);
    const rows = await db.supportRule.findMany({
      where: { code: "MACHINERY", ruleSet: { code: raise.ruleSetCode } },
      orderBy: { validFrom: "asc" },
      select: { validTo: true },
    });
    expect(rows.at(-2)?.validTo).toEqual(new Date("2026-12-31T00:00:00Z"));
    expect(
      (await db.auditLog.findFirstOrThrow({ where: { entityId: id, action: "rules.addPeriod" } })).reason,
    ).toContain("Mức mới");

    const before = await machineryDraft(db, owner, { askTrieu: 350, start: "2027-03-01" });
    await attachQuotation(owner, before.id);
    const refused = (await submitApplication(owner, before.id, new Date("2026-12-31T03:00:00Z")).catch(
      (e: unknown) => e,
    )) as ValidationError;
    expect(refused.fieldErrors["lines.0.requestedSupport"]?.[0]).toContain("Tối đa 300 triệu đồng");
    const { code } = await submitApplication(owner, before.id, new Date("2027-01-02T03:00:00Z"));
    expect(code).toContain("-270102-");

    const ctx = await getFormContext(owner, {}, new Date("2027-01-02T03:00:00Z"));
    expect(ctx.rules.filter((r) => r.code === "MACHINERY").map((r) => r.maxAmount)).toEqual(["300000000", "400000000"]);
    expect(ctx.ruleSet?.set.code).toBe(raise.ruleSetCode);
  });

  it("a draft created outside the form (seed) opens with its columns", async () => {
    const seeded = await db.proposal.findFirstOrThrow({
      where: { title: "Hỗ trợ máy chà nhám thùng tự động cho xưởng mộc" },
      select: { id: true },
    });
    const ctx = await getFormContext(owner, { proposalId: seeded.id });
    expect(ctx.draft.title).toBe("Hỗ trợ máy chà nhám thùng tự động cho xưởng mộc");
    expect(ctx.draft.lines[0]).toMatchObject({
      costKind: "MACHINERY",
      unitPrice: "240000000",
      requestedSupport: "120000000",
    });
  });
});
