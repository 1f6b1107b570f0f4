// The staff queue in one statement (issue 21, lib/appraisal/queue.ts): for every person and filter — statuses, the
// intake view and its deadline order, overdue (every rule of overdueVerdict), tag, year, fund, activity, commune, the
// council mean — the queue lists, page after page and in the same order, what a plain read of their đề án through
// the Prisma relations finds, with the same supplements, assignments, scores and labels; the staff home's overdue
// count agrees. PGlite and PostgreSQL.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { ProposalStatus } from "@/lib/generated/prisma/enums";
import { setDbForTesting } from "@/lib/db";
import { listQueue } from "@/lib/appraisal/queue";
import { getStaffOverview } from "@/lib/appraisal/overview";
import { parseQueueFilters, type QueueFilters } from "@/lib/appraisal/queue-filters";
import { overdueVerdict, PROCESSING_LIMITS } from "@/lib/appraisal/overdue";
import { getActiveRubric } from "@/lib/appraisal/rubric-store";
import { summarize } from "@/lib/appraisal/rubric-math";
import { proposalScope } from "@/lib/proposals/scope";
import { actorFor, seedFixtures } from "@/tests/helpers/fixtures";
import { createPgliteTestDb, createPostgresTestDb, describeOnPostgres } from "@/tests/helpers/test-db";
import { seedRubric } from "@/prisma/seed/rubric";
import { makeProposal } from "./appraisal-helpers";

const NOW = new Date("2026-12-01T05:00:00Z");
const DAY = 86_400_000;
const ago = (days: number) => new Date(NOW.getTime() - days * DAY);
const PEOPLE = ["chuyenvien@demo.vn", "lanhdao@demo.vn", "chuyenvien.bacninh@demo.vn", "quantri@demo.vn"];

type Open = () => Promise<{ prisma: PrismaClient; close: () => Promise<void> }>;

function queueSuite(open: Open): void {
  let db: PrismaClient;
  let close: () => Promise<void>;

  beforeAll(async () => {
    ({ prisma: db, close } = await open());
    await seedFixtures(db);
    await seedRubric(db);
    setDbForTesting(db);
    // Đề án on every side of each overdue rule, with supplements, assignments (one recused), scores and tags.
    const staff = await db.user.findFirstOrThrow({ where: { email: "chuyenvien@demo.vn" }, select: { id: true } });
    const appraisers = await db.user.findMany({ where: { role: "APPRAISER" }, select: { id: true }, take: 2 });
    const rubric = await getActiveRubric(db);
    const make = async (
      status: ProposalStatus,
      submittedDaysAgo: number,
      extra: {
        supplements?: Array<{ answeredDaysAgo: number | null; deadlineDaysAgo: number }>;
        tags?: string[];
        year?: number;
        fund?: "KCQG" | "KCDP";
        scored?: boolean;
      } = {},
    ) => {
      const id = await makeProposal(db, { status, year: extra.year, fund: extra.fund });
      await db.proposal.update({ where: { id }, data: { submittedAt: ago(submittedDaysAgo), tags: extra.tags ?? [] } });
      for (const [i, s] of (extra.supplements ?? []).entries())
        await db.supplementRequest.create({
          data: {
            proposalId: id,
            round: i + 1,
            items: ["Giấy tờ"],
            reason: "Bổ sung",
            deadline: new Date(ago(s.deadlineDaysAgo).toISOString().slice(0, 10)),
            requestedById: staff.id,
            answeredAt: s.answeredDaysAgo === null ? null : ago(s.answeredDaysAgo),
          },
        });
      if (extra.scored) {
        await db.assignment.createMany({
          data: appraisers.map((a, i) => ({
            proposalId: id,
            appraiserId: a.id,
            assignedById: staff.id,
            conflict: i === 0 ? ("NO_CONFLICT" as const) : ("RECUSED" as const),
          })),
        });
        await db.score.createMany({
          data: rubric.criteria.map((c, i) => ({
            proposalId: id,
            appraiserId: appraisers[0]!.id,
            criterionId: c.id,
            value: Math.min(c.maxScore, 3 + i),
            justification: "—",
          })),
        });
      }
    };
    await make("SUBMITTED", PROCESSING_LIMITS.intakeDays + 1, { tags: ["ưu tiên"] });
    await make("SUBMITTED", PROCESSING_LIMITS.intakeDays - 1);
    await make("RESUBMITTED", 20, { supplements: [{ answeredDaysAgo: 2, deadlineDaysAgo: 3 }] });
    await make("RESUBMITTED", 20, { supplements: [{ answeredDaysAgo: 3, deadlineDaysAgo: 4 }] });
    await make("RESUBMITTED", 20, { supplements: [{ answeredDaysAgo: 9, deadlineDaysAgo: 10 }], year: 2025 });
    await make("RESUBMITTED", 20, {
      supplements: [
        { answeredDaysAgo: 15, deadlineDaysAgo: 14 },
        { answeredDaysAgo: 1, deadlineDaysAgo: 2 },
      ],
    });
    await make("UNDER_APPRAISAL", PROCESSING_LIMITS.appraisalDays + 2, { scored: true, fund: "KCQG" });
    await make("SCORED", PROCESSING_LIMITS.appraisalDays - 2, { scored: true, tags: ["ưu tiên", "làng nghề"] });
    await make("RETURNED", 10, { supplements: [{ answeredDaysAgo: null, deadlineDaysAgo: 3 }] });
    await make("RETURNED", 10, { supplements: [{ answeredDaysAgo: null, deadlineDaysAgo: 0 }] });
    await make("RETURNED", 10, { supplements: [{ answeredDaysAgo: null, deadlineDaysAgo: -2 }] });
    // More than a page, with equal submission times: the order falls back to the id, across pages.
    for (let i = 0; i < 35; i++) await make("SUBMITTED", 3);
  }, 180_000);
  afterAll(async () => {
    setDbForTesting(undefined);
    await close();
  });

  /** The queue's rows as a plain read of the person's đề án through the relations finds them, in the queue's order. */
  async function reference(email: string, f: QueueFilters) {
    const actor = await actorFor(db, email);
    const rubric = await getActiveRubric(db);
    const all = await db.proposal.findMany({
      where: { AND: [proposalScope(actor), { status: { not: "DRAFT" } }] },
      select: {
        id: true,
        status: true,
        submittedAt: true,
        tags: true,
        year: true,
        fund: true,
        communeId: true,
        activityCategory: { select: { code: true, name: true } },
        establishment: { select: { name: true } },
        commune: { select: { name: true } },
        supplements: { orderBy: { round: "desc" }, take: 1, select: { deadline: true, answeredAt: true } },
        assignments: { select: { conflict: true } },
        scores: { select: { appraiserId: true, criterionId: true, value: true } },
      },
    });
    const rows = all.map((p) => {
      const last = p.supplements[0];
      const od = overdueVerdict(
        {
          status: p.status,
          submittedAt: p.submittedAt,
          lastAnsweredAt: last?.answeredAt ?? null,
          openDeadline: last && !last.answeredAt ? last.deadline : null,
        },
        NOW,
      );
      const members = [...new Set(p.scores.map((s) => s.appraiserId))].map((appraiserId) => ({
        appraiserId,
        values: Object.fromEntries(
          p.scores.filter((s) => s.appraiserId === appraiserId).map((s) => [s.criterionId, s.value]),
        ),
      }));
      const start = last?.answeredAt ?? p.submittedAt;
      return {
        p,
        od,
        mean: summarize(rubric.criteria, members).meanTenths,
        key:
          f.xem === "cho-tiep-nhan"
            ? start
              ? start.getTime() + PROCESSING_LIMITS.intakeDays * DAY
              : Infinity
            : (p.submittedAt?.getTime() ?? Infinity),
      };
    });
    return rows
      .filter(
        ({ p, od, mean }) =>
          (!f.status || p.status === f.status) &&
          (f.xem !== "cho-tiep-nhan" || p.status === "SUBMITTED" || p.status === "RESUBMITTED") &&
          (!f.overdue || od.overdue) &&
          (!f.tag || p.tags.includes(f.tag)) &&
          (!f.year || p.year === f.year) &&
          (!f.fund || p.fund === f.fund) &&
          (!f.activity || p.activityCategory.code === f.activity) &&
          (!f.commune || p.communeId === f.commune) &&
          (f.minScore === undefined || (mean !== null && mean >= f.minScore * 10)),
      )
      .sort((a, b) => a.key - b.key || (a.p.id < b.p.id ? -1 : a.p.id > b.p.id ? 1 : 0))
      .map(({ p, od, mean }) => ({
        id: p.id,
        establishmentName: p.establishment?.name ?? null,
        communeName: p.commune?.name ?? null,
        activityName: p.activityCategory.name,
        assigned: p.assignments.filter((a) => a.conflict !== "RECUSED").length,
        meanTenths: mean,
        overdueLabel: od.label,
      }));
  }

  async function expectSame(email: string, params: Record<string, string>): Promise<number> {
    const actor = await actorFor(db, email);
    const f = parseQueueFilters(params);
    const expected = await reference(email, f);
    const found: unknown[] = [];
    for (let page = 1; ; page++) {
      const r = await listQueue(actor, { ...f, page }, NOW);
      expect({ email, params, total: r.total }).toEqual({ email, params, total: expected.length });
      found.push(
        ...r.rows.map((x) => ({
          id: x.id,
          establishmentName: x.establishmentName,
          communeName: x.communeName,
          activityName: x.activityName,
          assigned: x.assigned,
          meanTenths: x.meanTenths,
          overdueLabel: x.overdueLabel,
        })),
      );
      if (page >= r.pages) break;
    }
    expect({ email, params, rows: found }).toEqual({ email, params, rows: expected });
    return expected.length;
  }

  it("lists what a plain read of the relations finds, for every person and filter, in order", async () => {
    const commune = await db.proposal.findFirstOrThrow({
      where: { communeId: { not: null } },
      select: { communeId: true },
    });
    const filters: Array<Record<string, string>> = [
      { xem: "tat-ca" },
      { xem: "cho-tiep-nhan" },
      { overdue: "1" },
      { overdue: "1", xem: "cho-tiep-nhan" },
      { status: "RETURNED" },
      { status: "RESUBMITTED", overdue: "1" },
      { tag: "ưu tiên" },
      { year: "2025" },
      { fund: "KCQG" },
      { activity: "UNG_DUNG_MAY_MOC" },
      { commune: commune.communeId! },
      { minScore: "1" },
      { minScore: "99" },
    ];
    const counts: Record<string, number> = {};
    for (const email of PEOPLE)
      for (const params of filters) counts[`${email} ${JSON.stringify(params)}`] = await expectSame(email, params);
    // Not vacuous: each rule finds something for the province's staff, and the rules tell rows apart.
    const mine = (params: Record<string, string>) => counts[`chuyenvien@demo.vn ${JSON.stringify(params)}`]!;
    expect(mine({ overdue: "1" })).toBeGreaterThanOrEqual(5);
    expect(mine({ overdue: "1" })).toBeLessThan(mine({ xem: "tat-ca" }));
    expect(mine({ status: "RESUBMITTED", overdue: "1" })).toBe(1);
    expect(mine({ tag: "ưu tiên" })).toBeGreaterThanOrEqual(2);
    expect(mine({ minScore: "1" })).toBeGreaterThanOrEqual(2);
    expect(mine({ minScore: "99" })).toBe(0);
    expect(mine({ xem: "tat-ca" })).toBeGreaterThan(50); // more than one page
  });

  it("reads a page past the end at the last page", async () => {
    const actor = await actorFor(db, "chuyenvien@demo.vn");
    const all = await listQueue(actor, parseQueueFilters({ xem: "tat-ca" }), NOW);
    const past = await listQueue(actor, { ...parseQueueFilters({ xem: "tat-ca" }), page: all.pages + 3 }, NOW);
    expect(past.page).toBe(all.pages);
    expect(past.total).toBe(all.total);
    expect(past.rows.length).toBe(all.total - (all.pages - 1) * 50);
  });

  it("counts the staff home's overdue dossiers by the same rules", async () => {
    for (const email of PEOPLE.slice(0, 3)) {
      const actor = await actorFor(db, email);
      const expected = (await reference(email, parseQueueFilters({ overdue: "1" }))).length;
      expect({ email, overdue: (await getStaffOverview(actor, NOW)).overdue }).toEqual({ email, overdue: expected });
    }
  });
}

describe("staff queue in one statement [PGlite]", () => {
  queueSuite(async () => {
    const t = await createPgliteTestDb();
    return { prisma: t.prisma, close: t.close };
  });
});

describeOnPostgres("staff queue in one statement", () => {
  queueSuite(createPostgresTestDb);
});
