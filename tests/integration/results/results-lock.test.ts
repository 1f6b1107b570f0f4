import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { setDbForTesting } from "@/lib/db";
import { ForbiddenError, NotFoundError, ValidationError, WorkflowError } from "@/lib/errors";
import type { Actor } from "@/lib/auth/actor";
import { approveResultEntry, createResultEntry, deleteResultEntry, updateResultEntry } from "@/lib/results/mutations";
import { getResultEntry, listResultEntries, pageResultEntries } from "@/lib/results/queries";
import { createTarget } from "@/lib/results/targets";
import { getDashboard } from "@/lib/dashboard/queries";
import { parseFilters } from "@/lib/dashboard/filters";
import { createPgliteTestDb } from "@/tests/helpers/test-db";
import { actorFor, seedFixtures } from "@/tests/helpers/fixtures";

// Manual results: entered by staff with evidence, counted only once a leader approves, then locked.
let db: PrismaClient;
let close: () => Promise<void>;
let staff: Actor, leader: Actor, otherStaff: Actor;
const asOf = new Date(Date.UTC(2024, 11, 31));

const entry = (over: Record<string, string> = {}) => ({
  indicatorCode: "TIN_BAI",
  period: "2021-2025",
  year: "2024",
  value: "12",
  description: "12 tin bài về mô hình trình diễn trên Báo Phú Thọ",
  evidence: "Công văn 45/SCT-QLCN ngày 10/12/2024",
  ...over,
});

async function actual(actor: Actor, code: string): Promise<string | undefined> {
  const d = await getDashboard(actor, parseFilters({}), { asOf });
  const row = d.indicators.find((r) => r.code === code);
  return row?.actual.hasData ? row.actual.value : undefined;
}

beforeAll(async () => {
  ({ prisma: db, close } = await createPgliteTestDb());
  await seedFixtures(db);
  setDbForTesting(db);
  [staff, leader, otherStaff] = await Promise.all([
    actorFor(db, "chuyenvien@demo.vn"),
    actorFor(db, "lanhdao@demo.vn"),
    actorFor(db, "chuyenvien.bacninh@demo.vn"),
  ]);
});
afterAll(async () => {
  setDbForTesting(undefined);
  await close?.();
});

describe("a manual result entry", () => {
  it("is validated with Vietnamese messages next to the fields", async () => {
    const err = await createResultEntry(staff, entry({ year: "2027", value: "12,5", evidence: "" })).catch(
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(ValidationError);
    const fields = (err as ValidationError).fieldErrors;
    expect(fields.year?.[0]).toContain("2021–2025");
    expect(fields.evidence?.[0]).toContain("minh chứng");
    const value = await createResultEntry(staff, entry({ value: "12,5" })).catch((e: unknown) => e);
    expect((value as ValidationError).fieldErrors.value?.[0]).toContain("số nguyên");
  });

  it("counts on the dashboard only after a leader approves it, and is then locked", async () => {
    const before = await actual(leader, "TIN_BAI");
    const id = await createResultEntry(staff, entry());
    expect(await actual(leader, "TIN_BAI")).toBe(before);
    await updateResultEntry(staff, id, entry({ value: "15" }));
    await expect(approveResultEntry(staff, id)).rejects.toBeInstanceOf(ForbiddenError);
    await approveResultEntry(leader, id);
    expect(await actual(leader, "TIN_BAI")).toBe(String(BigInt(before ?? "0") + 15n));

    const locked = await updateResultEntry(staff, id, entry({ value: "999" })).catch((e: unknown) => e);
    expect(locked).toBeInstanceOf(WorkflowError);
    expect((locked as Error).message).toContain("đã khóa");
    await expect(deleteResultEntry(staff, id)).rejects.toBeInstanceOf(WorkflowError);
    await expect(approveResultEntry(leader, id)).rejects.toBeInstanceOf(WorkflowError);
    const row = await db.result.findUniqueOrThrow({ where: { id } });
    expect(row.value).toBe(15n);
    expect(row.status).toBe("APPROVED");
    expect(row.approvedById).toBe(leader.id);
    const audit = await db.auditLog.findMany({ where: { entity: "Result", entityId: id }, orderBy: { id: "asc" } });
    expect(audit.map((a) => a.action)).toEqual(["result.create", "result.update", "result.approve"]);
  });

  it("is invisible to another province: reading, editing, deleting answer 'not found'", async () => {
    const id = await createResultEntry(staff, entry({ indicatorCode: "HOI_THAO", value: "2" }));
    await expect(getResultEntry(otherStaff, id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(updateResultEntry(otherStaff, id, entry())).rejects.toBeInstanceOf(NotFoundError);
    await expect(deleteResultEntry(otherStaff, id)).rejects.toBeInstanceOf(NotFoundError);
    expect((await listResultEntries(otherStaff)).some((e) => e.id === id)).toBe(false);
    expect((await listResultEntries(leader, { status: "DRAFT" })).some((e) => e.id === id)).toBe(true);
    await deleteResultEntry(staff, id);
    expect(await db.result.count({ where: { id } })).toBe(0);
  });

  it("an approval racing an edit leaves one consistent outcome", async () => {
    const id = await createResultEntry(staff, entry({ indicatorCode: "PHONG_SU", value: "3" }));
    const [approve, edit] = await Promise.allSettled([
      approveResultEntry(leader, id),
      updateResultEntry(staff, id, entry({ indicatorCode: "PHONG_SU", value: "4" })),
    ]);
    expect(approve.status).toBe("fulfilled");
    const row = await db.result.findUniqueOrThrow({ where: { id } });
    expect(row.status).toBe("APPROVED");
    // Either the edit landed before the approval (and was approved), or it was refused as locked.
    if (edit.status === "rejected") expect(edit.reason).toBeInstanceOf(WorkflowError);
    expect(row.value).toBe(edit.status === "fulfilled" ? 4n : 3n);
  });
});

describe("targets", () => {
  it("a leader sets a 2026–2030 target that the dashboard shows; staff may not", async () => {
    const target = {
      indicatorCode: "LD_DAO_TAO",
      period: "2026-2030",
      value: "500",
      source: "QĐ 99/QĐ-UBND (thử nghiệm)",
    };
    await expect(createTarget(staff, target)).rejects.toBeInstanceOf(ForbiddenError);
    await createTarget(leader, target);
    const d = await getDashboard(leader, parseFilters({ ky: "2026-2030" }), { asOf: new Date(Date.UTC(2026, 5, 30)) });
    expect(d.indicators.find((r) => r.code === "LD_DAO_TAO")?.target?.display).toBe("500 người");
    const bad = await createTarget(leader, { ...target, year: "2031" }).catch((e: unknown) => e);
    expect((bad as ValidationError).fieldErrors.year?.[0]).toContain("2026–2030");
  });
});

describe("the manual results list (issue 21: bounded)", () => {
  it("is read a page at a time, newest first, without overlap or gap, with the count of all entries", async () => {
    for (let i = 0; i < 5; i++)
      await createResultEntry(
        staff,
        entry({ value: String(100 + i), description: `Tin bài số ${i} trên Báo Phú Thọ` }),
      );
    const all = await pageResultEntries(leader, { status: "DRAFT", pageSize: 200 });
    expect(all.next).toBeNull();
    expect(all.rows.length).toBe(all.total);
    expect(all.total).toBeGreaterThanOrEqual(5);
    const seen: string[] = [];
    let after: string | undefined;
    for (let i = 0; i < 100; i++) {
      const page = await pageResultEntries(leader, { status: "DRAFT", pageSize: 2, after });
      expect(page.rows.length).toBeLessThanOrEqual(2);
      expect(page.total).toBe(all.total);
      seen.push(...page.rows.map((r) => r.id));
      if (!page.next) break;
      after = page.next;
    }
    expect(seen).toEqual(all.rows.map((r) => r.id));
  });
});
