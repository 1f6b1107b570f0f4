// Rule sets through the real data layer (PGlite): a province admin issues a new version of the local set
// (never edits one in place — the database refuses), a dossier is judged by the set in force on its day,
// instrumentsAppliedTo names the instruments for the printed căn cứ, and advances follow the fund.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/auth/actor";
import { setDbForTesting } from "@/lib/db";
import { ForbiddenError, ValidationError } from "@/lib/errors";
import { issueRuleSetVersion } from "@/lib/rules/mutations";
import { instrumentsAppliedTo, loadRulesFor } from "@/lib/rules/load";
import { checkAdvance } from "@/lib/funding/advance-check";
import { seedSupportRules } from "@/prisma/seed/support-rules";
import { seedAdvanceRules } from "@/prisma/seed/advance-rules";
import { actorFor, caught, seedFixtures } from "@/tests/helpers/fixtures";
import { createPgliteTestDb, type PgliteTestDb } from "@/tests/helpers/test-db";

const T = 1_000_000n;
let t: PgliteTestDb;
let db: PrismaClient;
let admin: Actor;
let owner: Actor;
let provinceId: string;
const day = (s: string) => new Date(`${s}T00:00:00Z`);

beforeAll(async () => {
  t = await createPgliteTestDb();
  db = t.prisma;
  setDbForTesting(db);
  await seedFixtures(db);
  await seedSupportRules(db);
  await seedAdvanceRules(db);
  admin = await actorFor(db, "quantri@demo.vn");
  owner = await actorFor(db, "doanhnghiep@demo.vn");
  provinceId = admin.provinceId!;
}, 180_000);

afterAll(async () => {
  setDbForTesting(undefined);
  await t?.close();
});

const modelCap = async (fund: "KCQG" | "KCDP", date: string) => {
  const { choice, rules } = await loadRulesFor(db, { fund, provinceId, date: day(date) });
  return {
    set: choice?.set.code,
    cap: rules.find(
      (r) => r.code === "DEMO_MODEL_NEW_TECH" && r.validFrom <= day(date) && (!r.validTo || r.validTo >= day(date)),
    )?.maxAmount,
  };
};

const version = {
  instrumentNo: "99/2026/NQ-HĐND",
  instrumentTitle: "Nghị quyết 99/2026/NQ-HĐND (kiểm thử) quy định mức chi khuyến công tỉnh Phú Thọ",
  issuer: "HĐND tỉnh Phú Thọ",
  issuedOn: "2026-10-01",
  effectiveFrom: "2027-01-01",
  advanceBasis: "Quy chế quản lý kinh phí khuyến công tỉnh Phú Thọ (kiểm thử)",
  illustrative: "on",
  reason: "Nghị quyết mới của HĐND tỉnh (kiểm thử)",
};

describe("a province's rule sets", () => {
  it("seeds the national sets and Phú Thọ's illustrative set; judges by the set in force on the day", async () => {
    expect(await modelCap("KCDP", "2025-12-31")).toEqual({ set: "QG-TT28-2018", cap: 1_000n * T });
    expect(await modelCap("KCDP", "2026-01-01")).toEqual({ set: "PT-KCDP-NQ23-2025", cap: 600n * T });
    expect(await modelCap("KCQG", "2026-01-01")).toEqual({ set: "QG-TT28-2018", cap: 1_000n * T });
    const pt = await db.ruleSet.findUniqueOrThrow({ where: { code: "PT-KCDP-NQ23-2025" } });
    expect(pt).toMatchObject({
      instrumentNo: "23/2025/NQ-HĐND",
      issuer: "HĐND tỉnh Phú Thọ",
      illustrative: true,
      effectiveFrom: day("2026-01-01"),
      provinceId,
    });
  });

  it("only the province's admin issues a new version; it closes the old set the day before and is audited", async () => {
    expect(await caught(issueRuleSetVersion(owner, version))).toBeInstanceOf(ForbiddenError);
    const bad = (await caught(
      issueRuleSetVersion(admin, { ...version, effectiveFrom: "2025-06-01", issuedOn: "2025-05-01" }),
    )) as ValidationError;
    expect(bad.fieldErrors.effectiveFrom?.[0]).toContain("01/01/2026");
    const id = await issueRuleSetVersion(admin, version);
    const created = await db.ruleSet.findUniqueOrThrow({ where: { id } });
    expect(created).toMatchObject({
      version: 2,
      fund: "KCDP",
      provinceId,
      instrumentNo: version.instrumentNo,
      illustrative: true,
    });
    expect((await db.ruleSet.findUniqueOrThrow({ where: { code: "PT-KCDP-NQ23-2025" } })).effectiveTo).toEqual(
      day("2026-12-31"),
    );
    expect(
      (await db.auditLog.findFirstOrThrow({ where: { entityId: id, action: "rules.issueSet" } })).reason,
    ).toContain("Nghị quyết mới");
    // The day before the new set takes effect the old one judges; from that day the new one (caps copied, then changed by period).
    expect(await modelCap("KCDP", "2026-12-31")).toEqual({ set: "PT-KCDP-NQ23-2025", cap: 600n * T });
    expect((await modelCap("KCDP", "2027-01-01")).set).toBe(created.code);
  });

  it("a rule set is never edited in place nor deleted (the database refuses)", async () => {
    const pt = await db.ruleSet.findUniqueOrThrow({ where: { code: "PT-KCDP-NQ23-2025" } });
    await expect(db.ruleSet.update({ where: { id: pt.id }, data: { instrumentNo: "sửa/2026" } })).rejects.toThrow();
    await expect(
      db.ruleSet.update({ where: { id: pt.id }, data: { effectiveTo: day("2027-06-30") } }),
    ).rejects.toThrow();
    await expect(db.ruleSet.delete({ where: { id: pt.id } })).rejects.toThrow();
  });
});

describe("instruments applied and advances by fund", () => {
  it("names the caps instrument and the advance procedure of the đề án's fund", async () => {
    const local = await db.proposal.findFirstOrThrow({
      where: { code: "000.00.20.H45-260112-0001" },
      select: { id: true },
    }); // KCĐP, submitted 12/01/2026
    const cites = await instrumentsAppliedTo(db, local.id);
    expect(cites.find((c) => c.role === "caps")?.citation).toContain("Nghị quyết 23/2025/NQ-HĐND");
    expect(cites.find((c) => c.role === "advance")?.citation).toContain("Phú Thọ");
    await db.proposal.update({ where: { id: local.id }, data: { fund: "KCQG" } });
    const national = await instrumentsAppliedTo(db, local.id);
    expect(national.find((c) => c.role === "caps")?.citation).toContain("Thông tư 28/2018/TT-BTC");
    expect(national.find((c) => c.role === "advance")?.citation).toContain("Thông tư 36/2013/TT-BCT");
    await db.proposal.update({ where: { id: local.id }, data: { fund: "KCDP" } });
  });

  it("a KCĐP contract of Phú Thọ advances by the province's procedure, a KCQG one by TT 36/2013", async () => {
    const p = await db.proposal.findFirstOrThrow({
      where: { code: "000.00.20.H45-251215-0001" },
      select: { id: true },
    });
    const subject = {
      id: p.id,
      activityCategory: { code: "UNG_DUNG_MAY_MOC", advanceType: "INVESTMENT" },
      contract: { signedAt: day("2026-03-01") },
    };
    const local = await checkAdvance(db, subject, "CONTRACTED", 250n * T, 0n, 1n * T);
    expect(local.rule?.code).toBe("PT-TU-MAY-MOC-MO-HINH");
    expect(local.rule?.article).toContain("Phú Thọ");
    await db.proposal.update({ where: { id: p.id }, data: { fund: "KCQG" } });
    const national = await checkAdvance(db, subject, "CONTRACTED", 250n * T, 0n, 1n * T);
    expect(national.rule?.code).toBe("TU-MAY-MOC-MO-HINH");
    expect(national.rule?.article).toContain("36/2013/TT-BCT");
    await db.proposal.update({ where: { id: p.id }, data: { fund: "KCDP" } });
  });
});
