import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/auth/actor";
import { setDbForTesting } from "@/lib/db";
import { NotFoundError, RateLimitError, ValidationError } from "@/lib/errors";
import { saveDraft } from "@/lib/applications/drafts";
import { submitApplication } from "@/lib/applications/submit";
import { uploadDocument } from "@/lib/applications/documents";
import { readAttachmentBytes } from "@/lib/storage/attachments";
import { getDocumentContent, getProposalDetail } from "@/lib/applications/queries";
import { resubmitApplication, withdrawApplication } from "@/lib/applications/follow";
import { lookupDossier, LOOKUP_LIMIT } from "@/lib/applications/lookup";
import { createOwnEstablishment, registerAccount, registerAssisted } from "@/lib/establishments/mutations";
import { seedEnterprise } from "@/prisma/seed/enterprise";
import { actorFor, seedFixtures, caught } from "@/tests/helpers/fixtures";
import { createPgliteTestDb, type PgliteTestDb } from "@/tests/helpers/test-db";
import { attachQuotation, machineryDraft, PDF } from "./applications-helpers";

const T = 1_000_000n;
const NOW = new Date("2026-11-20T03:00:00Z");
let t: PgliteTestDb;
let db: PrismaClient;
let owner: Actor;
let staff: Actor;

beforeAll(async () => {
  t = await createPgliteTestDb();
  db = t.prisma;
  setDbForTesting(db);
  await seedFixtures(db);
  await seedEnterprise(db);
  owner = await actorFor(db, "doanhnghiep@demo.vn");
  staff = await actorFor(db, "chuyenvien@demo.vn");
}, 180_000);

afterAll(async () => {
  setDbForTesting(undefined);
  await t?.close();
});

describe("submitting an application", () => {
  it("refuses 400 triệu on a 600 triệu machine with the cap explained, and writes nothing", async () => {
    const { id } = await machineryDraft(db, owner, { askTrieu: 400 });
    await attachQuotation(owner, id);
    const counterBefore = await db.sequenceCounter.count();
    const e = await caught(submitApplication(owner, id, NOW));
    expect(e).toBeInstanceOf(ValidationError);
    const msg = (e as ValidationError).fieldErrors["lines.0.requestedSupport"]?.[0] ?? "";
    expect(msg).toContain("Tối đa 300 triệu đồng");
    expect(msg).toContain("Điều 8 khoản 4 Thông tư 28/2018/TT-BTC");
    const p = await db.proposal.findUniqueOrThrow({
      where: { id },
      select: {
        status: true,
        code: true,
        requestedSupport: true,
        _count: { select: { budgetLines: true, events: true } },
      },
    });
    expect(p).toEqual({ status: "DRAFT", code: null, requestedSupport: 0n, _count: { budgetLines: 0, events: 0 } });
    expect(await db.sequenceCounter.count()).toBe(counterBefore);
  });

  it("submits within the cap: a dossier code of the receiving agency, lines, timeline and audit in one go", async () => {
    const { id, data } = await machineryDraft(db, owner, { askTrieu: 400 });
    await attachQuotation(owner, id);
    await saveDraft(owner, {
      proposalId: id,
      data: { ...data, lines: [{ ...data.lines[0]!, requestedSupport: "300.000.000" }] },
    });
    const { code } = await submitApplication(owner, id, NOW);
    expect(code).toMatch(/^000\.00\.20\.H45-261120-\d{4}$/);
    const p = await db.proposal.findUniqueOrThrow({
      where: { id },
      select: {
        status: true,
        code: true,
        submittedAt: true,
        totalCost: true,
        requestedSupport: true,
        counterpart: true,
        budgetLines: { select: { total: true, counterpart: true } },
        events: { select: { action: true, toStatus: true } },
      },
    });
    expect(p).toMatchObject({
      status: "SUBMITTED",
      code,
      submittedAt: NOW,
      totalCost: 600n * T,
      requestedSupport: 300n * T,
      counterpart: 300n * T,
    });
    expect(p.budgetLines).toEqual([{ total: 600n * T, counterpart: 300n * T }]);
    expect(p.events).toEqual([{ action: "submit", toStatus: "SUBMITTED" }]);
    expect(await db.auditLog.count({ where: { entityId: id, action: "proposal.submit" } })).toBe(1);
    // The next submission the same day takes the next number.
    const second = await machineryDraft(db, owner, { askTrieu: 100 });
    await attachQuotation(owner, second.id);
    const next = await submitApplication(owner, second.id, NOW);
    expect(Number(next.code.slice(-4))).toBe(Number(code.slice(-4)) + 1);
  });

  it("requires a quotation for machinery and both commitments", async () => {
    const { id, data } = await machineryDraft(db, owner, { askTrieu: 100 });
    const e = (await caught(submitApplication(owner, id, NOW))) as ValidationError;
    expect(e.fieldErrors.attachments?.[0]).toContain("báo giá");
    await saveDraft(owner, { proposalId: id, data: { ...data, attestNoDoubleFunding: false, title: "ngắn" } });
    const e2 = (await caught(submitApplication(owner, id, NOW))) as ValidationError;
    expect(e2.fieldErrors.title?.[0]).toContain("ít nhất 10 ký tự");
    expect(e2.fieldErrors.attestNoDoubleFunding?.[0]).toContain("Cần cam kết");
  });

  it("a refused upload changes nothing; the accepted one is stored with its sniffed type", async () => {
    const { id, data } = await machineryDraft(db, owner, { askTrieu: 100 });
    const e = (await caught(
      uploadDocument(owner, {
        proposalId: id,
        kind: "QUOTATION",
        fileName: "bao-gia.pdf",
        bytes: new Uint8Array([0x4d, 0x5a, 0, 0]),
      }),
    )) as ValidationError;
    expect(e.fieldErrors.file?.[0]).toContain("PDF, JPG, PNG, DOCX");
    const p = await db.proposal.findUniqueOrThrow({
      where: { id },
      select: { draftData: true, _count: { select: { documents: true } } },
    });
    expect(p._count.documents).toBe(0);
    expect(p.draftData).toEqual(data);
    await uploadDocument(owner, { proposalId: id, kind: "PHOTO", fileName: "../x/anh.pdf", bytes: PDF });
    const doc = await db.document.findFirstOrThrow({
      where: { proposalId: id },
      select: { id: true, fileName: true, mimeType: true },
    });
    expect(doc).toMatchObject({ fileName: "anh.pdf", mimeType: "application/pdf" });
    expect(await readAttachmentBytes(await getDocumentContent(owner, doc.id))).toEqual(PDF);
  });
});

describe("scope", () => {
  it("another enterprise cannot read, change or submit someone else's dossier (NotFound, as if missing)", async () => {
    const { id } = await machineryDraft(db, owner, { askTrieu: 100 });
    await attachQuotation(owner, id);
    const { userId } = await registerAccount({
      name: "Trần Văn Khác",
      identifier: "0987654321",
      password: "Tre-xanh-ven-song-2026",
      confirm: "Tre-xanh-ven-song-2026",
      agree: "on",
    });
    const communeId = (await db.adminUnit.findUniqueOrThrow({ where: { code: "25-TAM-DUONG" } })).id;
    let other: Actor = {
      id: userId,
      name: "Trần Văn Khác",
      role: "ENTERPRISE",
      agencyId: null,
      provinceId: null,
      establishmentId: null,
    };
    await createOwnEstablishment(
      other,
      {
        kind: "HKD",
        name: "Hộ kinh doanh Mây tre Khác",
        communeId,
        address: "Thôn Trại, xã Tam Dương",
        industryCode: "THU_CONG_MY_NGHE",
        industry: "Mây tre đan",
        workforce: "5",
        representative: "Trần Văn Khác",
      },
      NOW,
    );
    const linked = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { establishmentId: true } });
    other = { ...other, establishmentId: linked.establishmentId };
    expect(other.establishmentId).toBeTruthy();
    const doc = await db.document.findFirstOrThrow({ where: { proposalId: id }, select: { id: true } });
    for (const attempt of [
      getProposalDetail(other, id),
      submitApplication(other, id, NOW),
      getDocumentContent(other, doc.id),
      saveDraft(other, { proposalId: id, data: {} }),
      uploadDocument(other, { proposalId: id, kind: "PHOTO", fileName: "a.pdf", bytes: PDF }),
    ]) {
      expect(await caught(attempt)).toBeInstanceOf(NotFoundError);
    }
    expect((await db.proposal.findUniqueOrThrow({ where: { id } })).status).toBe("DRAFT");
  });

  it("a tax code can be registered once, and must carry a correct check digit", async () => {
    const communeId = (await db.adminUnit.findUniqueOrThrow({ where: { code: "25-VINH-TUONG" } })).id;
    const input = {
      kind: "DN",
      name: "Công ty TNHH Thử Nghiệm",
      taxCode: "2501234563",
      communeId,
      address: "Số 1, xã Vĩnh Tường",
      industryCode: "CO_KHI_DIEN_TU",
      industry: "Cơ khí",
      workforce: "20",
      representative: "Lê Văn A",
      note: "Bộ phận một cửa UBND xã Vĩnh Tường",
    };
    const dup = (await caught(registerAssisted(staff, input, NOW))) as ValidationError;
    expect(dup.fieldErrors.taxCode?.[0]).toContain("đã được đăng ký");
    const bad = (await caught(registerAssisted(staff, { ...input, taxCode: "2501234564" }, NOW))) as ValidationError;
    expect(bad.fieldErrors.taxCode?.[0]).toContain("chữ số kiểm tra");
  });
});

describe("assisted filing, withdrawal and resubmission", () => {
  it("staff register an establishment and file on its behalf; both are recorded as assisted", async () => {
    const communeId = (await db.adminUnit.findUniqueOrThrow({ where: { code: "25-VINH-TUONG" } })).id;
    const estId = await registerAssisted(
      staff,
      {
        kind: "HTX",
        name: "Hợp tác xã Cơ khí Vĩnh Tường",
        taxCode: "0100109106-001",
        communeId,
        address: "Thôn Bến, xã Vĩnh Tường",
        industryCode: "CO_KHI_DIEN_TU",
        industry: "Cơ khí nông cụ",
        workforce: "30",
        representative: "Phạm Văn B",
        note: "Bộ phận một cửa UBND xã Vĩnh Tường",
      },
      NOW,
    );
    expect(
      (await db.auditLog.findFirstOrThrow({ where: { entityId: estId, action: "establishment.registerAssisted" } }))
        .assisted,
    ).toBe(true);
    const { id } = await machineryDraft(db, staff, { askTrieu: 250, establishmentId: estId });
    await attachQuotation(staff, id);
    const { code } = await submitApplication(staff, id, NOW);
    const p = await db.proposal.findUniqueOrThrow({
      where: { code },
      select: { assisted: true, establishmentId: true, events: { select: { onBehalfOfName: true } } },
    });
    expect(p).toEqual({
      assisted: true,
      establishmentId: estId,
      events: [{ onBehalfOfName: "Hợp tác xã Cơ khí Vĩnh Tường" }],
    });
    expect((await db.auditLog.findFirstOrThrow({ where: { entityId: id, action: "proposal.submit" } })).assisted).toBe(
      true,
    );
    const bacNinh = await actorFor(db, "chuyenvien.bacninh@demo.vn");
    expect(await caught(machineryDraft(db, bacNinh, { askTrieu: 10, establishmentId: estId }))).toBeInstanceOf(
      NotFoundError,
    );
  });

  it("the enterprise withdraws a submitted dossier with a reason", async () => {
    const { id } = await machineryDraft(db, owner, { askTrieu: 100 });
    await attachQuotation(owner, id);
    await submitApplication(owner, id, NOW);
    expect(await caught(withdrawApplication(owner, id, { reason: "" }))).toBeInstanceOf(ValidationError);
    await withdrawApplication(owner, id, { reason: "Cơ sở chưa thu xếp được vốn đối ứng năm nay." });
    expect((await db.proposal.findUniqueOrThrow({ where: { id } })).status).toBe("WITHDRAWN");
  });

  it("answers a return: the supplement is marked answered and the dossier is resubmitted", async () => {
    const returned = await db.proposal.findUniqueOrThrow({
      where: { code: "000.00.20.H45-260106-0001" },
      select: { id: true },
    });
    await uploadDocument(staff, { proposalId: returned.id, kind: "QUOTATION", fileName: "3 bao gia.pdf", bytes: PDF });
    await resubmitApplication(staff, returned.id, { note: "Đã bổ sung 03 báo giá và giấy đăng ký doanh nghiệp." }, NOW);
    const p = await db.proposal.findUniqueOrThrow({
      where: { id: returned.id },
      select: { status: true, supplements: { select: { answeredAt: true } }, documents: { select: { kind: true } } },
    });
    expect(p.status).toBe("RESUBMITTED");
    expect(p.supplements[0]?.answeredAt).toEqual(NOW);
    expect(p.documents.map((d) => d.kind)).toContain("SUPPLEMENT");
  });
});

describe("the enterprise side of a return", () => {
  it("sees the items and deadline, uploads a supplement and resubmits; the timeline records it", async () => {
    const seeded = await db.proposal.findUniqueOrThrow({
      where: { code: "000.00.20.H45-260302-0001" },
      select: { id: true },
    });
    const before = await getProposalDetail(owner, seeded.id);
    expect(before.status).toBe("RETURNED");
    expect(before.supplements[0]).toMatchObject({ round: 1, answeredAt: null });
    expect(before.supplements[0]?.items.join(" ")).toContain("Báo giá");
    await uploadDocument(owner, {
      proposalId: seeded.id,
      kind: "QUOTATION",
      fileName: "bao-gia-co-model.pdf",
      bytes: PDF,
    });
    await resubmitApplication(
      owner,
      seeded.id,
      { note: "Đã bổ sung báo giá có model, xuất xứ và ảnh nhà xưởng." },
      NOW,
    );
    const after = await getProposalDetail(owner, seeded.id);
    expect(after.status).toBe("RESUBMITTED");
    expect(after.supplements[0]?.answerNote).toContain("báo giá");
    expect(after.events.at(-1)).toMatchObject({ action: "resubmit", toStatus: "RESUBMITTED" });
    expect(after.documents.map((d) => d.kind)).toEqual(["SUPPLEMENT"]);
  });
});

describe("public lookup", () => {
  it("answers status and dates only, and limits guessing", async () => {
    const r = await lookupDossier({ code: "000.00.20.h45-260106-0001" }, "203.0.113.7", NOW);
    expect(r.found).toBe(true);
    if (r.found) {
      expect(Object.keys(r).sort()).toEqual([
        "code",
        "decidedAt",
        "found",
        "status",
        "steps",
        "submittedAt",
        "updatedAt",
      ]);
      expect(r.steps.every((s) => Object.keys(s).sort().join() === "at,status")).toBe(true);
    }
    expect(await lookupDossier({ code: "000.00.20.H45-990101-0001" }, "203.0.113.7", NOW)).toEqual({ found: false });
    for (let i = 2; i < LOOKUP_LIMIT; i++)
      await lookupDossier({ code: "000.00.20.H45-990101-0001" }, "203.0.113.7", NOW);
    expect(await caught(lookupDossier({ code: "000.00.20.H45-990101-0001" }, "203.0.113.7", NOW))).toBeInstanceOf(
      RateLimitError,
    );
    expect((await lookupDossier({ code: "000.00.20.H45-990101-0001" }, "198.51.100.1", NOW)).found).toBe(false);
    const later = new Date(NOW.getTime() + 11 * 60 * 1000);
    expect((await lookupDossier({ code: "000.00.20.H45-990101-0001" }, "203.0.113.7", later)).found).toBe(false);
  });
});
