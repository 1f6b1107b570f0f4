// Issue 16: the support contract, acceptance minutes, settlement and submission receipt as signed PDFs, built
// from a đề án driven through the real data layer (approval → contract → acceptance → payment → settlement),
// checked with real clients — pdfsig (valid PAdES signature, demo CA trusted), pdffonts (embedded fonts),
// pdftotext (the parties, the decision number, the amount in figures and "Bằng chữ:") — registered like the
// decision, and refused (NotFound) to another establishment's user and another province's staff.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/auth/actor";
import { setDbForTesting } from "@/lib/db";
import { resetEnvForTesting } from "@/lib/env";
import { NotFoundError } from "@/lib/errors";
import { setStoreForTesting } from "@/lib/storage";
import { localStore } from "@/lib/storage/local";
import { ensureDemoPki } from "@/lib/signing/demo-pki";
import { resetSigningForTesting } from "@/lib/signing/signer";
import { approveProposal } from "@/lib/decisions/mutations";
import { signContract, startWork } from "@/lib/funding/mutations";
import { postLedgerEntry } from "@/lib/funding/postings";
import { recordAcceptance } from "@/lib/implementation/acceptance";
import { settleProposal } from "@/lib/implementation/settlement";
import { getVerification, revokeIssuedDocument } from "@/lib/documents/issued";
import { getOwnAgencyDetails, updateOwnAgencyDetails } from "@/lib/agencies/details";
import { getContractDocument } from "@/lib/documents/queries";
import { ForbiddenError, ValidationError } from "@/lib/errors";
import {
  issuedAcceptancePdf,
  issuedContractPdf,
  issuedForProposal,
  issuedReceiptPdf,
  issuedSettlementPdf,
} from "@/lib/documents/issued-kinds";
import { seedAppraisal } from "@/prisma/seed/appraisal";
import { seedAdvanceRules } from "@/prisma/seed/advance-rules";
import { seedHolidays } from "@/prisma/seed/holidays";
import { actorFor, caught, seedFixtures } from "@/tests/helpers/fixtures";
import { createPgliteTestDb, type PgliteTestDb } from "@/tests/helpers/test-db";
import { nssDbTrusting, pdffonts, pdfsig, pdftotext, writeTemp } from "@/tests/helpers/pdf-tools";
import { makeProposal, setEnvelopeRow } from "./appraisal-helpers";
import { listCounterSigned, uploadCounterSignedContract } from "@/lib/documents/counter-signed";

let t: PgliteTestDb;
let db: PrismaClient;
let staff: Actor, leader: Actor, owner: Actor, otherEstablishment: Actor, otherProvince: Actor;
let id: string;
let decisionNumber: string;
let contractNumber: string;
let acceptanceId: string;
let settlementNumber: string;
let nss: string;
const saved = { ...process.env };

beforeAll(async () => {
  const pki = mkdtempSync(path.join(tmpdir(), "kc-pki-"));
  process.env.SIGNING_DEMO_PKI_DIR = pki;
  delete process.env.SIGNING_P12_PATH;
  resetEnvForTesting();
  resetSigningForTesting();
  nss = nssDbTrusting(ensureDemoPki(pki).caPem);
  setStoreForTesting(localStore(mkdtempSync(path.join(tmpdir(), "kc-files-"))));
  t = await createPgliteTestDb();
  db = t.prisma;
  setDbForTesting(db);
  await seedFixtures(db);
  await seedAppraisal(db);
  await seedAdvanceRules(db);
  await seedHolidays(db);
  staff = await actorFor(db, "chuyenvien@demo.vn");
  leader = await actorFor(db, "lanhdao@demo.vn");
  owner = await actorFor(db, "doanhnghiep@demo.vn");
  otherProvince = await actorFor(db, "chuyenvien.bacninh@demo.vn");
  // Another establishment's account in the same province.
  const gom = await db.establishment.findFirstOrThrow({
    where: { name: "Hợp tác xã Gốm Hương Canh (minh họa)" },
    select: { id: true },
  });
  const u = await db.user.create({
    data: {
      name: "Chủ nhiệm HTX Gốm (minh họa)",
      email: "htx-gom@demo.vn",
      passwordHash: "x",
      role: "ENTERPRISE",
      establishmentId: gom.id,
    },
    select: { id: true },
  });
  otherEstablishment = {
    id: u.id,
    name: "Chủ nhiệm HTX Gốm (minh họa)",
    role: "ENTERPRISE",
    agencyId: null,
    provinceId: null,
    establishmentId: gom.id,
  };

  await setEnvelopeRow(db, 5_000, { year: 2027 });
  id = await makeProposal(db, {
    status: "RECOMMENDED",
    year: 2027,
    requestedTrieu: 250,
    title: "Ứng dụng máy chà nhám thùng tự động",
  });
  await db.document.create({
    data: {
      proposalId: id,
      kind: "QUOTATION",
      fileName: "bao-gia-may-cha-nham.pdf",
      mimeType: "application/pdf",
      size: 1234,
      sha256: "0".repeat(64),
      createdAt: new Date("2026-10-30T03:00:00Z"),
    },
  });
  decisionNumber = (
    await approveProposal(leader, { proposalId: id, reason: "Đạt 85/100 điểm." }, new Date("2026-12-01T03:00:00Z"))
  ).number;
  contractNumber = (await signContract(staff, id, { signedAt: "2026-12-02" })).number;
  await startWork(staff, id);
  acceptanceId = (
    await recordAcceptance(staff, id, {
      minutesNo: "15/BB-NT",
      acceptedAt: "2026-12-02",
      indicators: { CS_MAY_MOC: "1", CS_THU_HUONG: "1" },
    })
  ).acceptanceId;
  await postLedgerEntry(staff, id, { kind: "FINAL_PAYMENT", amount: "250 triệu", occurredAt: "2026-12-02" });
  await postLedgerEntry(staff, id, { kind: "COUNTERPART", amount: "250 triệu", occurredAt: "2026-12-02" }, [
    { name: "hoa-don.pdf", bytes: new TextEncoder().encode("%PDF-1.4\n%%EOF\n") },
  ]);
  settlementNumber = (await settleProposal(leader, id, { settledAt: "2026-12-03" })).number;
}, 240_000);

afterAll(async () => {
  setStoreForTesting(undefined);
  setDbForTesting(undefined);
  process.env = saved;
  resetEnvForTesting();
  resetSigningForTesting();
  await t?.close();
});

const flat = (file: string) => pdftotext(file).replace(/\s+/g, " ");

function expectSignedWithEmbeddedFonts(file: string): void {
  const sig = pdfsig(file, nss);
  expect(sig).toContain("Signature Validation: Signature is Valid.");
  expect(sig).toContain("Certificate Validation: Certificate is Trusted.");
  expect(sig).toMatch(/Signature Type: ETSI\.CAdES\.detached/);
  const rows = pdffonts(file)
    .split("\n")
    .slice(2)
    .filter((l) => l.trim());
  expect(rows.length).toBeGreaterThanOrEqual(2);
  for (const r of rows) expect(r).toMatch(/DejaVuSerif.*Identity-H\s+yes\s+(yes|no)\s+yes/);
}

describe("the printed decision number (ND 30/2020)", () => {
  it("has no year and a leading zero below 10", () => {
    expect(decisionNumber).toMatch(/^\d{2,}\/QĐ-SCT$/);
  });
});

describe("the support contract as a signed PDF", () => {
  let file: string;
  beforeAll(async () => {
    file = writeTemp((await issuedContractPdf(staff, id)).bytes, "hop-dong.pdf");
  }, 60_000);

  it("is signed, with every font embedded", () => expectSignedWithEmbeddedFonts(file));

  it("names both parties with representative, title, address, tax code and accounts; cites the decision, not the dossier code", () => {
    const text = flat(file);
    for (const s of [
      "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      "HỢP ĐỒNG HỖ TRỢ KINH PHÍ KHUYẾN CÔNG",
      `Số: ${contractNumber}`,
      "Căn cứ Bộ luật Dân sự số 91/2015/QH13",
      "Căn cứ Nghị định 45/2012/NĐ-CP",
      `Căn cứ Quyết định số ${decisionNumber} ngày 01/12/2026 của Sở Công Thương tỉnh Phú Thọ`,
      "BÊN A (Bên hỗ trợ): SỞ CÔNG THƯƠNG TỈNH PHÚ THỌ",
      "Đại diện: Đỗ Thị Lan",
      "Chức vụ: Giám đốc",
      "Tài khoản số: 9523.1.1045020 tại Kho bạc Nhà nước",
      "BÊN B (Bên thụ hưởng): HỘ KINH DOANH MỘC TIẾN THÀNH",
      "Đại diện: Nguyễn Văn Thành",
      "Chức vụ: Chủ hộ kinh doanh",
      "Mã số thuế: 2501234563",
      "Thôn minh họa, xã Yên Lạc",
      "dữ liệu minh họa",
      "250.000.000 đồng (Bằng chữ: Hai trăm năm mươi triệu đồng)",
      "Điều 7. Giải quyết tranh chấp",
      "Điều 8. Điều khoản chung",
      "có hiệu lực kể từ ngày ký",
      "04 (bốn) bản",
      "mỗi bên giữ 02 (hai) bản",
      "ĐẠI DIỆN BÊN A",
      "ĐẠI DIỆN BÊN B",
      "Mã xác thực:",
    ])
      expect(text).toContain(s);
    expect(text).not.toMatch(/mã số TEST-/);
  });

  it("is registered once and served as issued", async () => {
    const again = await issuedContractPdf(owner, id);
    const row = await db.issuedDocument.findFirstOrThrow({ where: { proposalId: id, kind: "CONTRACT" } });
    expect(row.subject).toMatch(/^contract:/);
    expect(row.number).toBe(contractNumber);
    expect(await db.issuedDocument.count({ where: { proposalId: id, kind: "CONTRACT" } })).toBe(1);
    expect(again.fileName).toMatch(/^hop-dong-[\w.-]+\.pdf$/); // ASCII: it goes into the Content-Disposition header
    const v = await getVerification(row.code, "doc-impl-1");
    expect(v).toMatchObject({ kind: "CONTRACT", number: contractNumber, status: "VALID", signerName: "Đỗ Thị Lan" });
    expect(v?.certificate).toContain("Sở Công Thương tỉnh Phú Thọ"); // the certificate's UTF-8 name, decoded
  });
});

describe("the acceptance minutes as a signed PDF", () => {
  let file: string;
  beforeAll(async () => {
    file = writeTemp((await issuedAcceptancePdf(staff, id, acceptanceId)).bytes, "bien-ban.pdf");
  }, 60_000);

  it("is signed, with every font embedded", () => expectSignedWithEmbeddedFonts(file));

  it("names the parties, the decision and the contract, the results and the amount in words", () => {
    const text = flat(file);
    for (const s of [
      "UBND TỈNH PHÚ THỌ",
      "SỞ CÔNG THƯƠNG",
      "Số: 15/BB-NT",
      "Phú Thọ, ngày 02 tháng 12 năm 2026",
      "BIÊN BẢN NGHIỆM THU CƠ SỞ",
      `Căn cứ Quyết định số ${decisionNumber} ngày 01/12/2026`,
      `Hợp đồng hỗ trợ kinh phí khuyến công số ${contractNumber}`,
      "HỘ KINH DOANH MỘC TIẾN THÀNH",
      "Đại diện: Đỗ Thị Lan",
      "Kết quả đạt được",
      "Chỉ tiêu",
      "Bằng chữ: Hai trăm năm mươi triệu đồng",
      "250.000.000 đồng",
      "ĐẠI DIỆN CƠ QUAN NGHIỆM THU",
      "ĐẠI DIỆN ĐƠN VỊ THỤ HƯỞNG",
      "Trần Thị Hoa",
    ])
      expect(text).toContain(s);
  });
});

describe("the settlement as a signed PDF", () => {
  let file: string;
  beforeAll(async () => {
    file = writeTemp((await issuedSettlementPdf(leader, id)).bytes, "quyet-toan.pdf");
  }, 60_000);

  it("is signed, with every font embedded", () => expectSignedWithEmbeddedFonts(file));

  it("reconciles the money in figures and words and cites what it closes", () => {
    const text = flat(file);
    for (const s of [
      "UBND TỈNH PHÚ THỌ",
      `Số: ${settlementNumber}`,
      "Phú Thọ, ngày 03 tháng 12 năm 2026",
      "QUYẾT TOÁN KINH PHÍ KHUYẾN CÔNG",
      `Căn cứ Quyết định số ${decisionNumber} ngày 01/12/2026`,
      `Căn cứ Hợp đồng hỗ trợ kinh phí khuyến công số ${contractNumber}`,
      "Căn cứ Biên bản nghiệm thu số 15/BB-NT",
      "Hộ kinh doanh Mộc Tiến Thành",
      "Kinh phí hỗ trợ được quyết toán",
      "Kinh phí hỗ trợ được quyết toán: 250.000.000 đồng (Bằng chữ: Hai trăm năm mươi triệu đồng)",
      "Nơi nhận:",
      "KT. GIÁM ĐỐC",
      "PHÓ GIÁM ĐỐC",
      "Hoàng Văn Nam", // a deputy signs for the director (ND 30/2020 Art. 13)
    ])
      expect(text).toContain(s);
  });
});

describe("the submission receipt as a signed PDF", () => {
  let file: string;
  let code: string;
  beforeAll(async () => {
    file = writeTemp((await issuedReceiptPdf(owner, id)).bytes, "giay-tiep-nhan.pdf");
    code = (await db.proposal.findUniqueOrThrow({ where: { id }, select: { code: true } })).code ?? "";
  }, 60_000);

  it("is signed, with every font embedded", () => expectSignedWithEmbeddedFonts(file));

  it("names the applicant and the receiving agency, the code, the support asked in words and the files received", () => {
    const text = flat(file);
    for (const s of [
      "UBND TỈNH PHÚ THỌ",
      "SỞ CÔNG THƯƠNG",
      "GIẤY TIẾP NHẬN HỒ SƠ",
      `Mã hồ sơ: ${code}`,
      "Sở Công Thương tỉnh Phú Thọ đã tiếp nhận",
      "Cơ sở đề nghị: Hộ kinh doanh Mộc Tiến Thành",
      "Người đại diện: Nguyễn Văn Thành",
      "Kinh phí đề nghị hỗ trợ: 250.000.000 đồng (Bằng chữ: Hai trăm năm mươi triệu đồng)",
      "Báo giá của nhà cung cấp",
      "bao-gia-may-cha-nham.pdf",
      "/tra-cuu",
      "NGƯỜI TIẾP NHẬN",
      "NGƯỜI NỘP HỒ SƠ",
    ])
      expect(text).toContain(s);
  });

  it("a resubmission's receipt replaces the earlier one on /xac-thuc", async () => {
    const first = await db.issuedDocument.findFirstOrThrow({ where: { proposalId: id, kind: "RECEIPT" } });
    await db.proposal.update({ where: { id }, data: { round: 1 } });
    await issuedReceiptPdf(owner, id);
    expect((await getVerification(first.code, "doc-impl-2"))?.status).toBe("REPLACED");
    expect(await db.issuedDocument.count({ where: { proposalId: id, kind: "RECEIPT", status: "VALID" } })).toBe(1);
    await db.proposal.update({ where: { id }, data: { round: 0 } });
  });
});

describe("authorization", () => {
  it("another establishment's user and another province's staff get NotFound for every document", async () => {
    for (const actor of [otherEstablishment, otherProvince]) {
      expect(await caught(issuedContractPdf(actor, id))).toBeInstanceOf(NotFoundError);
      expect(await caught(issuedAcceptancePdf(actor, id, acceptanceId))).toBeInstanceOf(NotFoundError);
      expect(await caught(issuedSettlementPdf(actor, id))).toBeInstanceOf(NotFoundError);
      expect(await caught(issuedReceiptPdf(actor, id))).toBeInstanceOf(NotFoundError);
      expect(await caught(issuedForProposal(actor, id))).toBeInstanceOf(NotFoundError);
    }
  });

  it("a leader revokes an issued contract within the đề án's scope; another province's leader cannot", async () => {
    const code = (await issuedForProposal(leader, id))[
      `contract:${(await db.contract.findUniqueOrThrow({ where: { proposalId: id } })).id}`
    ]!.code;
    const bacninhLeader: Actor = { ...otherProvince, role: "LEADER" };
    expect(await caught(revokeIssuedDocument(bacninhLeader, code, "Thu hồi thử từ tỉnh khác."))).toBeInstanceOf(
      NotFoundError,
    );
    await revokeIssuedDocument(leader, code, "Ký nhầm số bản, lập lại hợp đồng.");
    expect((await getVerification(code, "doc-impl-3"))?.status).toBe("REVOKED");
  });
});

describe("the agency's details on its documents", () => {
  const real = {
    representativeName: "Đỗ Thị Lan",
    representativeTitle: "Giám đốc",
    address: "Số 1 đường Thử Nghiệm, phường Việt Trì, tỉnh Phú Thọ",
    taxCode: "1045021",
    treasuryAccount: "9523.1.1045021",
    treasuryName: "Kho bạc Nhà nước khu vực VIII",
  };

  it("are seeded as demo data and flagged so", async () => {
    const admin = await actorFor(db, "quantri@demo.vn");
    expect(await getOwnAgencyDetails(admin)).toMatchObject({
      name: "Sở Công Thương tỉnh Phú Thọ",
      illustrative: true,
      representativeName: "Đỗ Thị Lan",
    });
  });

  it("an administrator saves real values (validated, audited); the contract then prints them without the demo flag", async () => {
    const admin = await actorFor(db, "quantri@demo.vn");
    expect(await caught(updateOwnAgencyDetails(staff, real))).toBeInstanceOf(ForbiddenError);
    expect(await caught(updateOwnAgencyDetails(admin, { ...real, taxCode: "12" }))).toBeInstanceOf(ValidationError);
    await updateOwnAgencyDetails(admin, real);
    expect(await db.auditLog.count({ where: { action: "agency.details" } })).toBe(1);
    const c = await getContractDocument(staff, id);
    expect(c.partyA).toMatchObject({
      address: real.address,
      taxCode: "1045021",
      account: "9523.1.1045021",
      accountAt: "Kho bạc Nhà nước khu vực VIII",
      illustrative: false,
    });
  });
});

describe("the contract counter-signed by the enterprise (issue 16)", () => {
  it("a signed PDF is checked and kept with its signer; a changed one is refused with the reason and nothing is kept", async () => {
    const contract = (await issuedContractPdf(owner, id)).bytes;
    const ok = await uploadCounterSignedContract(owner, id, { name: "hop-dong-da-ky.pdf", bytes: contract });
    expect(ok.signer).toContain("Sở Công Thương tỉnh Phú Thọ");
    expect(ok.issuer).toContain("DEMO CA");
    expect((await listCounterSigned(staff, id)).map((d) => d.documentId)).toEqual([ok.documentId]);
    expect(await db.auditLog.count({ where: { entityId: id, action: "contract.counterSignedUploaded" } })).toBe(1);

    const changed = Buffer.from(contract);
    const firstRange = Number(/\/ByteRange\s*\[\s*0\s+(\d+)/.exec(changed.toString("latin1"))?.[1]);
    const at = Math.floor(firstRange / 2); // inside the signed bytes
    changed[at] = changed[at]! ^ 0x01;
    const refused = (await caught(
      uploadCounterSignedContract(owner, id, { name: "sua.pdf", bytes: changed }),
    )) as ValidationError;
    expect(refused).toBeInstanceOf(ValidationError);
    expect(refused.fieldErrors.file?.[0]).toMatch(/đã bị thay đổi sau khi ký|Không đọc được chữ ký số/);
    const unsigned = (await caught(
      uploadCounterSignedContract(owner, id, {
        name: "chua-ky.pdf",
        bytes: new TextEncoder().encode("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF"),
      }),
    )) as ValidationError;
    expect(unsigned.fieldErrors.file?.[0]).toContain("không có chữ ký số");
    expect(await listCounterSigned(owner, id)).toHaveLength(1);
    // Another establishment's account does not see the đề án at all.
    expect(
      await caught(uploadCounterSignedContract(otherEstablishment, id, { name: "x.pdf", bytes: contract })),
    ).toBeInstanceOf(Error);
  });
});
