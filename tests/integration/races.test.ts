// Racing writers not covered elsewhere (decisions, envelopes, ledger and dossier codes have their own
// tests): parallel wrong passwords must still lock the account; parallel registrations of one login make
// one account; parallel erasures of one establishment make one deletion log. Decided by PostgreSQL.
import { afterAll, beforeAll, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { setDbForTesting } from "@/lib/db";
import { isExpectedError } from "@/lib/errors";
import { verifyCredentials, MAX_FAILED_LOGINS } from "@/lib/auth/credentials";
import { registerAccount } from "@/lib/establishments/mutations";
import { anonymizeEstablishment } from "@/lib/privacy/mutations";
import { actorFor, seedFixtures } from "@/tests/helpers/fixtures";
import { createPostgresTestDb, describeOnPostgres, type PostgresTestDb } from "@/tests/helpers/test-db";

let t: PostgresTestDb;
let db: PrismaClient;

function onlyExpectedFailures(results: PromiseSettledResult<unknown>[]): void {
  for (const r of results) if (r.status === "rejected" && !isExpectedError(r.reason)) throw r.reason;
}

describeOnPostgres("Racing writers", () => {
  beforeAll(async () => {
    t = await createPostgresTestDb();
    db = t.prisma;
    setDbForTesting(db);
    await seedFixtures(db);
  }, 180_000);
  afterAll(async () => {
    setDbForTesting(undefined);
    await t?.close();
  });

  it("20 parallel wrong passwords lock the account: no failure is lost to a read-then-write", async () => {
    const who = "chuyenvien.bacninh@demo.vn";
    const now = new Date("2026-11-23T08:00:00Z");
    const outcomes = await Promise.all(Array.from({ length: 20 }, () => verifyCredentials({ identifier: who, password: "doan-mo-mat-khau-1" }, now)));
    expect(outcomes.some((o) => !o.ok && o.reason === "locked")).toBe(true);
    const user = await db.user.findUniqueOrThrow({ where: { email: who }, select: { id: true, lockedUntil: true } });
    expect(user.lockedUntil?.getTime()).toBeGreaterThan(now.getTime());
    // Locked now: even the right password is refused, and every failed attempt left an audit row.
    expect(await verifyCredentials({ identifier: who, password: "KhuyenCong@2025" }, now)).toEqual({ ok: false, reason: "locked" });
    const audited = await db.auditLog.count({ where: { entityId: user.id, action: { in: ["auth.failed", "auth.locked"] } } });
    expect(audited).toBeGreaterThanOrEqual(MAX_FAILED_LOGINS);
  });

  it("10 parallel registrations of one e-mail make exactly one account; the others are told why", async () => {
    const input = { name: "Trần Thị Lan", identifier: "dua.dang.ky@example.vn", password: "Gom-men-lam-Bat-Trang", confirm: "Gom-men-lam-Bat-Trang", agree: "on" };
    const results = await Promise.allSettled(Array.from({ length: 10 }, () => registerAccount(input)));
    onlyExpectedFailures(results);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(await db.user.count({ where: { email: "dua.dang.ky@example.vn" } })).toBe(1);
    expect(await db.auditLog.count({ where: { action: "user.register" } })).toBe(1);
  });

  it("10 parallel erasures of one establishment leave one deletion log and one audit row", async () => {
    const admin = await actorFor(db, "quantri@demo.vn");
    const src = await db.establishment.findFirstOrThrow({ where: { agency: { code: "000.00.20.H45" } }, select: { agencyId: true, communeId: true } });
    const est = await db.establishment.create({ data: { name: "Cơ sở thử xóa song song", kind: "HKD", industry: "mộc", phone: "0912345678", agencyId: src.agencyId, communeId: src.communeId }, select: { id: true } });
    const results = await Promise.allSettled(Array.from({ length: 10 }, () =>
      anonymizeEstablishment(admin, { establishmentId: est.id, reason: "Chủ cơ sở yêu cầu xóa dữ liệu.", confirm: true })));
    onlyExpectedFailures(results);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(await db.deletionLog.count({ where: { establishmentId: est.id } })).toBe(1);
    expect(await db.auditLog.count({ where: { action: "personalData.anonymize", entityId: est.id } })).toBe(1);
  });
});
