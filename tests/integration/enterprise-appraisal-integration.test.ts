// Where the enterprise journey meets the appraisal side, on the real data layer (PGlite): the agency
// hears of every submission and resubmission (in-app and by e-mail, in the same transaction), the
// enterprise reads its decisions and the thread but never the internal notes, and its timeline says who
// filed for whom ("nộp thay cho") apart from who signed for whom ("ký thay cho", "thừa lệnh").
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/auth/actor";
import { setDbForTesting } from "@/lib/db";
import { NotFoundError, ValidationError } from "@/lib/errors";
import { saveDraft } from "@/lib/applications/drafts";
import { submitApplication } from "@/lib/applications/submit";
import { resubmitApplication } from "@/lib/applications/follow";
import { getProposalDetail } from "@/lib/applications/queries";
import { approveProposal, rejectProposal } from "@/lib/decisions/mutations";
import { getDecisionDocument, listDecisionsForProposal } from "@/lib/decisions/queries";
import { postMessage } from "@/lib/messages/mutations";
import { listMessages } from "@/lib/messages/queries";
import { onBehalfText } from "@/components/timeline/on-behalf";
import { seedEnterprise } from "@/prisma/seed/enterprise";
import { actorFor, seedFixtures, caught } from "@/tests/helpers/fixtures";
import { createPgliteTestDb, type PgliteTestDb } from "@/tests/helpers/test-db";
import { attachQuotation, machineryDraft } from "./applications-helpers";
import { makeProposal, setEnvelopeRow } from "./appraisal-helpers";

const NOW = new Date("2026-11-20T03:00:00Z");
const OTHER_EST = "Hợp tác xã Gốm Hương Canh (minh họa)";
const reason = "Hội đồng chấm bình quân 80/100 điểm; phù hợp ưu tiên của tỉnh.";
let t: PgliteTestDb;
let db: PrismaClient;
const A = {} as Record<"owner" | "staff" | "leader" | "director", Actor>;

beforeAll(async () => {
  t = await createPgliteTestDb();
  db = t.prisma;
  setDbForTesting(db);
  await seedFixtures(db);
  await seedEnterprise(db);
  await setEnvelopeRow(db, 5_000);
  const emails = {
    owner: "doanhnghiep@demo.vn",
    staff: "chuyenvien@demo.vn",
    leader: "lanhdao@demo.vn",
    director: "giamdoc@demo.vn",
  } as const;
  for (const [k, e] of Object.entries(emails)) A[k as keyof typeof A] = await actorFor(db, e);
}, 180_000);

afterAll(async () => {
  setDbForTesting(undefined);
  await t?.close();
});

describe("the agency hears of submissions", () => {
  it("a submission notifies the receiving agency's staff in-app and by e-mail; a refused one notifies nobody", async () => {
    const { id, data } = await machineryDraft(db, A.owner, { askTrieu: 400 });
    await attachQuotation(A.owner, id);
    const before = await db.notification.count();
    expect(await caught(submitApplication(A.owner, id, NOW))).toBeInstanceOf(ValidationError); // over the cap
    expect(await db.notification.count()).toBe(before); // rolled back with the submission

    await saveDraft(A.owner, {
      proposalId: id,
      data: { ...data, lines: [{ ...data.lines[0]!, requestedSupport: "300 triệu" }] },
    });
    const { code } = await submitApplication(A.owner, id, NOW);
    const notes = await db.notification.findMany({
      where: { kind: "proposal.submitted", link: `/can-bo/ho-so/${id}` },
      select: { userId: true, title: true },
    });
    expect(notes).toEqual([{ userId: A.staff.id, title: `Hồ sơ mới: ${code}` }]); // the intake desk only, not the leader or the applicant
    const mail = await db.outboxEmail.findMany({
      where: { subject: `Hồ sơ mới: ${code}` },
      select: { to: true, status: true, text: true },
    });
    expect(mail).toHaveLength(1);
    expect(mail[0]).toMatchObject({ to: "chuyenvien@demo.vn", status: "STORED" }); // delivered after commit (no SMTP here)
    expect(mail[0]?.text).toContain(`/can-bo/ho-so/${id}`);
  });

  it("a resubmission after a return notifies the agency with the round", async () => {
    const returned = await db.proposal.findUniqueOrThrow({
      where: { code: "000.00.20.H45-260302-0001" },
      select: { id: true, round: true },
    });
    await resubmitApplication(
      A.owner,
      returned.id,
      { note: "Đã bổ sung báo giá có model, xuất xứ và ảnh nhà xưởng." },
      NOW,
    );
    const notes = await db.notification.findMany({
      where: { kind: "proposal.resubmitted", link: `/can-bo/ho-so/${returned.id}` },
      select: { userId: true, title: true },
    });
    expect(notes).toEqual([
      { userId: A.staff.id, title: `Hồ sơ đã bổ sung (lần ${returned.round}): 000.00.20.H45-260302-0001` },
    ]);
    expect(await db.outboxEmail.count({ where: { to: "chuyenvien@demo.vn", subject: notes[0]?.title } })).toBe(1);
  });

  it("assisted filing: the officer who filed is not notified of their own act, and the timeline reads 'nộp thay cho'", async () => {
    const est = await db.establishment.findFirstOrThrow({
      where: { name: "Hộ kinh doanh Mộc Tiến Thành" },
      select: { id: true, name: true },
    });
    const { id } = await machineryDraft(db, A.staff, { askTrieu: 200, establishmentId: est.id });
    await attachQuotation(A.staff, id);
    await submitApplication(A.staff, id, NOW);
    expect(await db.notification.count({ where: { userId: A.staff.id, link: `/can-bo/ho-so/${id}` } })).toBe(0);
    const submit = (await getProposalDetail(A.owner, id)).events.find((e) => e.action === "submit");
    expect(submit).toMatchObject({ onBehalfOfName: est.name, signMode: null });
    expect(onBehalfText(submit!)).toBe(`nộp thay cho ${est.name}`);
  });
});

describe("what the enterprise reads", () => {
  it("the thread without internal notes, while staff see both", async () => {
    const id = await makeProposal(db, { status: "SUBMITTED" });
    await postMessage(A.staff, {
      proposalId: id,
      body: "Ghi chú nội bộ: cơ sở từng được hỗ trợ năm 2023, kiểm tra trùng lặp.",
      internal: true,
    });
    await postMessage(A.staff, { proposalId: id, body: "Đề nghị cơ sở gửi thêm ảnh chụp nhà xưởng." });
    await postMessage(A.owner, { proposalId: id, body: "Cơ sở đã tải ảnh lên cổng." });
    const seen = await listMessages(A.owner, id);
    expect(seen.map((m) => m.body)).toEqual([
      "Đề nghị cơ sở gửi thêm ảnh chụp nhà xưởng.",
      "Cơ sở đã tải ảnh lên cổng.",
    ]);
    expect(seen.every((m) => !m.internal)).toBe(true);
    expect(JSON.stringify(seen)).not.toContain("nội bộ");
    expect((await listMessages(A.staff, id)).filter((m) => m.internal)).toHaveLength(1);
    // The enterprise's message reaches the intake desk.
    expect(
      await db.notification.count({
        where: { userId: A.staff.id, kind: "proposal.message", link: `/can-bo/ho-so/${id}` },
      }),
    ).toBe(1);
  });

  it("its own decisions with number, date and reason; another establishment's is NotFound", async () => {
    const mine = await makeProposal(db, { status: "RECOMMENDED" });
    const theirs = await makeProposal(db, { status: "RECOMMENDED", establishmentName: OTHER_EST });
    const d = await approveProposal(A.leader, { proposalId: mine, reason, approvedSupport: "80 triệu" }, NOW);
    const other = await approveProposal(A.leader, { proposalId: theirs, reason }, NOW);

    const list = await listDecisionsForProposal(A.owner, mine);
    expect(list).toEqual([
      expect.objectContaining({
        id: d.id,
        number: d.number,
        kind: "APPROVE",
        reason,
        decidedAt: NOW.toISOString(),
        signMode: "DIRECT",
      }),
    ]);
    const doc = await getDecisionDocument(A.owner, d.id);
    expect(doc).toMatchObject({ number: d.number, reason, proposal: { id: mine, approvedSupport: "80 triệu đồng" } });

    expect(await caught(getDecisionDocument(A.owner, other.id))).toBeInstanceOf(NotFoundError);
    expect(await listDecisionsForProposal(A.owner, theirs)).toEqual([]);
    expect(await caught(getProposalDetail(A.owner, theirs))).toBeInstanceOf(NotFoundError);
  });

  it("a decision signed under a delegation reads 'thừa lệnh' / 'ký thay cho', not 'nộp thay cho'", async () => {
    const agency = await db.agency.findUniqueOrThrow({ where: { code: "000.00.20.H45" }, select: { id: true } });
    const window = {
      agencyId: agency.id,
      delegatorId: A.director.id,
      validFrom: new Date("2026-11-01"),
      validTo: new Date("2026-11-30"),
    };
    const tl = await db.delegation.create({ data: { ...window, delegateId: A.staff.id, mode: "THUA_LENH" } });
    const kt = await db.delegation.create({ data: { ...window, delegateId: A.leader.id, mode: "KY_THAY" } });
    const rejected = await makeProposal(db, { status: "RECOMMENDED" });
    const approved = await makeProposal(db, { status: "RECOMMENDED" });
    await rejectProposal(A.staff, { proposalId: rejected, reason, delegationId: tl.id }, NOW);
    await approveProposal(A.leader, { proposalId: approved, reason, delegationId: kt.id }, NOW);

    const r = (await getProposalDetail(A.owner, rejected)).events.find((e) => e.action === "reject");
    expect(r).toMatchObject({ onBehalfOfName: "Đỗ Thị Lan", signMode: "THUA_LENH" });
    expect(onBehalfText(r!)).toBe("thừa lệnh Đỗ Thị Lan");
    const a = (await getProposalDetail(A.owner, approved)).events.find((e) => e.action === "approve");
    expect(a).toMatchObject({ onBehalfOfName: "Đỗ Thị Lan", signMode: "KY_THAY" });
    expect(onBehalfText(a!)).toBe("ký thay cho Đỗ Thị Lan");
  });
});
