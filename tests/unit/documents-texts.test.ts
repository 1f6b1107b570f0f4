import { describe, expect, it } from "vitest";
import { agencyIssuer, dayWords, officialHeading, vnDateLine } from "@/lib/documents/issuer";
import { approvalLine, countWords, groundLine, partyBlocks } from "@/lib/documents/texts";

describe("Decree 30 pieces of the issued documents", () => {
  const who = agencyIssuer("Sở Công Thương tỉnh Phú Thọ", "tỉnh Phú Thọ");

  it("names the governing body over the issuing body, and the place", () => {
    expect(who).toMatchObject({
      governing: "UBND TỈNH PHÚ THỌ",
      body: "SỞ CÔNG THƯƠNG",
      place: "Phú Thọ",
      head: "GIÁM ĐỐC SỞ CÔNG THƯƠNG",
    });
    expect(agencyIssuer("Bộ Công Thương", null, true)).toMatchObject({
      governing: null,
      body: "BỘ CÔNG THƯƠNG",
      place: "Hà Nội",
    });
  });

  it("writes dates with two-digit day and month, on Vietnam's calendar day", () => {
    expect(vnDateLine("2026-12-02T20:00:00Z", "Phú Thọ")).toBe("Phú Thọ, ngày 03 tháng 12 năm 2026");
    expect(dayWords("2026-03-05T00:00:00.000Z")).toBe("ngày 05 tháng 03 năm 2026");
  });

  it("a deputy signs KT. for the head; the head signs in their own title", () => {
    expect(officialHeading("Phó Giám đốc Sở Công Thương", who)).toEqual(["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"]);
    expect(officialHeading("Giám đốc Sở Công Thương", who)).toEqual(["GIÁM ĐỐC"]);
    expect(officialHeading(null, who)).toEqual(["GIÁM ĐỐC SỞ CÔNG THƯƠNG"]);
  });
});

describe("document texts", () => {
  it("counts copies as contracts write them", () => {
    expect(countWords(4)).toBe("04 (bốn)");
    expect(countWords(2)).toBe("02 (hai)");
    expect(countWords(10)).toBe("10 (mười)");
  });

  it("cites the approval by number and date, never by dossier code", () => {
    expect(
      approvalLine({
        number: "07/QĐ-SCT",
        date: "2026-12-03T03:00:00.000Z",
        issuer: "Sở Công Thương tỉnh Phú Thọ",
        about: "phê duyệt hỗ trợ đề án khuyến công",
      }),
    ).toBe(
      "Quyết định số 07/QĐ-SCT ngày 03/12/2026 của Sở Công Thương tỉnh Phú Thọ về việc phê duyệt hỗ trợ đề án khuyến công",
    );
    expect(approvalLine(null)).toContain("chưa ghi nhận số");
    expect(groundLine({ citation: "Nghị quyết 23/2025/NQ-HĐND", illustrative: true })).toBe(
      "Căn cứ Nghị quyết 23/2025/NQ-HĐND (minh họa);",
    );
  });

  it("prints a party's representative, title, address, tax code and account, flagging demo data", () => {
    const lines = partyBlocks(
      "BÊN A (Bên hỗ trợ)",
      {
        name: "Sở Công Thương tỉnh Phú Thọ",
        representative: "Đỗ Thị Lan",
        title: "Giám đốc",
        address: "Địa chỉ minh họa",
        taxCode: "1045020",
        account: "9523.1.1045020",
        accountAt: "Kho bạc Nhà nước khu vực tỉnh Phú Thọ",
        illustrative: true,
      },
      "treasury",
    ).map((b) => (b.kind === "p" ? b.text : ""));
    expect(lines).toEqual([
      "BÊN A (Bên hỗ trợ): SỞ CÔNG THƯƠNG TỈNH PHÚ THỌ",
      "Đại diện: Đỗ Thị Lan — Chức vụ: Giám đốc",
      "Địa chỉ: Địa chỉ minh họa",
      "Mã số thuế / mã đơn vị quan hệ ngân sách: 1045020",
      "Tài khoản số: 9523.1.1045020 tại Kho bạc Nhà nước khu vực tỉnh Phú Thọ",
      "(Thông tin của bên này là dữ liệu minh họa, không phải thông tin thật.)",
    ]);
    const blank = partyBlocks(
      "BÊN B",
      {
        name: "HKD A",
        representative: null,
        title: null,
        address: null,
        taxCode: null,
        account: null,
        accountAt: null,
        illustrative: false,
      },
      "bank",
    );
    expect(blank.map((b) => (b.kind === "p" ? b.text : ""))).toContain("Tài khoản số: …………… tại ……");
  });
});
