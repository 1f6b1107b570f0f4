// The service index (issue 20, item 3): on seeded dossiers with hand-placed events, each group for March 2026 equals
// the value computed by hand below; drill-downs list exactly the dossiers behind each figure (not counted first);
// a province sees its own agencies only, the ministry every agency, one row each; illustrative dossiers only when
// asked; the handling time limit is declared by an administrator, validated and audited; the workbook has the table
// and the dossiers.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/auth/actor";
import { setDbForTesting } from "@/lib/db";
import { ForbiddenError, NotFoundError, ValidationError } from "@/lib/errors";
import { satisfactionSpread, serviceIndex, serviceIndexDossiers } from "@/lib/service-index";
import { serviceIndexWorkbookTables } from "@/lib/service-index/export";
import { getOwnHandlingLimit, updateOwnHandlingLimit } from "@/lib/agencies/details";
import { DEMO_HANDLING_WORKING_DAYS } from "@/prisma/seed/foundation/agencies";
import { actorFor, caught, seedFixtures } from "@/tests/helpers/fixtures";
import { createPgliteTestDb, type PgliteTestDb } from "@/tests/helpers/test-db";

let t: PgliteTestDb;
let db: PrismaClient;
let staff: Actor, leader: Actor, admin: Actor, ministry: Actor, otherStaff: Actor;
const P: Record<string, string> = {};

/** A Vietnam-time instant ("2026-03-02 09:00" at UTC+7). */
const vn = (s: string) => new Date(`${s.replace(" ", "T")}:00+07:00`);

beforeAll(async () => {
  t = await createPgliteTestDb();
  db = t.prisma;
  setDbForTesting(db);
  await seedFixtures(db);
  staff = await actorFor(db, "chuyenvien@demo.vn");
  leader = await actorFor(db, "lanhdao@demo.vn");
  admin = await actorFor(db, "quantri@demo.vn");
  ministry = await actorFor(db, "bo@demo.vn");
  otherStaff = await actorFor(db, "chuyenvien.bacninh@demo.vn");
  const activity = await db.activityCategory.findFirstOrThrow({ select: { id: true } });

  async function dossier(
    name: string,
    agencyId: string,
    events: Array<[string, string, string?]>,
    opts: { fictional?: boolean; pipeline?: "LOCAL" | "NATIONAL"; issued?: "APPROVE" | "REJECT" } = {},
  ) {
    const last = events[events.length - 1]![1];
    const p = await db.proposal.create({
      data: {
        title: `Đề án chỉ số ${name}`,
        code: `SI-${name}`,
        activityCategoryId: activity.id,
        agencyId,
        year: 2026,
        status: last as never,
        fictional: opts.fictional ?? false,
        pipeline: opts.pipeline ?? "LOCAL",
      },
    });
    P[name] = p.id;
    for (const [at, to, onBehalf] of events)
      await db.proposalEvent.create({
        data: {
          proposalId: p.id,
          action: to.toLowerCase(),
          toStatus: to as never,
          onBehalfOfName: onBehalf ?? null,
          createdAt: vn(at),
        },
      });
    if (opts.issued)
      await db.issuedDocument.create({
        data: {
          code: `SI-DOC-${name}`,
          subject: `decision:si-${name}`,
          proposalId: p.id,
          kind: opts.issued,
          number: `0${name}/QĐ-SCT`,
          issuedOn: vn(events[events.length - 1]![0]),
          issuerName: "Sở Công Thương",
          signerName: "Lãnh đạo",
          certificate: "-",
          sha256: "0".repeat(64),
          storageKey: `si/${name}`,
        },
      });
  }

  const A = staff.agencyId!;
  const B = otherStaff.agencyId!;
  // P1: 5 working days (3, 4, 5, 6, 9 March) — on time at the limit; signed decision; filed online.
  await dossier(
    "1",
    A,
    [
      ["2026-03-02 09:00", "SUBMITTED"],
      ["2026-03-09 15:00", "APPROVED"],
    ],
    { issued: "APPROVE" },
  );
  // P2: 6 working days — late; no signed document; filed at the desk.
  await dossier("2", A, [
    ["2026-03-02 10:00", "SUBMITTED", "Hộ kinh doanh X"],
    ["2026-03-10 10:00", "REJECTED"],
  ]);
  // P3: submitted in February, returned, resubmitted 04/03; approved 11/03 — 5 days from the resubmission: on time.
  await dossier(
    "3",
    A,
    [
      ["2026-02-20 09:00", "SUBMITTED"],
      ["2026-02-25 09:00", "RETURNED"],
      ["2026-03-04 09:00", "RESUBMITTED"],
      ["2026-03-11 09:00", "APPROVED"],
    ],
    { issued: "APPROVE" },
  );
  // P4: national: handled when sent to the ministry (2 days, on time); decided by the ministry 20/03, not signed here.
  await dossier(
    "4",
    A,
    [
      ["2026-03-03 09:00", "SUBMITTED"],
      ["2026-03-05 09:00", "MINISTRY_APPRAISAL"],
      ["2026-03-20 09:00", "APPROVED"],
    ],
    { pipeline: "NATIONAL" },
  );
  // P5: submitted online at the end of March, no result yet.
  await dossier("5", A, [["2026-03-30 09:00", "SUBMITTED"]]);
  // P6: illustrative — counted only when asked.
  await dossier(
    "6",
    A,
    [
      ["2026-03-03 09:00", "SUBMITTED"],
      ["2026-03-04 09:00", "APPROVED"],
    ],
    {
      fictional: true,
      issued: "APPROVE",
    },
  );
  // P7: another province's agency.
  await dossier("7", B, [
    ["2026-03-02 09:00", "SUBMITTED"],
    ["2026-03-03 09:00", "APPROVED"],
  ]);
  // P8: submitted 31/03 23:30 (March in Vietnam), approved 01/04 00:30 (April in Vietnam, still 31/03 in UTC).
  await dossier("8", A, [
    ["2026-03-31 23:30", "SUBMITTED"],
    ["2026-04-01 00:30", "APPROVED"],
  ]);
  // Ratings in March: 5, 4, 2 → 2 of 3 satisfied, average 3,7.
  for (const [name, overall] of [
    ["1", 5],
    ["2", 4],
    ["3", 2],
  ] as const)
    await db.serviceRating.create({
      data: {
        proposalId: P[name]!,
        raterId: "rater",
        agencyId: A,
        activityCategoryId: activity.id,
        overall,
        timeliness: 3,
        staff: 3,
        ease: 3,
        createdAt: vn("2026-03-25 10:00"),
      },
    });
}, 180_000);

afterAll(async () => {
  setDbForTesting(undefined);
  await t?.close();
});

describe("service index", () => {
  it("the handling time limit is declared by an administrator of the agency: validated, audited, no longer minh họa", async () => {
    expect(await getOwnHandlingLimit(admin)).toMatchObject({ limit: DEMO_HANDLING_WORKING_DAYS, illustrative: true });
    const bad = (await caught(
      updateOwnHandlingLimit(admin, { handlingWorkingDays: "0", handlingBasis: "" }),
    )) as ValidationError;
    expect(bad).toBeInstanceOf(ValidationError);
    expect(Object.keys(bad.fieldErrors).sort()).toEqual(["handlingBasis", "handlingWorkingDays"]);
    expect(
      await caught(updateOwnHandlingLimit(staff, { handlingWorkingDays: 5, handlingBasis: "QĐ thử" })),
    ).toBeInstanceOf(ForbiddenError);
    await updateOwnHandlingLimit(admin, {
      handlingWorkingDays: "5",
      handlingBasis: "Quyết định số 01/QĐ-UBND ngày 02/01/2026 (thử)",
    });
    expect(await getOwnHandlingLimit(admin)).toEqual({
      limit: 5,
      basis: "Quyết định số 01/QĐ-UBND ngày 02/01/2026 (thử)",
      illustrative: false,
    });
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "agency.handlingLimit" } });
    expect(audit.data).toMatchObject({
      before: { handlingWorkingDays: DEMO_HANDLING_WORKING_DAYS },
      after: { handlingWorkingDays: 5 },
    });
  });

  it("March 2026 for the agency equals the hand-computed values; the other province's agency is not in scope", async () => {
    const { rows, illustrative } = await serviceIndex(leader, { months: ["2026-03"], illustrative: false });
    expect(illustrative).toBe(false);
    expect(rows.map((r) => r.agency.id)).toEqual([staff.agencyId]);
    const r = rows[0]!;
    expect(r.agency.limit).toBe(5);
    expect(r.timeliness).toEqual({ num: 3, den: 4, rate: 0.75 });
    expect(r.online).toEqual({ num: 4, den: 5, rate: 0.8 });
    expect(r.digitised).toEqual({ num: 2, den: 4, rate: 0.5 });
    expect(r.satisfaction).toEqual({ num: 2, den: 3, rate: 2 / 3, average: 3.7 });
    // April holds P8's result (00:30 on 01/04 in Vietnam): one working day (01/04) after 31/03, counted in Vietnam time.
    const april = await serviceIndex(leader, { months: ["2026-04"], illustrative: false });
    expect(april.rows[0]!.timeliness).toEqual({ num: 1, den: 1, rate: 1 });
    const p8 = await serviceIndexDossiers(leader, {
      agencyId: staff.agencyId!,
      month: "2026-04",
      group: "timeliness",
      illustrative: false,
    });
    expect(p8.lines.map((l) => [l.code, l.taken])).toEqual([["SI-8", 1]]);
    expect(april.rows[0]!.online.den).toBe(0);
  });

  it("illustrative dossiers only when asked, and then the index says so", async () => {
    const { rows, illustrative } = await serviceIndex(leader, { months: ["2026-03"], illustrative: true });
    expect(illustrative).toBe(true);
    expect(rows[0]!.timeliness).toEqual({ num: 4, den: 5, rate: 0.8 });
    expect(rows[0]!.online).toEqual({ num: 5, den: 6, rate: 5 / 6 });
    expect(rows[0]!.digitised).toEqual({ num: 3, den: 5, rate: 0.6 });
  });

  it("the ministry sees one row per agency, never a sum; another province's staff cannot open this agency", async () => {
    const { rows } = await serviceIndex(ministry, { months: ["2026-03"], illustrative: false });
    const ids = rows.map((r) => r.agency.id).sort();
    expect(ids).toEqual([staff.agencyId!, otherStaff.agencyId!].sort());
    const b = rows.find((r) => r.agency.id === otherStaff.agencyId)!;
    expect(b.online).toEqual({ num: 1, den: 1, rate: 1 });
    expect(
      await caught(
        serviceIndexDossiers(otherStaff, {
          agencyId: staff.agencyId!,
          month: "2026-03",
          group: "online",
          illustrative: false,
        }),
      ),
    ).toBeInstanceOf(NotFoundError);
  });

  it("a history of 12 months for one agency lists every month, empty ones as 0 of 0", async () => {
    const { rows } = await serviceIndex(leader, {
      months: ["2026-02", "2026-03", "2026-04"],
      illustrative: false,
      agencyId: staff.agencyId!,
    });
    expect(rows.map((r) => r.month)).toEqual(["2026-02", "2026-03", "2026-04"]);
    expect(rows[0]!.online).toEqual({ num: 1, den: 1, rate: 1 }); // P3's first submission
    expect(rows[0]!.timeliness).toEqual({ num: 0, den: 0, rate: null });
  });

  it("drill-downs list the dossiers behind each figure, those not counted first", async () => {
    const base = { agencyId: staff.agencyId!, month: "2026-03", illustrative: false } as const;
    const timely = await serviceIndexDossiers(leader, { ...base, group: "timeliness" });
    expect(timely.lines.map((l) => [l.code, l.taken, l.ok])).toEqual([
      ["SI-2", 6, false],
      ["SI-4", 2, true],
      ["SI-1", 5, true],
      ["SI-3", 5, true],
    ]);
    const online = await serviceIndexDossiers(leader, { ...base, group: "online" });
    expect(online.lines.map((l) => [l.code, l.ok])).toEqual([
      ["SI-2", false],
      ["SI-1", true],
      ["SI-4", true],
      ["SI-5", true],
      ["SI-8", true],
    ]);
    const digitised = await serviceIndexDossiers(leader, { ...base, group: "digitised", limit: 3 });
    expect(digitised.lines.map((l) => [l.code, l.ok])).toEqual([
      ["SI-2", false],
      ["SI-4", false],
      ["SI-1", true],
    ]);
    expect(digitised).toMatchObject({ total: 4, truncated: true });
    const spread = await satisfactionSpread(leader, base);
    expect(spread.counts).toEqual([0, 1, 0, 1, 1]);
  });

  it("the workbook has the table and the dossiers behind each figure", async () => {
    const { tables } = await serviceIndexWorkbookTables(leader, {
      month: "2026-03",
      agencyId: null,
      illustrative: false,
      group: null,
    });
    expect(tables.map((x) => x.sheet)).toEqual(["Chỉ số", "Đúng hạn", "Trực tuyến", "Số hóa"]);
    expect(tables[0]!.rows[0]!.slice(3, 9)).toEqual([0.75, "3/4", 0.8, "4/5", 0.5, "2/4"]);
    expect(tables[1]!.rows.map((r) => [r[1], r[3], r[4], r[5], r[6]])[0]).toEqual([
      "SI-2",
      "02/03/2026",
      "10/03/2026",
      6,
      "Trễ hạn",
    ]);
    expect(tables[2]!.rows).toHaveLength(5);
  });
});
