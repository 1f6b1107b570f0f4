// Issue 13.3 and 13.5 on the real data layer (PGlite): the envelope the decision page shows — present, or
// missing so the leader is told up front — and the applicant's own eligibility pre-check.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { setDbForTesting } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { TRIEU } from "@/lib/money";
import { getEnvelopeSummary } from "@/lib/plans/envelope-summary";
import { getOwnPrecheck } from "@/lib/applications/precheck";
import { seedSupportRules } from "@/prisma/seed/support-rules";
import { actorFor, caught, seedFixtures } from "@/tests/helpers/fixtures";
import { createPgliteTestDb, type PgliteTestDb } from "@/tests/helpers/test-db";
import { makeProposal, setEnvelopeRow } from "./appraisal-helpers";

let t: PgliteTestDb;
let db: PrismaClient;

describe("envelope read for the decision, eligibility pre-check", () => {
  beforeAll(async () => {
    t = await createPgliteTestDb();
    db = t.prisma;
    setDbForTesting(db);
    await seedFixtures(db);
    await seedSupportRules(db);
  }, 180_000);
  afterAll(async () => {
    setDbForTesting(undefined);
    await t?.close();
  });

  it("gives the envelope of the đề án's agency, year and fund with what is committed and left", async () => {
    const leader = await actorFor(db, "lanhdao@demo.vn");
    const id = await makeProposal(db, { status: "RECOMMENDED", requestedTrieu: 190, year: 2026, fund: "KCDP" });
    const env = await setEnvelopeRow(db, 2_500);
    await db.budgetEnvelope.update({ where: { id: env.id }, data: { committed: 2_400n * TRIEU } });
    const s = await getEnvelopeSummary(leader, id);
    expect(s).toEqual({
      year: 2026,
      fund: "KCDP",
      requested: String(190n * TRIEU),
      envelope: { amount: String(2_500n * TRIEU), committed: String(2_400n * TRIEU), remaining: String(100n * TRIEU) },
    });
  });

  it("says when no envelope is set, and answers another province as if the đề án did not exist", async () => {
    const leader = await actorFor(db, "lanhdao@demo.vn");
    const id = await makeProposal(db, { status: "RECOMMENDED", year: 2031, fund: "KCQG" });
    expect((await getEnvelopeSummary(leader, id)).envelope).toBeNull();
    const other = await actorFor(db, "chuyenvien.bacninh@demo.vn");
    expect(await caught(getEnvelopeSummary(other, id))).toBeInstanceOf(NotFoundError);
  });

  it("pre-checks every offered activity for the applicant's own establishment, from its stored facts", async () => {
    const enterprise = await actorFor(db, "doanhnghiep@demo.vn");
    // The fixture's establishment has no industry yet: nothing qualifies, and the reason cites Art. 5.
    await db.establishment.update({ where: { id: enterprise.establishmentId! }, data: { industryCode: null } });
    const before = await getOwnPrecheck(enterprise);
    expect(before?.activities.length).toBeGreaterThan(0);
    expect(before?.eligibleCount).toBe(0);
    expect(before?.activities[0]?.problems.join(" ")).toContain("Điều 5 Nghị định 45/2012/NĐ-CP");
    await db.establishment.update({
      where: { id: enterprise.establishmentId! },
      data: { industryCode: "THU_CONG_MY_NGHE" },
    });
    const after = await getOwnPrecheck(enterprise);
    expect(after?.eligibleCount).toBe(after?.activities.length);
    expect(after?.activities[0]?.reasons.join(" ")).toContain("Nghị định 45/2012/NĐ-CP");
  });
});
