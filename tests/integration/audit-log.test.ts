import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { createPgliteTestDb } from "@/tests/helpers/test-db";
import { actorFor, seedFixtures } from "@/tests/helpers/fixtures";
import { setDbForTesting } from "@/lib/db";
import { listAuditRows } from "@/lib/audit-log/queries";
import { writeAudit } from "@/lib/audit/write";
import { ForbiddenError } from "@/lib/errors";

let db: PrismaClient;
let close: () => Promise<void>;

beforeAll(async () => {
  ({ prisma: db, close } = await createPgliteTestDb());
  await seedFixtures(db);
  setDbForTesting(db);
  const phuTho = await actorFor(db, "chuyenvien@demo.vn");
  const bacNinh = await actorFor(db, "chuyenvien.bacninh@demo.vn");
  await db.$transaction(async (tx) => {
    await writeAudit(tx, phuTho, { action: "test.phutho", entity: "Proposal", entityId: "p-pt", reason: "Phú Thọ" });
    await writeAudit(tx, bacNinh, { action: "test.bacninh", entity: "Proposal", entityId: "p-bn", reason: "Bắc Ninh" });
  });
});
afterAll(async () => {
  setDbForTesting(undefined);
  await close?.();
});

describe("audit log reading", () => {
  it("shows a province's leader its own province's entries and never another's", async () => {
    const leader = await actorFor(db, "lanhdao@demo.vn");
    const rows = await listAuditRows(leader, { action: "test." });
    expect(rows.map((r) => r.entityId)).toEqual(["p-pt"]);
    expect(rows[0]?.actorName).toBe("Trần Thị Hoa");
  });

  it("is refused to roles without audit.view", async () => {
    const staff = await actorFor(db, "chuyenvien@demo.vn");
    await expect(listAuditRows(staff, {})).rejects.toBeInstanceOf(ForbiddenError);
  });
});
