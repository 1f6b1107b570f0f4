// The staff queue's search through the per-agency search keys (issue 21, migration
// 20261204184721_proposal_search_keys): whatever the text — whole words, pieces inside words, across two words,
// punctuation, a code, no match, too short for keys — each person finds exactly the đề án of their scope whose search
// text contains it (or whose code does), as a plain scan of the rows finds them; the keys follow inserts, edits of
// the text, moves to another agency and deletions. PGlite and PostgreSQL.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { setDbForTesting } from "@/lib/db";
import { listQueue } from "@/lib/appraisal/queue";
import { parseQueueFilters } from "@/lib/appraisal/queue-filters";
import { searchSql } from "@/lib/appraisal/queue-search";
import { proposalScope } from "@/lib/proposals/scope";
import { toSearchText } from "@/lib/text";
import { actorFor, seedFixtures } from "@/tests/helpers/fixtures";
import { createPgliteTestDb, createPostgresTestDb, describeOnPostgres } from "@/tests/helpers/test-db";
import { makeProposal } from "./appraisal-helpers";

const PEOPLE = ["chuyenvien@demo.vn", "lanhdao@demo.vn", "quantri@demo.vn", "chuyenvien.bacninh@demo.vn"];

type Open = () => Promise<{ prisma: PrismaClient; close: () => Promise<void> }>;

function searchSuite(open: Open): void {
  let db: PrismaClient;
  let close: () => Promise<void>;

  beforeAll(async () => {
    ({ prisma: db, close } = await open());
    await seedFixtures(db);
    setDbForTesting(db);
  }, 180_000);
  afterAll(async () => {
    setDbForTesting(undefined);
    await close();
  });

  /** Rows whose keys differ from the keys of their own text and agency, and đề án without keys. */
  const keyDrift = () =>
    db.$queryRaw<Array<{ id: string }>>`
      SELECT p.id FROM "Proposal" p LEFT JOIN "ProposalSearch" s ON s."proposalId" = p.id AND s."agencyId" = p."agencyId"
      WHERE s.keys IS DISTINCT FROM kc_search_keys(p."agencyId", p."searchText" || ' ' || lower(coalesce(p.code, '')))
      UNION ALL SELECT s."proposalId" FROM "ProposalSearch" s
      WHERE NOT EXISTS (SELECT 1 FROM "Proposal" p WHERE p.id = s."proposalId" AND p."agencyId" = s."agencyId")`;

  /** What a plain scan of the person's rows finds for `q`, against what the queue answers (every page). */
  async function expectSameAsScan(email: string, q: string): Promise<number> {
    const actor = await actorFor(db, email);
    const where: Prisma.ProposalWhereInput = {
      AND: [
        proposalScope(actor),
        { status: { not: "DRAFT" } },
        { OR: [{ searchText: { contains: toSearchText(q) } }, { code: { contains: q.trim(), mode: "insensitive" } }] },
      ],
    };
    const expected = (await db.proposal.findMany({ where, select: { id: true } })).map((r) => r.id).sort();
    const found: string[] = [];
    for (let page = 1; ; page++) {
      const r = await listQueue(actor, parseQueueFilters({ q, xem: "tat-ca", page: String(page) }));
      found.push(...r.rows.map((x) => x.id));
      expect({ email, q, total: r.total }).toEqual({ email, q, total: expected.length });
      if (page >= r.pages) break;
    }
    expect({ email, q, ids: found.sort() }).toEqual({ email, q, ids: expected });
    return expected.length;
  }

  it("keeps every đề án's keys equal to its text's and agency's", async () => {
    expect(await keyDrift()).toEqual([]);
    expect(await db.proposalSearch.count()).toBe(await db.proposal.count());
    // Keys are per agency: the same word gives other keys in another agency.
    const [k] = await db.$queryRaw<Array<{ a: bigint[]; b: bigint[] }>>`
      SELECT kc_search_keys('agency-a', 'det may') AS a, kc_search_keys('agency-b', 'det may') AS b`;
    if (!k) throw new Error("no keys");
    expect(k.a).toHaveLength(2);
    expect(k.b).toHaveLength(2);
    expect(k.a.filter((x) => k.b.includes(x))).toEqual([]);
  });

  it("finds for each person exactly what a scan of their rows finds", async () => {
    const sample = await db.proposal.findFirstOrThrow({
      where: { status: { not: "DRAFT" }, code: { not: null }, agency: { code: "000.00.20.H45" } },
      select: { searchText: true, code: true },
    });
    const [w0 = "", w1 = ""] = sample.searchText.split(" ").filter((w) => w.length >= 4);
    expect(w1.length).toBeGreaterThan(3);
    const queries = [
      w0, // a whole word
      w1.slice(1, 4), // three letters inside a word
      `${w0.slice(-2)} ${w1.slice(0, 3)}`, // the end of one word and the start of the next
      `${w0} ${w1}`,
      "Máy", // accents and capitals, as typed
      "hộ kinh doanh",
      sample.code ?? "",
      (sample.code ?? "").slice(-6), // a piece of the code
      "xa", // too short for keys: the plain condition
      "khong co dau nao nhu the",
    ];
    let hits = 0;
    for (const email of PEOPLE) for (const q of queries) hits += await expectSameAsScan(email, q);
    expect(hits).toBeGreaterThan(PEOPLE.length); // not vacuous: the queries find đề án
  });

  it("searches through the keys of the person's agencies only", () => {
    const keyed = (sql: { text: string }) => sql.text.split("kc_search_keys(").length - 1;
    const cond = searchSql(["x1", "x2"], "det may");
    expect(keyed(cond)).toBe(2);
    expect(cond.values).toEqual(expect.arrayContaining(["x1", "x2", "det may", "%det may%"]));
    // Too short for keys, or an appraiser's scope (no agencies: the plain condition on their own đề án).
    for (const sql of [searchSql(["x1"], "Xã"), searchSql(null, "Dệt may")]) {
      expect(keyed(sql)).toBe(0);
      expect(sql.text).toContain(`p."searchText" LIKE`);
    }
    // Wildcards typed are taken literally.
    expect(searchSql(["x1"], "50%_a").values).toContain("%50\\%\\_a%");
  });

  it("follows new đề án, edits of the text, moves to another agency and deletions", async () => {
    const id = await makeProposal(db, { status: "SUBMITTED", title: "Chế biến chè xanh Zyxwv" });
    await db.proposal.update({
      where: { id },
      data: { searchText: toSearchText("Chế biến chè xanh Zyxwv", "mã thử") },
    });
    expect(await keyDrift()).toEqual([]);
    expect(await expectSameAsScan("chuyenvien@demo.vn", "zyxwv")).toBe(1);
    expect(await expectSameAsScan("chuyenvien.bacninh@demo.vn", "zyxwv")).toBe(0);
    // Moved to Bắc Ninh's department: found there, no longer here.
    const bacninh = await db.agency.findFirstOrThrow({
      where: { users: { some: { email: "chuyenvien.bacninh@demo.vn" } } },
      select: { id: true },
    });
    await db.proposal.update({ where: { id }, data: { agencyId: bacninh.id } });
    expect(await keyDrift()).toEqual([]);
    expect(await expectSameAsScan("chuyenvien@demo.vn", "zyxwv")).toBe(0);
    expect(await expectSameAsScan("chuyenvien.bacninh@demo.vn", "zyxwv")).toBe(1);
    // A status change leaves the keys alone (no trigger), a deletion takes them with the đề án.
    await db.proposal.update({ where: { id }, data: { status: "UNDER_APPRAISAL" } });
    expect(await keyDrift()).toEqual([]);
    await db.proposal.delete({ where: { id } });
    expect(await keyDrift()).toEqual([]);
    expect(await expectSameAsScan("chuyenvien.bacninh@demo.vn", "zyxwv")).toBe(0);
  });
}

describe("queue search by agency keys [PGlite]", () => {
  searchSuite(async () => {
    const t = await createPgliteTestDb();
    return { prisma: t.prisma, close: t.close };
  });
});

describeOnPostgres("queue search by agency keys", () => {
  searchSuite(createPostgresTestDb);
});
