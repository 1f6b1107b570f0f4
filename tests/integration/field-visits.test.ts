// The field app's server side (issue 19, item 1): the day's list is the officer's scope and bounded; a visit recorded
// offline is stored once whatever the number of sends, with its photos' capture time and position; a đề án changed
// since the list was loaded (a status change, another officer's visit) is answered with what changed and nothing is
// written until the officer decides; a đề án that can no longer be visited refuses the record even then.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/auth/actor";
import { setDbForTesting } from "@/lib/db";
import { ForbiddenError, NotFoundError, ValidationError } from "@/lib/errors";
import { FieldConflictError, fieldDayList, getVisitMinutes, syncFieldVisit } from "@/lib/field/visits";
import { recordVisit } from "@/lib/implementation/progress";
import { seedImplementation } from "@/prisma/seed/implementation";
import { actorFor, caught, seedFixtures } from "@/tests/helpers/fixtures";
import { createPgliteTestDb, type PgliteTestDb } from "@/tests/helpers/test-db";

const PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==",
  "base64",
);

let t: PgliteTestDb;
let db: PrismaClient;
let staff: Actor, leader: Actor, enterprise: Actor, otherProvince: Actor;
let demoId: string;

beforeAll(async () => {
  t = await createPgliteTestDb();
  db = t.prisma;
  setDbForTesting(db);
  await seedFixtures(db);
  await seedImplementation(db);
  staff = await actorFor(db, "chuyenvien@demo.vn");
  leader = await actorFor(db, "lanhdao@demo.vn");
  enterprise = await actorFor(db, "doanhnghiep@demo.vn");
  otherProvince = await actorFor(db, "chuyenvien.bacninh@demo.vn");
  demoId = (
    await db.proposal.findFirstOrThrow({
      where: { title: "Hỗ trợ máy dán cạnh tự động cho xưởng mộc" },
      select: { id: true },
    })
  ).id;
}, 120_000);

afterAll(async () => {
  setDbForTesting(undefined);
  await t?.close();
});

const today = () => new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);

async function record(over: Record<string, unknown> = {}) {
  const list = await fieldDayList(staff);
  const item = list.items.find((i) => i.id === demoId)!;
  return {
    clientId: randomUUID(),
    proposalId: demoId,
    baseVersion: item.version,
    listedAt: list.listedAt,
    recordedAt: new Date().toISOString(),
    fields: { kind: "MONITORING", visitedAt: today(), findings: "Máy đã lắp đặt, chạy thử ổn định.", compliant: "yes" },
    photos: [{ takenAt: "2026-12-04T02:15:00.000Z", latitude: 21.30123, longitude: 105.20345, accuracyM: 12 }],
    ...over,
  };
}

describe("field app sync", () => {
  it("the day's list: the officer's scope only, with the version each record is compared against", async () => {
    const list = await fieldDayList(staff);
    expect(list.items.map((i) => i.id)).toContain(demoId);
    expect(list.items.length).toBeLessThanOrEqual(100);
    expect((await fieldDayList(otherProvince)).items.map((i) => i.id)).not.toContain(demoId);
    expect(await caught(fieldDayList(enterprise))).toBeInstanceOf(ForbiddenError);
  });

  it("a record sent twice is stored once, with its photo's capture time and GPS position", async () => {
    const r = await record();
    const first = await syncFieldVisit(staff, r, [{ name: "anh.png", bytes: PNG }]);
    const again = await syncFieldVisit(staff, r, [{ name: "anh.png", bytes: PNG }]);
    expect(first.duplicate).toBe(false);
    expect(again).toEqual({ visitId: first.visitId, duplicate: true });
    expect(await db.monitoringVisit.count({ where: { clientId: r.clientId } })).toBe(1);
    const m = await getVisitMinutes(staff, demoId, first.visitId);
    expect(m.visit.photos).toEqual([
      {
        documentId: expect.any(String),
        takenAt: "2026-12-04T02:15:00.000Z",
        latitude: 21.30123,
        longitude: 105.20345,
        accuracyM: 12,
      },
    ]);
    expect(await db.document.count({ where: { id: m.visit.photos[0]!.documentId, kind: "PHOTO" } })).toBe(1);
    expect(m.visit.recordedAt?.toISOString()).toBe(r.recordedAt);
    const audit = await db.auditLog.findFirstOrThrow({ where: { entityId: first.visitId } });
    expect(audit.data).toMatchObject({ fieldApp: true, photos: 1 });
  });

  it("another officer's visit since the list was loaded is a conflict: nothing is written until the officer decides", async () => {
    const r = await record();
    await recordVisit(leader, demoId, {
      kind: "MONITORING",
      visitedAt: today(),
      findings: "Lãnh đạo kiểm tra đột xuất, đúng cam kết.",
      compliant: "yes",
    });
    const before = await db.monitoringVisit.count({ where: { proposalId: demoId } });
    const err = (await caught(syncFieldVisit(staff, r, [{ name: "anh.png", bytes: PNG }]))) as FieldConflictError;
    expect(err).toBeInstanceOf(FieldConflictError);
    expect(err.canKeep).toBe(true);
    expect(err.changes.map((c) => c.what).join(" ")).toContain("Đã có biên bản kiểm tra");
    expect(await db.monitoringVisit.count({ where: { proposalId: demoId } })).toBe(before);
    expect(await db.document.count({ where: { proposalId: demoId, kind: "PHOTO" } })).toBe(1); // only the first test's
    const kept = await syncFieldVisit(staff, { ...r, resolve: "keep" }, [{ name: "anh.png", bytes: PNG }]);
    const v = await db.monitoringVisit.findUniqueOrThrow({ where: { id: kept.visitId } });
    expect(v.conflictAcknowledged).toBe(true);
  });

  it("a status change since the list is a conflict; a đề án that can no longer be visited refuses even when kept", async () => {
    const r = await record();
    const { status } = await db.proposal.findUniqueOrThrow({ where: { id: demoId }, select: { status: true } });
    await db.proposal.update({ where: { id: demoId }, data: { status: "STOPPED", version: { increment: 1 } } });
    await db.proposalEvent.create({
      data: { proposalId: demoId, action: "stop", toStatus: "STOPPED", actorName: "Lãnh đạo Sở" },
    });
    const err = (await caught(syncFieldVisit(staff, { ...r, photos: [] }, []))) as FieldConflictError;
    expect(err).toBeInstanceOf(FieldConflictError);
    expect(err.current.statusLabel).toBeTruthy();
    expect(err.canKeep).toBe(false);
    expect(err.changes.some((c) => c.by === "Lãnh đạo Sở")).toBe(true);
    expect(await caught(syncFieldVisit(staff, { ...r, photos: [], resolve: "keep" }, []))).toBeInstanceOf(
      FieldConflictError,
    );
    expect(await db.monitoringVisit.count({ where: { clientId: r.clientId } })).toBe(0);
    await db.proposal.update({ where: { id: demoId }, data: { status } });
  });

  it("bad input gets messages per field; another province's đề án answers as if it did not exist", async () => {
    const r = await record();
    const bad = (await caught(
      syncFieldVisit(staff, { ...r, fields: { ...r.fields, findings: "ngắn" } }, [{ name: "a.png", bytes: PNG }]),
    )) as ValidationError;
    expect(bad).toBeInstanceOf(ValidationError);
    expect(Object.keys(bad.fieldErrors)).toEqual(["findings"]);
    const mismatch = (await caught(syncFieldVisit(staff, r, []))) as ValidationError;
    expect(Object.keys(mismatch.fieldErrors)).toEqual(["photos"]);
    expect(await caught(syncFieldVisit(otherProvince, r, [{ name: "a.png", bytes: PNG }]))).toBeInstanceOf(
      NotFoundError,
    );
  });
});
