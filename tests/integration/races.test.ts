// Racing writers not covered elsewhere (decisions, envelopes, ledger and dossier codes have their own
// tests): parallel wrong passwords are counted exactly (lib/auth/throttle.ts); parallel registrations of one login make
// one account; parallel erasures of one establishment make one deletion log. Decided by PostgreSQL.
import { afterAll, beforeAll, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { setDbForTesting } from "@/lib/db";
import { isExpectedError } from "@/lib/errors";
import { verifyCredentials } from "@/lib/auth/credentials";
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

  it("20 parallel wrong passwords from one address: exactly 5 reach the password check, the owner elsewhere is not locked", async () => {
    const who = "chuyenvien.bacninh@demo.vn";
    const now = new Date("2026-11-23T08:00:00Z");
    const outcomes = await Promise.all(
      Array.from({ length: 20 }, () =>
        verifyCredentials({ identifier: who, password: "doan-mo-mat-khau-1" }, now, "203.0.113.9"),
      ),
    );
    // Counters are incremented by the database before the check: no attempt is lost to a read-then-write.
    expect(outcomes.filter((o) => !o.ok && o.reason === "invalid")).toHaveLength(5);
    expect(outcomes.every((o) => !o.ok && ["invalid", "locked", "throttled"].includes(o.reason))).toBe(true);
    expect((await verifyCredentials({ identifier: who, password: "KhuyenCong@2025" }, now, "203.0.113.9")).ok).toBe(
      false,
    );
    expect((await verifyCredentials({ identifier: who, password: "KhuyenCong@2025" }, now, "198.51.100.30")).ok).toBe(
      true,
    );
    const user = await db.user.findUniqueOrThrow({ where: { email: who }, select: { id: true } });
    expect(await db.auditLog.count({ where: { entityId: user.id, action: "auth.failed" } })).toBe(5);
  });

  it("10 parallel registrations of one e-mail make exactly one account; the others are told why", async () => {
    const input = {
      name: "Trần Thị Lan",
      identifier: "dua.dang.ky@example.vn",
      password: "Gom-men-lam-Bat-Trang",
      confirm: "Gom-men-lam-Bat-Trang",
      agree: "on",
    };
    const results = await Promise.allSettled(Array.from({ length: 10 }, () => registerAccount(input)));
    onlyExpectedFailures(results);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(await db.user.count({ where: { email: "dua.dang.ky@example.vn" } })).toBe(1);
    expect(await db.auditLog.count({ where: { action: "user.register" } })).toBe(1);
  });

  it("10 parallel erasures of one establishment leave one deletion log and one audit row", async () => {
    const admin = await actorFor(db, "quantri@demo.vn");
    const src = await db.establishment.findFirstOrThrow({
      where: { agency: { code: "000.00.20.H45" } },
      select: { agencyId: true, communeId: true },
    });
    const est = await db.establishment.create({
      data: {
        name: "Cơ sở thử xóa song song",
        kind: "HKD",
        industry: "mộc",
        phone: "0912345678",
        agencyId: src.agencyId,
        communeId: src.communeId,
      },
      select: { id: true },
    });
    const results = await Promise.allSettled(
      Array.from({ length: 10 }, () =>
        anonymizeEstablishment(admin, {
          establishmentId: est.id,
          reason: "Chủ cơ sở yêu cầu xóa dữ liệu.",
          confirm: true,
        }),
      ),
    );
    onlyExpectedFailures(results);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(await db.deletionLog.count({ where: { establishmentId: est.id } })).toBe(1);
    expect(await db.auditLog.count({ where: { action: "personalData.anonymize", entityId: est.id } })).toBe(1);
  });
});
