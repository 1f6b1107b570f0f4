// Issue 16: the decision as a signed PDF, checked with real clients — pdfsig (valid signature, the demo CA
// trusted through an NSS database), pdffonts (embedded fonts), pdftotext (the Vietnamese text of Decree 30's
// layout) — and a tampered copy reported as changed; a wrong PKCS#12 password names the setting.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { resetEnvForTesting } from "@/lib/env";
import { ensureDemoPki } from "@/lib/signing/demo-pki";
import { resetSigningForTesting, signingIdentity, SigningConfigError } from "@/lib/signing/signer";
import { renderDecisionPdf } from "@/lib/documents/decision-pdf";
import type { DecisionDocument } from "@/lib/decisions/queries";
import { nssDbTrusting, pdffonts, pdfsig, pdftotext, writeTemp } from "@/tests/helpers/pdf-tools";

const pkiDir = mkdtempSync(path.join(tmpdir(), "kc-pki-"));
const saved = { ...process.env };

const DOC: DecisionDocument = {
  grounds: [
    {
      citation:
        "Nghị định 45/2012/NĐ-CP ngày 21/05/2012 của Chính phủ về khuyến công, sửa đổi, bổ sung bởi Nghị định 235/2025/NĐ-CP ngày 27/08/2025",
      illustrative: false,
    },
    {
      citation:
        "Nghị quyết 23/2025/NQ-HĐND ngày 10/12/2025 của HĐND tỉnh Phú Thọ (hiệu lực từ 01/01/2026) — mức hỗ trợ minh họa",
      illustrative: true,
    },
  ],
  id: "d1",
  kind: "APPROVE",
  title: "Quyết định phê duyệt hỗ trợ đề án khuyến công",
  number: "07/QĐ-SCT",
  decidedAt: "2026-12-03T03:00:00.000Z",
  reason: "Đạt 82/100 điểm; phù hợp ưu tiên chế biến nông sản.",
  signMode: "DIRECT",
  signerName: "Trần Văn Minh",
  signerTitle: "Giám đốc",
  onBehalfOfName: null,
  principalTitle: null,
  agencyName: "Sở Công Thương tỉnh Phú Thọ",
  provinceName: "tỉnh Phú Thọ",
  issuedByMinistry: false,
  proposal: {
    id: "p1",
    code: "000.00.20.H45-260102-0001",
    title: "Ứng dụng máy sấy bún khô tuần hoàn khí nóng",
    year: 2026,
    fund: "KCDP",
    establishmentName: "Hộ kinh doanh Bún khô Vĩnh Tường (minh họa)",
    establishmentAddress: "xã Vĩnh Tường, tỉnh Phú Thọ",
    requestedSupport: "190 triệu đồng",
    approvedSupport: "190 triệu đồng",
    supportFigures: "190.000.000 đồng",
    supportWords: "Một trăm chín mươi triệu đồng",
  },
  supplement: null,
} as DecisionDocument;

beforeAll(() => {
  process.env.SIGNING_DEMO_PKI_DIR = pkiDir;
  delete process.env.SIGNING_P12_PATH;
  resetEnvForTesting();
  resetSigningForTesting();
});
afterAll(() => {
  process.env = saved;
  resetEnvForTesting();
  resetSigningForTesting();
});

describe("the decision as a signed PDF", () => {
  let file: string;
  let nss: string;

  beforeAll(async () => {
    file = writeTemp(await renderDecisionPdf(DOC), "quyet-dinh.pdf");
    nss = nssDbTrusting(ensureDemoPki(pkiDir).caPem);
  }, 60_000);

  it("pdfsig: one valid PAdES signature, its certificate trusted through the demo CA", () => {
    const out = pdfsig(file, nss);
    expect(out).toContain("Signature #1");
    expect(out).toContain("Signature Validation: Signature is Valid.");
    expect(out).toContain("Certificate Validation: Certificate is Trusted.");
    expect(out).toMatch(/Signature Type: ETSI\.CAdES\.detached/);
    expect(out).toContain("Total document signed");
  });

  it("pdffonts: every font embedded (DejaVu Serif subsets)", () => {
    const rows = pdffonts(file)
      .split("\n")
      .slice(2)
      .filter((l) => l.trim());
    expect(rows.length).toBeGreaterThanOrEqual(3);
    for (const r of rows) {
      expect(r).toContain("DejaVuSerif");
      expect(r).toMatch(/Identity-H\s+yes\s+(yes|no)\s+yes\s+\d+\s+\d+\s*$/); // embedded, with a Unicode map
    }
  });

  it("pdftotext: the Decree 30 layout in correct Vietnamese", () => {
    const text = pdftotext(file).replace(/\s+/g, " ");
    for (const s of [
      "UBND TỈNH PHÚ THỌ",
      "SỞ CÔNG THƯƠNG",
      "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      "Độc lập - Tự do - Hạnh phúc",
      "Số: 07/QĐ-SCT",
      "Phú Thọ, ngày 03 tháng 12 năm 2026",
      "Căn cứ Nghị định 45/2012/NĐ-CP",
      "QUYẾT ĐỊNH:",
      "Điều 1.",
      "190.000.000 đồng",
      "Bằng chữ: Một trăm chín mươi triệu đồng",
      "Điều 3.",
      "chịu trách nhiệm thi hành Quyết định này",
      "Nơi nhận:",
      "Trần Văn Minh",
    ]) {
      expect(text).toContain(s);
    }
  });

  it("one byte changed after signing: pdfsig reports the signature invalid", async () => {
    const bytes = Buffer.from(await import("node:fs").then((fs) => fs.readFileSync(file)));
    const at = bytes.indexOf(Buffer.from("Tr")); // inside the signed range, before the signature dictionary
    bytes[at] = bytes[at]! ^ 0x01;
    const tampered = writeTemp(bytes, "tampered.pdf");
    const out = pdfsig(tampered, nss);
    expect(out).not.toContain("Signature Validation: Signature is Valid.");
  });
});

describe("signing settings", () => {
  it("a wrong PKCS#12 password or path names the setting", () => {
    const p12 = ensureDemoPki(pkiDir).p12;
    const p12File = path.join(pkiDir, "copy.p12");
    writeFileSync(p12File, p12);
    process.env.SIGNING_P12_PATH = p12File;
    process.env.SIGNING_P12_PASSWORD = "sai-mat-khau";
    resetEnvForTesting();
    resetSigningForTesting();
    expect(() => signingIdentity()).toThrow(SigningConfigError);
    expect(() => signingIdentity()).toThrow(/SIGNING_P12_PASSWORD/);
    process.env.SIGNING_P12_PATH = path.join(pkiDir, "khong-co.p12");
    resetEnvForTesting();
    resetSigningForTesting();
    expect(() => signingIdentity()).toThrow(/SIGNING_P12_PATH/);
    delete process.env.SIGNING_P12_PATH;
    delete process.env.SIGNING_P12_PASSWORD;
    resetEnvForTesting();
    resetSigningForTesting();
  });
});
