// Security properties the database and the data layer must hold by themselves: the audit log cannot be
// rewritten (on PGlite and PostgreSQL), sign-in is throttled per address and per account+address (audited), and
// personal data can be exported and erased without losing the money trail of a đề án.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { setDbForTesting } from "@/lib/db";
import { verifyCredentials } from "@/lib/auth/credentials";
import { WINDOW_MINUTES } from "@/lib/auth/throttle";
import { WorkflowError } from "@/lib/errors";
import { exportPersonalData } from "@/lib/privacy/queries";
import { anonymizeEstablishment } from "@/lib/privacy/mutations";
import { actorFor, seedFixtures } from "@/tests/helpers/fixtures";
import {
  createPgliteTestDb,
  createPostgresTestDb,
  describeOnPostgres,
  type PgliteTestDb,
  type PostgresTestDb,
} from "@/tests/helpers/test-db";

async function expectAuditAppendOnly(db: PrismaClient): Promise<void> {
  const row = await db.auditLog.create({
    data: { action: "test.append", entity: "Test", entityId: "1" },
    select: { id: true },
  });
  await expect(db.$executeRawUnsafe(`UPDATE "AuditLog" SET action = 'rewritten' WHERE id = ${row.id}`)).rejects.toThrow(
    /append-only/,
  );
  await expect(db.$executeRawUnsafe(`DELETE FROM "AuditLog" WHERE id = ${row.id}`)).rejects.toThrow(/append-only/);
  await expect(db.$executeRawUnsafe(`TRUNCATE "AuditLog"`)).rejects.toThrow(/append-only/);
  await expect(db.auditLog.deleteMany({})).rejects.toThrow();
  expect((await db.auditLog.findUniqueOrThrow({ where: { id: row.id } })).action).toBe("test.append");
}

describe("Security on PGlite", () => {
  let t: PgliteTestDb;
  beforeAll(async () => {
    t = await createPgliteTestDb();
    setDbForTesting(t.prisma);
    await seedFixtures(t.prisma);
  });
  afterAll(async () => {
    setDbForTesting(undefined);
    await t?.close();
  });

  it("the audit table refuses UPDATE, DELETE and TRUNCATE", () => expectAuditAppendOnly(t.prisma));

  it("refuses an account from an address after 5 failures there, the same answer as a wrong password, audited", async () => {
    const now = new Date("2026-11-23T08:00:00Z");
    const who = { identifier: "chuyenvien.bacninh@demo.vn" };
    for (let i = 0; i < 5; i++)
      expect(await verifyCredentials({ ...who, password: "sai-mat-khau" }, now, "203.0.113.7")).toEqual({
        ok: false,
        reason: "invalid",
      });
    // Refused from that address, even with the right password, until the 15-minute window ends…
    expect(
      await verifyCredentials(
        { ...who, password: "KhuyenCong@2025" },
        new Date(now.getTime() + (WINDOW_MINUTES - 1) * 60_000),
        "203.0.113.7",
      ),
    ).toEqual({ ok: false, reason: "locked" });
    // …but the owner signing in from elsewhere is not locked out.
    expect((await verifyCredentials({ ...who, password: "KhuyenCong@2025" }, now, "198.51.100.20")).ok).toBe(true);
    const after = await verifyCredentials(
      { ...who, password: "KhuyenCong@2025" },
      new Date(now.getTime() + (WINDOW_MINUTES + 1) * 60_000),
      "203.0.113.7",
    );
    expect(after.ok).toBe(true);
    const user = await t.prisma.user.findUniqueOrThrow({ where: { email: who.identifier }, select: { id: true } });
    const actions = (
      await t.prisma.auditLog.findMany({
        where: { entity: "User", entityId: user.id },
        orderBy: { id: "asc" },
        select: { action: true },
      })
    ).map((a) => a.action);
    expect(actions).toEqual([...Array(5).fill("auth.failed"), "auth.locked", "auth.login", "auth.login"]);
  });

  it("exports an establishment's personal data, then erases it keeping the money trail, with a deletion log", async () => {
    const admin = await actorFor(t.prisma, "quantri@demo.vn");
    const est = await t.prisma.establishment.findFirstOrThrow({
      where: { users: { some: { email: "doanhnghiep@demo.vn" } } },
      select: { id: true, name: true },
    });
    const before = await exportPersonalData(admin, est.id);
    expect(before.establishment.name).toBe(est.name);
    expect(before.accounts.map((a) => a.email)).toContain("doanhnghiep@demo.vn");
    const money = await t.prisma.proposal.findMany({
      where: { establishmentId: est.id },
      orderBy: { id: "asc" },
      select: { id: true, code: true, requestedSupport: true, approvedSupport: true, status: true },
    });
    expect(money.length).toBeGreaterThan(0);

    const { deletionLogId } = await anonymizeEstablishment(admin, {
      establishmentId: est.id,
      reason: "Chủ cơ sở yêu cầu xóa dữ liệu cá nhân.",
      confirm: true,
    });
    const after = await exportPersonalData(admin, est.id);
    const text = JSON.stringify(after);
    expect(text).not.toContain(est.name);
    expect(text).not.toContain("doanhnghiep@demo.vn");
    expect(after.establishment).toMatchObject({
      taxCode: null,
      representative: null,
      phone: null,
      email: null,
      address: null,
    });
    expect(after.accounts.every((a) => a.active === false && a.email === null)).toBe(true);
    expect(
      await t.prisma.proposal.findMany({
        where: { establishmentId: est.id },
        orderBy: { id: "asc" },
        select: { id: true, code: true, requestedSupport: true, approvedSupport: true, status: true },
      }),
    ).toEqual(money);
    const log = await t.prisma.deletionLog.findUniqueOrThrow({ where: { id: deletionLogId } });
    expect(log).toMatchObject({ establishmentId: est.id, requestedById: admin.id });
    expect(log.fields).toContain("Establishment.taxCode");
    expect(await t.prisma.auditLog.count({ where: { action: "personalData.anonymize", entityId: est.id } })).toBe(1);
    // The account can no longer sign in, and a second erasure is refused.
    expect((await verifyCredentials({ identifier: "doanhnghiep@demo.vn", password: "KhuyenCong@2025" })).ok).toBe(
      false,
    );
    await expect(
      anonymizeEstablishment(admin, { establishmentId: est.id, reason: "Yêu cầu lặp lại lần hai.", confirm: true }),
    ).rejects.toBeInstanceOf(WorkflowError);
  });
});

describeOnPostgres("Audit log append-only", () => {
  let t: PostgresTestDb;
  beforeAll(async () => {
    t = await createPostgresTestDb();
  });
  afterAll(async () => t?.close());
  it("the audit table refuses UPDATE, DELETE and TRUNCATE", () => expectAuditAppendOnly(t.prisma));
});
